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
		const next = queue.nextDue
			? ` The next question is due in ${formatWait(queue.nextDue.getTime() - input.now.getTime())}.`
			: '';
		return {
			ok: false,
			reason: `Nothing is due now and today's new questions are done.${next}`,
		};
	}
	const items = itemsFromIds(questions, ids, input.seed);
	return { ok: true, plan: { mode: 'due', items, rules: rulesFor('due'), seed: input.seed } };
}

/** `5 min`, `3 h`, `2 days`: how long until something happens, roughly. */
export function formatWait(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	if (hours < 48) return `${hours} h`;
	return `${Math.round(hours / 24)} days`;
}
