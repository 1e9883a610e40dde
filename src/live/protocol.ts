import * as z from 'zod';
import { questionTypes } from '../core/bank/schema.js';
import { wireText } from './wire-text.js';

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
/** Every text field, both ways, refuses control characters (see wire-text). */
const text = wireText();
const index = z.int().min(0).max(999);
const count = z.int().min(0);

// Client → server. `join` accepts any version so an old client can be told to update.

/** A student asks to join, or to rejoin with the token they were given. */
export const joinMessageSchema = z.strictObject({
	v: z.int(),
	type: z.literal('join'),
	code: wireText(16),
	name: wireText(64),
	token: wireText(64).optional(),
});

/** A student's answer to question `index`. */
export const answerMessageSchema = z.strictObject({
	v,
	type: z.literal('answer'),
	index,
	answer: wireText(limits.answer).min(1),
	/** Part B of a two-part question: one of its options, in the words shown. */
	support: wireText(limits.answer).min(1).optional(),
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
	prompt: text,
	kind: z.enum(questionTypes),
	/** Choices in display order (True/False for truefalse); empty for free text. */
	options: z.array(text),
	/** An order question: the items to put in order, in display order (lettered a, b, c…). */
	items: z.array(text).max(8).optional(),
	/** A two-part question: part B, asked with part A and counted only when part A is right. */
	support: z.strictObject({ prompt: text, options: z.array(text).max(8) }).optional(),
	unit: text.optional(),
	/** The time limit in seconds, and what was left of it when the message was sent. */
	seconds: count,
	remainingMs: count,
});

const quotePartsSchema = z.strictObject({
	line: z.int().min(1),
	before: text,
	span: text,
	after: text,
});

const refusalReasons = [
	'wrong-code',
	'too-many-tries',
	'name-taken',
	'bad-name',
	'version',
	'session-over',
] as const;
const answerRefusalReasons = ['late', 'duplicate', 'invalid', 'not-asked'] as const;
const standingSchema = z.strictObject({ name: text, score: count, rank: z.int().min(1) });

/** Every message the server may send. */
export const serverMessageSchema = z.discriminatedUnion('type', [
	z.strictObject({
		v,
		type: z.literal('welcome'),
		name: text,
		token: text,
		total: count,
		score: count,
		rejoined: z.boolean(),
	}),
	z.strictObject({
		v,
		type: z.literal('refused'),
		reason: z.enum(refusalReasons),
		message: text,
	}),
	z.strictObject({ v, type: z.literal('lobby'), players: count }),
	z.strictObject({ v, type: z.literal('question'), question: publicQuestionSchema }),
	z.strictObject({ v, type: z.literal('locked'), index, given: text, support: text.optional() }),
	z.strictObject({
		v,
		type: z.literal('answer-refused'),
		index,
		reason: z.enum(answerRefusalReasons),
		message: text,
	}),
	z.strictObject({
		v,
		type: z.literal('reveal'),
		index,
		expected: text,
		explanation: text.optional(),
		quote: quotePartsSchema,
		/** This student's own answer, never anyone else's. */
		given: text.nullable(),
		correct: z.boolean(),
		/** An order question: the items in the right order, and how many of this student's stood in place. */
		rightOrder: z.array(text).max(8).optional(),
		inPlace: z.strictObject({ right: count, of: count }).optional(),
		/** A two-part question: part B's line, this student's part B, and whether it counted right. */
		support: z
			.strictObject({
				expected: text,
				given: text.nullable(),
				/** Null when part A was not right: part B did not count. */
				correct: z.boolean().nullable(),
			})
			.optional(),
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
