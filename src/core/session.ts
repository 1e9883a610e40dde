import { gradeAnswer, type Verdict } from './grade/grade.js';
import type { QuizItem } from './select.js';

/** One answered question of a session. */
export type AnsweredItem = {
	readonly item: QuizItem;
	readonly given: string;
	readonly verdict: Verdict;
	/** Time spent on the question, in milliseconds. */
	readonly ms: number;
};

/** Where a quiz stands; the UI renders it, scripts drive it, the store records it. */
export type SessionState = {
	readonly items: readonly QuizItem[];
	/** Index of the current question. */
	readonly index: number;
	readonly phase: 'asking' | 'feedback' | 'done';
	readonly answered: readonly AnsweredItem[];
	/** Why the last answer could not be graded (e.g. letters for a number). */
	readonly error?: string;
	readonly startedAt: number;
	/** When the current question was shown. */
	readonly askedAt: number;
	readonly endedAt?: number;
	/** True when the learner stopped before the last question. */
	readonly quitEarly: boolean;
};

/** Everything that can happen to a session; `at` is a timestamp from the caller's clock. */
export type SessionAction =
	| { readonly type: 'answer'; readonly given: string; readonly at: number }
	| { readonly type: 'next'; readonly at: number }
	| { readonly type: 'quit'; readonly at: number };

/** A fresh session over the chosen items. */
export function startSession(items: readonly QuizItem[], at: number): SessionState {
	return {
		items,
		index: 0,
		phase: items.length === 0 ? 'done' : 'asking',
		answered: [],
		startedAt: at,
		askedAt: at,
		quitEarly: false,
		...(items.length === 0 ? { endedAt: at } : {}),
	};
}

/** The pure transition function shared by the Ink UI and the scripted paths. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
	switch (action.type) {
		case 'answer': {
			const item = state.items[state.index];
			if (state.phase !== 'asking' || !item) return state;
			const verdict = gradeAnswer(item.question, action.given);
			if (verdict.kind === 'invalid') return { ...state, error: verdict.message };
			const answered = { item, given: action.given, verdict, ms: action.at - state.askedAt };
			const { error: _, ...rest } = state;
			return { ...rest, phase: 'feedback', answered: [...state.answered, answered] };
		}
		case 'next': {
			if (state.phase !== 'feedback') return state;
			const index = state.index + 1;
			if (index >= state.items.length) return { ...state, phase: 'done', endedAt: action.at };
			return { ...state, index, phase: 'asking', askedAt: action.at };
		}
		case 'quit': {
			if (state.phase === 'done') return state;
			const quitEarly = state.answered.length < state.items.length;
			return { ...state, phase: 'done', endedAt: action.at, quitEarly };
		}
	}
}

/** Right answers so far. */
export function scoreOf(state: SessionState): number {
	return state.answered.filter((answer) => answer.verdict.correct).length;
}

/** The answer just given, while its feedback shows. */
export function lastAnswer(state: SessionState): AnsweredItem | undefined {
	return state.phase === 'feedback' ? state.answered.at(-1) : undefined;
}
