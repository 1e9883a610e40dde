import type { SessionRules } from './modes/mode.js';
import type { QuizItem } from './select.js';
import { type SessionState, sessionReducer, startSession } from './session.js';

/** An answer as a stored session keeps it; `support` is a two-part question's part B. */
type StoredAnswer = {
	readonly id: string;
	readonly answer: string;
	readonly support?: string | undefined;
	readonly at: string;
};

/**
 * Rebuild a session from its planned items and the answers already given, as if it had never
 * stopped: the same questions, in the same order, re-asked ones included. Replay stops at the
 * first answer that no longer fits (the bank changed). The clock then moves to `now`, so an
 * exam keeps the time it had left when it was quit.
 */
export function replaySession(
	items: readonly QuizItem[],
	rules: SessionRules,
	answers: readonly StoredAnswer[],
	startedAt: number,
	now: number,
): SessionState {
	let state = startSession(items, startedAt, rules);
	let lastAt = startedAt;
	for (const stored of answers) {
		const item = state.items[state.index];
		if (state.phase !== 'asking' || item?.question.id !== stored.id) break;
		const at = Date.parse(stored.at);
		const before = state.answered.length;
		state = sessionReducer(state, { type: 'answer', given: stored.answer, at });
		if (stored.support !== undefined && state.partA !== undefined)
			state = sessionReducer(state, { type: 'answer', given: stored.support, at });
		if (state.answered.length === before) break;
		lastAt = at;
		if (state.phase === 'feedback') state = sessionReducer(state, { type: 'next', at });
	}
	const { error: _, partA: __, ...rest } = state;
	if (rest.phase === 'done') return rest;
	const shift = now - lastAt;
	return {
		...rest,
		startedAt: rest.startedAt + shift,
		askedAt: now,
		...(rest.deadline === undefined ? {} : { deadline: rest.deadline + shift }),
	};
}
