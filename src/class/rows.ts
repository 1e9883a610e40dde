// Class results: one row per student per question (or per question, in projector mode).
import type { ClassState } from '../live/class-state.js';

/** What one student did on one question. */
export type ResultRow = {
	readonly name: string;
	readonly questionId: string;
	/** The answer as given; empty when there was none. */
	readonly answer: string;
	readonly result: 'right' | 'wrong' | 'unanswered';
	/** From the question showing to the answer; null when unanswered. */
	readonly seconds: number | null;
	/** The question's prompt; absent in files written before results named it. */
	readonly prompt?: string;
};

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
			rows.push({
				name: player.name,
				questionId: item.question.id,
				answer: answer?.given ?? '',
				result: answer ? (answer.correct ? 'right' : 'wrong') : 'unanswered',
				seconds: answer ? Math.round(answer.ms / 100) / 10 : null,
				prompt: item.question.prompt,
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
