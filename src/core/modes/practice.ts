import { selectQuestions } from '../select.js';
import { rulesFor } from './mode.js';
import { type PlanInput, type PlanResult, recentAccuracy } from './plan.js';

/** Practice asks this many questions unless told otherwise. */
export const defaultPracticeCount = 10;

/** Practice: N questions, unseen and weakest (lowest recent accuracy) first. */
export function planPractice(input: PlanInput): PlanResult {
	const items = selectQuestions(input.questions, {
		seed: input.seed,
		count: input.count ?? defaultPracticeCount,
		tags: input.tags ?? [],
		priority: (question) => recentAccuracy(input.records, question.id) ?? 0,
	});
	if (items.length === 0) return { ok: false, reason: 'No question has those tags.' };
	return {
		ok: true,
		plan: { mode: 'practice', items, rules: rulesFor('practice'), seed: input.seed },
	};
}
