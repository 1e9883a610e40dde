import * as z from 'zod';
import { classSessionSchema } from './class-schema.js';
import { currentSchemaVersion, modes, verdictKinds } from './schema-base.js';

export type { Mode } from './schema-base.js';

const isoTime = z.iso.datetime();
const count = z.int().min(0);

// Every object is loose: fields written by a later version survive a read-modify-write here.

// What a grade adds to an answer. Optional, as older files lack them; a value this version
// cannot read is dropped rather than the whole file being set aside as unreadable.
const gradeFields = {
	verdict: z.enum(verdictKinds).optional().catch(undefined),
	/** An order question: how many items stood in their place, of how many. */
	inPlace: z
		.object({ right: count, of: z.int().min(1) })
		.refine((counted) => counted.right <= counted.of, 'more in place than items')
		.optional()
		.catch(undefined),
	/** A two-part question: the line chosen for part B. */
	support: z.string().optional().catch(undefined),
};

/** One answer to one question, as spaced repetition reads it. */
export const historyEntrySchema = z.looseObject({
	at: isoTime,
	correct: z.boolean(),
	answer: z.string(),
	ms: z.number().min(0).optional(),
	hinted: z.boolean().optional(),
	...gradeFields,
});

/** A learner's running record for one question id. */
export const questionRecordSchema = z.looseObject({
	attempts: count,
	correct: count,
	/** Answers partly right (counted in `attempts`, not in `correct`); absent in older files. */
	partial: count.optional().catch(undefined),
	lastAnswer: z.string(),
	lastCorrect: z.boolean(),
	lastSeen: isoTime,
	bank: z.string(),
	history: z.array(historyEntrySchema),
});

/** One answer given within a session, in the order given. */
export const sessionAnswerSchema = z.looseObject({
	id: z.string(),
	answer: z.string(),
	correct: z.boolean(),
	at: isoTime,
	...gradeFields,
});

/** One quiz run: what was planned and what was answered. */
export const sessionRecordSchema = z.looseObject({
	id: z.string().min(1),
	bank: z.string(),
	mode: z.enum(modes),
	start: isoTime,
	end: isoTime.optional(),
	count,
	score: count,
	questionIds: z.array(z.string()),
	seed: z.union([z.string(), z.number()]).optional(),
	/** An exam's time limit, so a resumed exam keeps the time that was left. */
	timeLimitMs: z.number().min(0).optional(),
	answers: z.array(sessionAnswerSchema),
});

/** Everything stored for one profile. */
export const profileDataSchema = z.looseObject({
	questions: z.record(z.string(), questionRecordSchema),
	sessions: z.array(sessionRecordSchema),
});

/** The whole score file. */
export const storeDataSchema = z.looseObject({
	schemaVersion: z.literal(currentSchemaVersion),
	profiles: z.record(z.string(), profileDataSchema),
	/** Sessions a teacher ran for a class (absent until the first one). */
	classSessions: z.array(classSessionSchema).optional(),
	/** The journal whose changes follow this file: its first line names the same id. */
	journal: z.string().optional(),
});

/** What a grade adds to a stored answer: its verdict, an order's count, part B's line. */
export type AnswerGrade = {
	readonly verdict?: (typeof verdictKinds)[number] | undefined;
	readonly inPlace?: { readonly right: number; readonly of: number } | undefined;
	readonly support?: string | undefined;
};

/** One entry of a question's history. */
export type HistoryEntry = z.output<typeof historyEntrySchema>;
/** A learner's running record for one question id. */
export type QuestionRecord = z.output<typeof questionRecordSchema>;
/** One answer given within a session. */
export type SessionAnswer = z.output<typeof sessionAnswerSchema>;
/** One quiz run. */
export type SessionRecord = z.output<typeof sessionRecordSchema>;
/** Everything stored for one profile. */
export type ProfileData = z.output<typeof profileDataSchema>;
/** The whole score file. */
export type StoreData = z.output<typeof storeDataSchema>;
