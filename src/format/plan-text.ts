import type { PlanRefusal } from '../core/modes/plan.js';
import { formatWait } from './time-text.js';

/** Why a mode has nothing to ask now, as the learner reads it. */
export function planRefusalText(refusal: PlanRefusal): string {
	switch (refusal.kind) {
		case 'no-tagged':
			return 'No question has those tags.';
		case 'nothing-missed':
			return 'Nothing to review: no question is missed right now. Try practice or due.';
		case 'nothing-due': {
			const next =
				refusal.nextDueInMs === undefined
					? ''
					: ` The next question is due in ${formatWait(refusal.nextDueInMs)}.`;
			return `Nothing is due now and today's new questions are done.${next}`;
		}
	}
}
