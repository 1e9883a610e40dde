import { selectQuestions } from '../select.js';
import { rulesFor } from './mode.js';
import type { PlanInput, PlanResult } from './plan.js';

/** An exam asks this many questions unless told otherwise. */
export const defaultExamCount = 10;

/** Exam: a fixed count in a time limit (one minute per question unless given), no feedback. */
export function planExam(input: PlanInput): PlanResult {
	const items = selectQuestions(input.questions, {
		seed: input.seed,
		count: input.count ?? defaultExamCount,
		tags: input.tags ?? [],
	});
	if (items.length === 0) return { ok: false, reason: 'No question has those tags.' };
	const minutes = input.examMinutes ?? items.length;
	const rules = rulesFor('exam', Math.round(minutes * 60_000));
	return { ok: true, plan: { mode: 'exam', items, rules, seed: input.seed } };
}
