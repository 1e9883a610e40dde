import * as z from 'zod';
import { classSessionSchema } from './class-schema.js';
import { sessionAnswerSchema, sessionRecordSchema } from './schema.js';

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
