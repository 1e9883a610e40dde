// Review: which questions a review goes through, and in what order.
import type { Bank, Question } from '../bank/schema.js';

/** Which questions to review: generated ones first (the default), all in bank order, only
 * generated ones, or only those with findings. */
export type ReviewFilter = 'default' | 'all' | 'generated' | 'flagged';

/** The ids to review, in order. */
export function reviewQueue(
	bank: Bank,
	filter: ReviewFilter,
	isFlagged: (question: Question) => boolean,
): string[] {
	const ids = (questions: readonly Question[]) => questions.map((question) => question.id);
	const generated = bank.questions.filter((question) => question.origin === 'generated');
	switch (filter) {
		case 'all':
			return ids(bank.questions);
		case 'generated':
			return ids(generated);
		case 'flagged':
			return ids(bank.questions.filter(isFlagged));
		case 'default':
			return [...ids(generated), ...ids(bank.questions.filter((q) => q.origin !== 'generated'))];
	}
}

/**
 * A saved queue brought up to date with the bank: ids gone from it are dropped (but those
 * rejected here, which still count), ids new to it come at the end.
 */
export function updatedQueue(
	saved: readonly string[],
	fresh: readonly string[],
	isKept: (id: string) => boolean,
): string[] {
	const now = new Set(fresh);
	const kept = saved.filter((id) => now.has(id) || isKept(id));
	const known = new Set(kept);
	return [...kept, ...fresh.filter((id) => !known.has(id))];
}
