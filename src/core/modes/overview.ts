import { dueQueue } from '../schedule.js';
import { withTags } from '../select.js';
import { type PlanInput, type PlanResult, planSession } from './plan.js';

/** What each mode would ask now, as counts: `src/format/mode-menu.ts` puts it in words. */
type ModeOverview = {
	readonly practice: PlanResult;
	readonly review: PlanResult;
	readonly exam: PlanResult;
	readonly due: {
		/** Cards due now and new questions today's allowance still lets in. */
		readonly due: number;
		readonly fresh: number;
		/** Milliseconds until the next card falls due, when one is scheduled. */
		readonly nextDueInMs?: number;
	};
};

/** Every mode planned from the learner's progress as it stands. */
export function modeOverview(input: PlanInput): ModeOverview {
	const queue = dueQueue(withTags(input.questions, input.tags), input.records, {
		...input.schedule,
		now: input.now,
	});
	const nextDueInMs = queue.nextDue && queue.nextDue.getTime() - input.now.getTime();
	return {
		practice: planSession('practice', input),
		review: planSession('review', input),
		exam: planSession('exam', input),
		due: {
			due: queue.due.length,
			fresh: queue.fresh.length,
			...(nextDueInMs === undefined ? {} : { nextDueInMs }),
		},
	};
}
