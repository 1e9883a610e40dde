import { gradeAnswer } from '../core/grade/grade.js';
import { orderHint, readOrder } from '../core/grade/grade-order.js';
import { normalizeText } from '../core/grade/normalize.js';
import type { QuizItem } from '../core/select.js';
import type { ClassAction, ClassState, ClassStep, GivenAnswer } from './class-state.js';
import { type AnswerRefusalReason, versioned } from './protocol.js';
import { pointsFor } from './scoring.js';

type AnswerAction = Extract<ClassAction, { type: 'answer' }>;

/**
 * One answer per student per question, while the question is open: it is graded and locked,
 * and the student is told only that it was locked. `reveal` runs when everyone has answered.
 */
export function answer(
	state: ClassState,
	action: AnswerAction,
	reveal: (state: ClassState, at: number) => ClassStep,
): ClassStep {
	const refuse = (reason: AnswerRefusalReason, message: string): ClassStep => ({
		state,
		out: [
			{
				to: 'sender',
				message: versioned({ type: 'answer-refused', index: action.index, reason, message }),
			},
		],
	});
	const number = action.index + 1;
	if (state.phase === 'lobby' || action.index > state.index) {
		return refuse('not-asked', `question ${number} has not been asked yet`);
	}
	const isOpen = state.phase === 'question' && action.index === state.index;
	if (!isOpen || action.at > state.deadline) {
		return refuse('late', `question ${number} is closed: answers are no longer taken`);
	}
	const answers = state.answers[state.index] ?? [];
	if (answers.some((given) => given.key === action.key)) {
		return refuse('duplicate', `you have already answered question ${number}`);
	}
	const item = state.items[state.index];
	if (!item || !state.players.some((player) => player.key === action.key))
		return { state, out: [] };
	const read = readGiven(item, action);
	if (!read.ok) return refuse('invalid', read.message);
	const { given, support } = read;
	const verdict = gradeAnswer(item.question, given, support);
	if (verdict.kind === 'invalid') return refuse('invalid', verdict.message);
	const ms = Math.max(0, action.at - state.askedAt);
	const recorded: GivenAnswer = {
		key: action.key,
		given,
		correct: verdict.correct,
		ms,
		points: pointsFor(verdict.correct, ms, state.settings),
		...(verdict.kind === 'partial' ? { isPartial: true } : {}),
		...(verdict.inPlace ? { inPlace: verdict.inPlace } : {}),
		...(support === undefined
			? {}
			: { support: { given: support, correct: verdict.support?.correct ?? null } }),
	};
	const all = state.answers.map((list, index) =>
		index === state.index ? [...list, recorded] : list,
	);
	const next: ClassState = { ...state, answers: all };
	const locked = versioned({
		type: 'locked',
		index: state.index,
		given,
		...(support === undefined ? {} : { support }),
	});
	const step: ClassStep = { state: next, out: [{ to: 'sender', message: locked }] };
	if (!everyoneAnswered(next)) return step;
	const revealed = reveal(next, action.at);
	return { state: revealed.state, out: [...step.out, ...revealed.out] };
}

/** Both parts of an answer as they will be graded, or why they cannot be. */
type ReadGiven =
	| { readonly ok: true; readonly given: string; readonly support?: string }
	| { readonly ok: false; readonly message: string };

/**
 * A choice (and part B) is taken as one of the options shown, in the words shown, never by
 * position; an order as its letters, "c,a,d,b". Part B is asked with part A and must come with
 * it whatever part A is, so a missing part B tells nothing about part A.
 */
function readGiven(item: QuizItem, action: AnswerAction): ReadGiven {
	const { question } = item;
	const given =
		item.options.length > 0
			? shownOption(item.options, action.given)
			: question.type === 'order'
				? readOrder(question, action.given)?.join(',')
				: action.given.trim();
	if (given === undefined) {
		const expected =
			question.type === 'order'
				? orderHint(question)
				: `expected one of: ${item.options.join(' | ')}`;
		return { ok: false, message: expected };
	}
	if (!question.support) return { ok: true, given };
	const options = item.supportOptions ?? question.support.choices;
	const support = action.support === undefined ? undefined : shownOption(options, action.support);
	if (support === undefined) {
		const why = action.support === undefined ? 'part B is missing' : 'part B';
		return { ok: false, message: `${why}: expected one of: ${options.join(' | ')}` };
	}
	return { ok: true, given, support };
}

const shownOption = (options: readonly string[], given: string) =>
	options.find((option) => normalizeText(option) === normalizeText(given));

/** Every connected player has answered the current question (and there is at least one). */
export function everyoneAnswered(state: ClassState): boolean {
	const answered = new Set((state.answers[state.index] ?? []).map((given) => given.key));
	const present = state.players.filter((player) => player.isConnected);
	return present.length > 0 && present.every((player) => answered.has(player.key));
}
