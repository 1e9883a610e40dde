import type { Question } from '../bank/schema.js';
import type { Review, ScheduleOptions } from '../schedule.js';
import { type QuizItem, selectQuestions } from '../select.js';
import { planDue } from './due.js';
import { planExam } from './exam.js';
import { type Mode, rulesFor, type SessionRules } from './mode.js';
import { planPractice } from './practice.js';
import { planReview } from './review.js';

/** A learner's progress per question id, as the modes read it (the store's shape fits). */
export type ProgressRecords = Readonly<
	Record<
		string,
		{
			readonly attempts: number;
			readonly correct: number;
			readonly lastCorrect: boolean;
			readonly history: readonly Review[];
		}
	>
>;

/** What every mode plans from. */
export type PlanInput = {
	readonly questions: readonly Question[];
	readonly records: ProgressRecords;
	readonly seed: string | number;
	readonly now: Date;
	/** How many questions at most; each mode has its own default. */
	readonly count?: number;
	/** Only questions with one of these tags. */
	readonly tags?: readonly string[];
	/** Spaced repetition: retention, rating thresholds and the daily limit of new questions. */
	readonly schedule?: ScheduleOptions & { readonly newPerDay?: number };
	/** An exam's time limit in minutes (default: one minute per question). */
	readonly examMinutes?: number;
};

/** A session ready to run: its questions in order and its rules. */
export type SessionPlan = {
	readonly mode: Mode;
	readonly items: readonly QuizItem[];
	readonly rules: SessionRules;
	readonly seed: string | number;
};

/** Why a mode has nothing to ask now, as data; `src/format/plan-text.ts` puts it in words. */
export type PlanRefusal =
	| { readonly kind: 'no-tagged' }
	| { readonly kind: 'nothing-missed' }
	| { readonly kind: 'nothing-due'; readonly nextDueInMs?: number };

/** A plan, or why the mode has nothing to ask now. */
export type PlanResult =
	| { readonly ok: true; readonly plan: SessionPlan }
	| { readonly ok: false; readonly refusal: PlanRefusal };

/** Plan a session of the given mode. */
export function planSession(mode: Mode, input: PlanInput): PlanResult {
	switch (mode) {
		case 'practice':
			return planPractice(input);
		case 'review':
			return planReview(input);
		case 'due':
			return planDue(input);
		case 'exam':
			return planExam(input);
	}
}

/** Share of right answers among the last five, or undefined for a question never answered. */
export function recentAccuracy(records: ProgressRecords, id: string): number | undefined {
	const record = Object.hasOwn(records, id) ? records[id] : undefined;
	const recent = record?.history.slice(-5) ?? [];
	if (recent.length === 0) return undefined;
	return recent.filter((review) => review.correct).length / recent.length;
}

/** A plan of `count` questions with the input's tags, or a refusal when none has them. */
export function taggedPlan(
	mode: 'practice' | 'exam',
	input: PlanInput,
	count: number,
	options: { readonly timeLimitMs?: (items: number) => number; readonly isRanked?: boolean } = {},
): PlanResult {
	const items = selectQuestions(input.questions, {
		seed: input.seed,
		count,
		tags: input.tags ?? [],
		...(options.isRanked
			? { priority: (question: Question) => recentAccuracy(input.records, question.id) ?? 0 }
			: {}),
	});
	if (items.length === 0) return { ok: false, refusal: { kind: 'no-tagged' } };
	const rules = rulesFor(mode, options.timeLimitMs?.(items.length));
	return { ok: true, plan: { mode, items, rules, seed: input.seed } };
}
