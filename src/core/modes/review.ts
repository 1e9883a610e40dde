import { selectQuestions, withTags } from '../select.js';
import { rulesFor } from './mode.js';
import { type PlanInput, type PlanResult, type ProgressRecords, recentAccuracy } from './plan.js';

/** Ids whose last answer was wrong: what a review goes over. */
function missedIds(records: ProgressRecords): string[] {
	return Object.keys(records).filter((id) => records[id]?.lastCorrect === false);
}

/** Review: only questions missed last time, asked again until each is answered right. */
export function planReview(input: PlanInput): PlanResult {
	const missed = new Set(missedIds(input.records));
	const pool = withTags(input.questions, input.tags).filter((question) => missed.has(question.id));
	if (pool.length === 0) {
		return { ok: false, refusal: { kind: 'nothing-missed' } };
	}
	const items = selectQuestions(pool, {
		seed: input.seed,
		...(input.count === undefined ? {} : { count: input.count }),
		priority: (question) => recentAccuracy(input.records, question.id) ?? 0,
	});
	return { ok: true, plan: { mode: 'review', items, rules: rulesFor('review'), seed: input.seed } };
}
