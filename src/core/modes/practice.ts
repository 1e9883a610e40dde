import { type PlanInput, type PlanResult, taggedPlan } from './plan.js';

/** Practice asks this many questions unless told otherwise. */
const defaultPracticeCount = 10;

/** Practice: N questions, unseen and weakest (lowest recent accuracy) first. */
export function planPractice(input: PlanInput): PlanResult {
	return taggedPlan('practice', input, input.count ?? defaultPracticeCount, { isRanked: true });
}
