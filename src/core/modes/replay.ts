import type { Question } from '../bank/schema.js';
import { itemsFromIds } from '../select.js';
import { type Mode, rulesFor } from './mode.js';
import type { SessionPlan } from './plan.js';

/** A past session as a replay reads it (the store's session records fit). */
export type PastSession = {
	readonly bank: string;
	readonly mode: Mode;
	readonly seed?: string | number | undefined;
	readonly questionIds: readonly string[];
	readonly timeLimitMs?: number | undefined;
};

/** The session asked for: a mode of a bank, with the seed given on the command line. */
export type ReplayWish = {
	readonly bank: string;
	readonly mode: Mode;
	readonly seed: string | number;
	/** The count given, if any: a replay of another length is a new session. */
	readonly count?: number | undefined;
};

/**
 * The first past session of this bank and mode played with this seed, planned again: the same
 * questions in the same order, with the same choice order and time limit. Practice and due pick
 * by the learner's history, which the session itself changed, so the seed alone would not replay
 * it. Undefined when there is none, or when a question of it has left the bank.
 */
export function replayPlan(
	past: readonly PastSession[],
	wish: ReplayWish,
	questions: readonly Question[],
): SessionPlan | undefined {
	const first = past.find(
		(session) =>
			session.bank === wish.bank &&
			session.mode === wish.mode &&
			session.seed !== undefined &&
			String(session.seed) === String(wish.seed),
	);
	if (!first) return undefined;
	if (wish.count !== undefined && wish.count !== first.questionIds.length) return undefined;
	const items = itemsFromIds(questions, first.questionIds, wish.seed);
	if (items.length !== first.questionIds.length) return undefined;
	return { mode: wish.mode, items, rules: rulesFor(wish.mode, first.timeLimitMs), seed: wish.seed };
}
