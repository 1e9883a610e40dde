// Class results: one row per student per question (or per question, in projector mode).
import type { ClassState } from '../live/class-state.js';

/** What one student did on one question. */
export type ResultRow = {
	readonly name: string;
	readonly questionId: string;
	/** The answer as given; empty when there was none. */
	readonly answer: string;
	/** partial: some of an order in place, or part A of a two-part question right and B not. */
	readonly result: 'right' | 'partial' | 'wrong' | 'unanswered';
	/** From the question showing to the answer; null when unanswered. */
	readonly seconds: number | null;
	/** The question's prompt; absent in files written before results named it. */
	readonly prompt?: string;
	/** Part B of a two-part question as answered; absent when there is none. */
	readonly support?: string;
	/**
	 * The share of the question earned, 0–1: the share in place for an order, a half for part A
	 * right and part B not. Absent when it is the result's own (1 right, else 0).
	 */
	readonly credit?: number;
};

/** What a graded answer earns, 0–1 (see `ResultRow.credit`). */
export function creditOf(answer: {
	readonly correct: boolean;
	readonly inPlace?: { readonly right: number; readonly of: number } | null | undefined;
	readonly isPartial?: boolean;
}): number {
	if (answer.correct) return 1;
	if (answer.inPlace) return answer.inPlace.right / answer.inPlace.of;
	return answer.isPartial ? 0.5 : 0;
}

/** A row's credit: as written, else 1 for right and 0 for anything else. */
export const rowCredit = (row: ResultRow) => row.credit ?? (row.result === 'right' ? 1 : 0);

/** Projector mode: how many got one question right, as the teacher counted. */
export type TallyRow = {
	readonly questionId: string;
	/** Null when the teacher did not count this question. */
	readonly right: number | null;
	/** How many students were in the room, when the teacher said. */
	readonly of: number | null;
	/** The question's prompt; absent in files written before results named it. */
	readonly prompt?: string;
};

/** One row per student per revealed question, students in the order they joined. */
export function resultRows(state: ClassState): ResultRow[] {
	const rows: ResultRow[] = [];
	for (let index = 0; index < state.revealed; index++) {
		const item = state.items[index];
		if (!item) continue;
		const byKey = new Map((state.answers[index] ?? []).map((answer) => [answer.key, answer]));
		for (const player of state.players) {
			const answer = byKey.get(player.key);
			const result = !answer
				? 'unanswered'
				: answer.correct
					? 'right'
					: answer.isPartial
						? 'partial'
						: 'wrong';
			rows.push({
				name: player.name,
				questionId: item.question.id,
				answer: answer?.given ?? '',
				result,
				seconds: answer ? Math.round(answer.ms / 100) / 10 : null,
				prompt: item.question.prompt,
				...(answer?.support ? { support: answer.support.given } : {}),
				...(answer?.isPartial ? { credit: creditOf(answer) } : {}),
			});
		}
	}
	return rows;
}

/** Projector mode: one row per revealed question with the teacher's count. */
export function tallyRows(state: ClassState): TallyRow[] {
	return state.items.slice(0, state.revealed).map((item, index) => ({
		questionId: item.question.id,
		right: state.tallies[index] ?? null,
		of: state.classSize,
		prompt: item.question.prompt,
	}));
}
