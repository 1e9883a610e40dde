import { dueQueue } from '../schedule.js';
import { itemsFromIds, withTags } from '../select.js';
import { rulesFor } from './mode.js';
import type { PlanInput, PlanResult } from './plan.js';

/** Due: spaced repetition, cards due now first, then today's allowance of new questions. */
export function planDue(input: PlanInput): PlanResult {
	const questions = withTags(input.questions, input.tags);
	const queue = dueQueue(questions, input.records, { ...input.schedule, now: input.now });
	const ids = [...queue.due, ...queue.fresh].slice(0, input.count);
	if (ids.length === 0) {
		const nextDueInMs = queue.nextDue && queue.nextDue.getTime() - input.now.getTime();
		return {
			ok: false,
			refusal: { kind: 'nothing-due', ...(nextDueInMs === undefined ? {} : { nextDueInMs }) },
		};
	}
	const items = itemsFromIds(questions, ids, input.seed);
	return { ok: true, plan: { mode: 'due', items, rules: rulesFor('due'), seed: input.seed } };
}
