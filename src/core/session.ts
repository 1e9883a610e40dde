import type { Question } from './bank/schema.js';
import { gradeAnswer, type Verdict } from './grade/grade.js';
import { rulesFor, type SessionRules } from './modes/mode.js';
import type { QuizItem } from './select.js';

/** One answered question of a session. */
export type AnsweredItem = {
	readonly item: QuizItem;
	/** The answer given (part A's, for a two-part question). */
	readonly given: string;
	/** A two-part question: the line chosen for part B, graded with part A. */
	readonly supportGiven?: string;
	readonly verdict: Verdict;
	/** Time spent on the question, in milliseconds. */
	readonly ms: number;
	/** Whether the hint was shown before answering. */
	readonly hinted: boolean;
};

/** Where a quiz stands; the UI renders it, scripts drive it, the store records it. */
export type SessionState = {
	/** The questions in the order asked; a missed one may be asked again (see `rules`). */
	readonly items: readonly QuizItem[];
	readonly rules: SessionRules;
	/** Index of the current question. */
	readonly index: number;
	readonly phase: 'asking' | 'feedback' | 'done';
	readonly answered: readonly AnsweredItem[];
	/** Why the last answer could not be graded (e.g. letters for a number). */
	readonly error?: string;
	/**
	 * A two-part question: part A's answer, kept while part B is asked. Part B is always asked
	 * (asking it only after a right part A would give part A away); both are graded together.
	 */
	readonly partA?: string;
	/** Whether the hint shows for the current question. */
	readonly hinted: boolean;
	readonly startedAt: number;
	/** When the current question was shown. */
	readonly askedAt: number;
	/** When a time-limited session ends by itself. */
	readonly deadline?: number;
	readonly endedAt?: number;
	/** True when the learner stopped (or time ran out) before the last question. */
	readonly quitEarly: boolean;
	/** True when the time limit ended the session. */
	readonly timedOut: boolean;
};

/** Everything that can happen to a session; `at` is a timestamp from the caller's clock. */
export type SessionAction =
	| { readonly type: 'answer'; readonly given: string; readonly at: number }
	| { readonly type: 'next'; readonly at: number }
	| { readonly type: 'hint' }
	| { readonly type: 'quit'; readonly at: number }
	| { readonly type: 'timeUp'; readonly at: number };

/** A fresh session over the chosen items (practice rules unless others are given). */
export function startSession(
	items: readonly QuizItem[],
	at: number,
	rules: SessionRules = rulesFor('practice'),
): SessionState {
	const isEmpty = items.length === 0;
	return {
		items,
		rules,
		index: 0,
		phase: isEmpty ? 'done' : 'asking',
		answered: [],
		hinted: false,
		startedAt: at,
		askedAt: at,
		quitEarly: false,
		timedOut: false,
		...(rules.timeLimitMs === undefined ? {} : { deadline: at + rules.timeLimitMs }),
		...(isEmpty ? { endedAt: at } : {}),
	};
}

/** The pure transition function shared by the Ink UI and the scripted paths. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
	if (action.type !== 'hint' && state.deadline !== undefined && action.at > state.deadline) {
		return endByTime(state);
	}
	switch (action.type) {
		case 'answer':
			return answer(state, action.given, action.at);
		case 'next': {
			if (state.phase !== 'feedback') return state;
			return advance(state, action.at);
		}
		case 'hint':
			if (state.phase !== 'asking' || !state.rules.allowHints) return state;
			return { ...state, hinted: true };
		case 'quit': {
			if (state.phase === 'done') return state;
			const quitEarly = state.answered.length < state.items.length;
			return { ...state, phase: 'done', endedAt: action.at, quitEarly };
		}
		case 'timeUp':
			return state.deadline === undefined || action.at < state.deadline ? state : endByTime(state);
	}
}

function answer(state: SessionState, given: string, at: number): SessionState {
	const item = state.items[state.index];
	if (state.phase !== 'asking' || !item) return state;
	const { question } = item;
	const { error: _, partA, ...rest } = state;
	if (question.support && partA === undefined) {
		const problem = partAProblem(question, given);
		return problem === undefined ? { ...rest, partA: given } : { ...state, error: problem };
	}
	const [main, support] = partA === undefined ? [given, undefined] : [partA, given];
	const verdict = gradeAnswer(question, main, support);
	if (verdict.kind === 'invalid') return { ...state, error: verdict.message };
	const answered: AnsweredItem = {
		item,
		given: main,
		...(support === undefined ? {} : { supportGiven: support }),
		verdict,
		ms: at - state.askedAt,
		hinted: state.hinted,
	};
	const again = state.rules.repeatMissed && !verdict.correct;
	const next: SessionState = {
		...rest,
		phase: 'feedback',
		answered: [...state.answered, answered],
		items: again ? [...state.items, item] : state.items,
	};
	return state.rules.feedback === 'end' ? advance(next, at) : next;
}

/** Why part A of a two-part question cannot be graded as given, if it cannot. */
function partAProblem(question: Question, given: string): string | undefined {
	const { support: _, ...partOnly } = question;
	const graded = gradeAnswer(partOnly as Question, given);
	return graded.kind === 'invalid' ? graded.message : undefined;
}

/** Whether the current question is at its part B (part A answered, part B not yet). */
export function isAtPartB(state: SessionState): boolean {
	return state.phase === 'asking' && state.partA !== undefined;
}

function advance(state: SessionState, at: number): SessionState {
	const index = state.index + 1;
	const { partA: _, ...rest } = state;
	if (index >= state.items.length) return { ...rest, phase: 'done', endedAt: at };
	return { ...rest, index, phase: 'asking', askedAt: at, hinted: false };
}

function endByTime(state: SessionState): SessionState {
	if (state.phase === 'done') return state;
	const endedAt = state.deadline ?? state.askedAt;
	const quitEarly = state.answered.length < state.items.length;
	return { ...state, phase: 'done', endedAt, quitEarly, timedOut: true };
}

/** Right answers so far. */
export function scoreOf(state: SessionState): number {
	return state.answered.filter((answer) => answer.verdict.correct).length;
}

/**
 * The score a session shows, the same in the header and on the summary: right answers out of
 * the questions answered, or, for an exam that is over (its review), out of every question.
 */
export function resultOf(state: SessionState, isReview: boolean): { score: number; total: number } {
	const isOverExam = isReview && state.phase === 'done';
	return { score: scoreOf(state), total: isOverExam ? state.items.length : state.answered.length };
}

/** Whether `play --resume` can continue this session: quit early, not stopped by its clock. */
export function isResumable(state: SessionState): boolean {
	return state.phase === 'done' && state.quitEarly && !state.timedOut;
}

/** The answer just given, while its feedback shows. */
export function lastAnswer(state: SessionState): AnsweredItem | undefined {
	return state.phase === 'feedback' ? state.answered.at(-1) : undefined;
}

/** Whether the session ran to its end (every question answered, or time up), not quit early. */
export function isFinished(state: SessionState): boolean {
	return state.phase === 'done' && (state.timedOut || state.answered.length >= state.items.length);
}

/** How a session ended: run to its end, quit with q/Esc, or stopped by Ctrl+C. */
export type EndReason = 'completed' | 'quit' | 'interrupted';

/**
 * How a session that is done ended, the one place this is decided: a session run to its end
 * is completed even when the learner then quit; otherwise it ended as the learner asked.
 */
export function endReasonOf(
	state: SessionState,
	asked: 'quit' | 'interrupted' | undefined,
): EndReason {
	return isFinished(state) ? 'completed' : (asked ?? 'quit');
}
