import * as z from 'zod';
import {
	type AnswerInput,
	applyAnswer,
	ensureProfile,
	findProfile,
	replaceSession,
} from './changes.js';
import { type ClassSessionRecord, classSessionSchema } from './class-schema.js';
import {
	type SessionRecord,
	type StoreData,
	sessionAnswerSchema,
	sessionRecordSchema,
} from './schema.js';

/** One change to the store: what a write appends to the journal, and what reading replays. */
export type StoreChange =
	| { readonly op: 'start'; readonly profile: string; readonly session: SessionRecord }
	| {
			readonly op: 'answer';
			readonly profile: string;
			/** The session the answer belongs to, if any. */
			readonly session?: string;
			readonly answer: AnswerInput;
			readonly at: string;
	  }
	| {
			readonly op: 'finish';
			readonly profile: string;
			readonly session: string;
			readonly at: string;
	  }
	| { readonly op: 'reset'; readonly profile: string }
	| { readonly op: 'class'; readonly record: ClassSessionRecord };

// `__proto__` is dropped when JSON is parsed and would set a prototype when written.
const key = z.string().refine((value) => value !== '' && value !== '__proto__', 'not a usable key');
const isoTime = z.iso.datetime();

const answerInputSchema = z.looseObject({
	questionId: key,
	bank: z.string(),
	answer: z.string(),
	correct: z.boolean(),
	ms: z.number().min(0).optional(),
	hinted: z.boolean().optional(),
	verdict: sessionAnswerSchema.shape.verdict,
	inPlace: sessionAnswerSchema.shape.inPlace,
	support: sessionAnswerSchema.shape.support,
});

/** A change as the journal holds it; anything else in a journal line is not a change. */
export const storeChangeSchema = z.discriminatedUnion('op', [
	z.looseObject({ op: z.literal('start'), profile: key, session: sessionRecordSchema }),
	z.looseObject({
		op: z.literal('answer'),
		profile: key,
		session: z.string().optional(),
		answer: answerInputSchema,
		at: isoTime,
	}),
	z.looseObject({ op: z.literal('finish'), profile: key, session: z.string(), at: isoTime }),
	z.looseObject({ op: z.literal('reset'), profile: key }),
	z.looseObject({ op: z.literal('class'), record: classSessionSchema }),
]);

/**
 * Applies one change to the data. Replaying never fails: an answer to a session that is gone
 * still counts for its question, and finishing a missing session does nothing.
 */
export function applyChange(data: StoreData, change: StoreChange): void {
	switch (change.op) {
		case 'start':
			ensureProfile(data, change.profile).sessions.push(change.session);
			return;
		case 'answer':
			applyAnswer(ensureProfile(data, change.profile), change.session, change.answer, change.at);
			return;
		case 'finish': {
			const profile = findProfile(data, change.profile);
			if (!profile) return;
			replaceSession(profile, change.session, (session) =>
				session.end === undefined ? { ...session, end: change.at } : session,
			);
			return;
		}
		case 'reset':
			if (findProfile(data, change.profile)) delete data.profiles[change.profile];
			return;
		case 'class':
			data.classSessions = [...(data.classSessions ?? []), change.record];
			return;
	}
}
