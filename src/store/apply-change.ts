import type { AnswerInput } from './changes.js';
import { applyAnswer, ensureProfile, findProfile, replaceSession } from './changes.js';
import type { ClassSessionRecord } from './class-schema.js';
import type { SessionRecord, StoreData } from './schema.js';

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
