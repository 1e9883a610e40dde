import * as z from 'zod';

const isoTime = z.iso.datetime();
const count = z.int().min(0);

// Loose objects, like the rest of the store: fields a later version adds survive a rewrite.

/** One student's answer to one question in a class session. */
export const classAnswerSchema = z.looseObject({
	name: z.string().min(1),
	questionId: z.string(),
	answer: z.string(),
	result: z.enum(['right', 'wrong', 'unanswered']),
	seconds: z.number().min(0).nullable(),
});

/** Projector mode: how many got a question right, as the teacher counted. */
export const classTallySchema = z.looseObject({
	questionId: z.string(),
	right: count.nullable(),
	of: count.nullable(),
});

/** A class session a teacher ran: who took part, what they answered, how it ended. */
export const classSessionSchema = z.looseObject({
	id: z.string().min(1),
	bank: z.string(),
	/** live: students in their own terminals; local: projector mode. */
	kind: z.enum(['live', 'local']),
	start: isoTime,
	end: isoTime,
	endReason: z.enum(['completed', 'stopped']),
	seed: z.union([z.string(), z.number()]).optional(),
	speedBonus: z.boolean(),
	questionIds: z.array(z.string()),
	players: z.array(z.looseObject({ name: z.string().min(1), score: count })),
	answers: z.array(classAnswerSchema),
	tallies: z.array(classTallySchema).optional(),
	/** Where the results CSV was written, if it was. */
	csv: z.string().optional(),
});

/** A stored class session. */
export type ClassSessionRecord = z.output<typeof classSessionSchema>;
/** A class session to store (the store gives it its id). */
export type ClassSessionInput = z.output<typeof classSessionInputSchema>;

const classSessionInputSchema = classSessionSchema.omit({ id: true });
