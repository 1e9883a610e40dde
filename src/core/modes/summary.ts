import { dueQueue } from '../schedule.js';
import { withTags } from '../select.js';
import { formatWait } from './due.js';
import type { Mode } from './mode.js';
import { type PlanInput, planSession } from './plan.js';

/** One mode as a menu shows it: what it would ask now, and whether it has anything to ask. */
export type ModeChoice = {
	readonly mode: Mode;
	readonly label: string;
	readonly detail: string;
	readonly isAvailable: boolean;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Every mode, described from the learner's progress as it stands. */
export function describeModes(input: PlanInput): ModeChoice[] {
	const practice = planSession('practice', input);
	const review = planSession('review', input);
	const exam = planSession('exam', input);
	const queue = dueQueue(withTags(input.questions, input.tags), input.records, {
		...input.schedule,
		now: input.now,
	});
	const waiting = queue.due.length + queue.fresh.length;
	const next = queue.nextDue
		? `next in ${formatWait(queue.nextDue.getTime() - input.now.getTime())}`
		: 'all done';
	const minutes = exam.ok ? Math.round((exam.plan.rules.timeLimitMs ?? 0) / 60_000) : 0;
	return [
		{
			mode: 'practice',
			label: 'Practice',
			detail: practice.ok
				? `${plural(practice.plan.items.length, 'question')}, unseen and weakest first`
				: practice.reason,
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
					? `${queue.due.length} due now · ${plural(queue.fresh.length, 'new question')} (spaced repetition)`
					: `nothing due now (${next})`,
			isAvailable: waiting > 0,
		},
		{
			mode: 'exam',
			label: 'Exam',
			detail: exam.ok
				? `${plural(exam.plan.items.length, 'question')} in ${minutes} min, answers at the end`
				: exam.reason,
			isAvailable: exam.ok,
		},
	];
}
