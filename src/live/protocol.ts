import { z } from 'zod';
import { questionTypes } from '../core/bank/schema.js';

/** The protocol version this build speaks; every message carries it as `v`. */
export const protocolVersion = 1;

/** Sizes the server holds clients to. */
export const limits = {
	/** Longest display name, in characters. */
	name: 24,
	/** Longest answer text, in characters. */
	answer: 200,
	/** Frames larger than this (bytes) are dropped and counted; the connection stays open. */
	frameBytes: 4096,
	/** ws closes a connection whose frame exceeds this (bytes): a guard for memory. */
	maxPayload: 64 * 1024,
} as const;

const v = z.literal(protocolVersion);
const index = z.int().min(0).max(999);
const count = z.int().min(0);

// Client → server. `join` accepts any version so an old client can be told to update.

/** A student asks to join, or to rejoin with the token they were given. */
export const joinMessageSchema = z.strictObject({
	v: z.int(),
	type: z.literal('join'),
	code: z.string().max(16),
	name: z.string().max(64),
	token: z.string().max(64).optional(),
});

/** A student's answer to question `index`. */
export const answerMessageSchema = z.strictObject({
	v,
	type: z.literal('answer'),
	index,
	answer: z.string().min(1).max(limits.answer),
});

/** Every message a client may send. */
export const clientMessageSchema = z.discriminatedUnion('type', [
	joinMessageSchema,
	answerMessageSchema,
]);

// Server → client. None of these carries a question's answer before its reveal: the question
// message is strict, so a field such as `answer` or `source` cannot be added by mistake.

/** A question as a student sees it: no answer, no accepted forms, no source. */
export const publicQuestionSchema = z.strictObject({
	index,
	total: count,
	prompt: z.string(),
	kind: z.enum(questionTypes),
	/** Choices in display order (True/False for truefalse); empty for free text. */
	options: z.array(z.string()),
	unit: z.string().optional(),
	/** The time limit in seconds, and what was left of it when the message was sent. */
	seconds: count,
	remainingMs: count,
});

const quotePartsSchema = z.strictObject({
	line: z.int().min(1),
	before: z.string(),
	span: z.string(),
	after: z.string(),
});

const refusalReasons = ['wrong-code', 'name-taken', 'bad-name', 'version', 'session-over'] as const;
const answerRefusalReasons = ['late', 'duplicate', 'invalid', 'not-asked'] as const;
const standingSchema = z.strictObject({ name: z.string(), score: count, rank: z.int().min(1) });

/** Every message the server may send. */
export const serverMessageSchema = z.discriminatedUnion('type', [
	z.strictObject({
		v,
		type: z.literal('welcome'),
		name: z.string(),
		token: z.string(),
		total: count,
		score: count,
		rejoined: z.boolean(),
	}),
	z.strictObject({
		v,
		type: z.literal('refused'),
		reason: z.enum(refusalReasons),
		message: z.string(),
	}),
	z.strictObject({ v, type: z.literal('lobby'), players: count }),
	z.strictObject({ v, type: z.literal('question'), question: publicQuestionSchema }),
	z.strictObject({ v, type: z.literal('locked'), index, given: z.string() }),
	z.strictObject({
		v,
		type: z.literal('answer-refused'),
		index,
		reason: z.enum(answerRefusalReasons),
		message: z.string(),
	}),
	z.strictObject({
		v,
		type: z.literal('reveal'),
		index,
		expected: z.string(),
		explanation: z.string().optional(),
		quote: quotePartsSchema,
		/** This student's own answer, never anyone else's. */
		given: z.string().nullable(),
		correct: z.boolean(),
		points: count,
		score: count,
		rank: z.int().min(1),
		players: count,
	}),
	z.strictObject({
		v,
		type: z.literal('ended'),
		reason: z.enum(['completed', 'stopped']),
		score: count,
		rank: z.int().min(1),
		players: count,
		podium: z.array(standingSchema).max(3),
	}),
]);

/** A message from a student's client. */
export type ClientMessage = z.output<typeof clientMessageSchema>;
/** A join request. */
export type JoinMessage = z.output<typeof joinMessageSchema>;
/** A message from the server. */
export type ServerMessage = z.output<typeof serverMessageSchema>;
/** A question without its answer. */
export type PublicQuestion = z.output<typeof publicQuestionSchema>;
/** Why a join was refused. */
export type RefusalReason = (typeof refusalReasons)[number];
/** Why an answer was refused. */
export type AnswerRefusalReason = (typeof answerRefusalReasons)[number];
/** A place on the podium. */
export type Standing = z.output<typeof standingSchema>;

/** Distributes `Omit` over a union, so each message type keeps its own fields. */
type WithoutVersion<T> = T extends unknown ? Omit<T, 'v'> : never;
/** A server message before the version is stamped on. */
export type ServerMessageBody = WithoutVersion<ServerMessage>;

/** Stamps the protocol version on a server message. */
export function versioned(body: ServerMessageBody): ServerMessage {
	return { v: protocolVersion, ...body } as ServerMessage;
}

/** A decoded frame, or why it was dropped. */
export type Decoded<T> =
	| { readonly ok: true; readonly message: T }
	| { readonly ok: false; readonly problem: string };

/** Parses and validates one text frame from a client. */
export function decodeClientMessage(text: string): Decoded<ClientMessage> {
	return decode(text, clientMessageSchema);
}

/** Parses and validates one text frame from the server. */
export function decodeServerMessage(text: string): Decoded<ServerMessage> {
	return decode(text, serverMessageSchema);
}

function decode<T>(text: string, schema: z.ZodType<T>): Decoded<T> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not JSON' };
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, message: parsed.data };
	const first = parsed.error.issues[0];
	const where = first?.path.map(String).join('.') || 'message';
	return { ok: false, problem: `${where}: ${first?.message ?? 'invalid'}` };
}
