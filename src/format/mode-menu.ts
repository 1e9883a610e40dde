import type { Mode } from '../core/modes/mode.js';
import { modeOverview } from '../core/modes/overview.js';
import type { PlanInput } from '../core/modes/plan.js';
import { planRefusalText } from './plan-text.js';
import { plural } from './plural.js';
import { formatWait } from './time-text.js';

/** One mode as a menu shows it: what it would ask now, and whether it has anything to ask. */
export type ModeChoice = {
	readonly mode: Mode;
	readonly label: string;
	readonly detail: string;
	readonly isAvailable: boolean;
};

/** Every mode, described from the learner's progress as it stands. */
export function describeModes(input: PlanInput): ModeChoice[] {
	const { practice, review, exam, due } = modeOverview(input);
	const waiting = due.due + due.fresh;
	const next =
		due.nextDueInMs === undefined ? 'all done' : `next in ${formatWait(due.nextDueInMs)}`;
	const minutes = exam.ok ? Math.round((exam.plan.rules.timeLimitMs ?? 0) / 60_000) : 0;
	return [
		{
			mode: 'practice',
			label: 'Practice',
			detail: practice.ok
				? `${plural(practice.plan.items.length, 'question')}, unseen and weakest first`
				: planRefusalText(practice.refusal),
			isAvailable: practice.ok,
		},
		{
			mode: 'review',
			label: 'Review',
			detail: review.ok
				? `${plural(review.plan.items.length, 'missed question')}, until each is right`
				: 'nothing missed right now',
			isAvailable: review.ok,
		},
		{
			mode: 'due',
			label: 'Due',
			detail:
				waiting > 0
					? `${due.due} due now · ${plural(due.fresh, 'new question')} (spaced repetition)`
					: `nothing due now (${next})`,
			isAvailable: waiting > 0,
		},
		{
			mode: 'exam',
			label: 'Exam',
			detail: exam.ok
				? `${plural(exam.plan.items.length, 'question')} in ${minutes} min, answers at the end`
				: planRefusalText(exam.refusal),
			isAvailable: exam.ok,
		},
	];
}
