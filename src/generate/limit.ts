import type { Candidate } from './candidate.js';

/**
 * Keep at most `max` questions, taking the kinds in turn (short, choice, numeric, truefalse …)
 * so a small bank still has every kind; the kept ones stay in article order.
 */
export function limitCandidates(
	candidates: readonly Candidate[],
	max: number | undefined,
): Candidate[] {
	if (max === undefined || candidates.length <= max) return [...candidates];
	const rankInKind = new Map<string, number>();
	const ranked = candidates.map((candidate, order) => {
		const kind = candidate.question.type;
		const rank = rankInKind.get(kind) ?? 0;
		rankInKind.set(kind, rank + 1);
		return { candidate, order, rank };
	});
	const kept = [...ranked].sort((a, b) => a.rank - b.rank || a.order - b.order).slice(0, max);
	return kept.sort((a, b) => a.order - b.order).map((each) => each.candidate);
}
