// Stats: right answers out of attempts, overall and per question.
import type { Question } from '../bank/schema.js';

/** Right answers out of attempts, and their share (null when nothing was tried). */
export type Accuracy = {
	readonly correct: number;
	readonly attempts: number;
	readonly rate: number | null;
};

/** A question the learner gets wrong most, with the line that answers it. */
export type WeakQuestion = {
	readonly id: string;
	readonly prompt: string;
	readonly accuracy: Accuracy;
	readonly line: number;
	readonly quote: string;
};

type Counts = Readonly<Record<string, { readonly attempts: number; readonly correct: number }>>;

/** The share right of `correct` out of `attempts`. */
function accuracy(correct: number, attempts: number): Accuracy {
	return { correct, attempts, rate: attempts === 0 ? null : correct / attempts };
}

/** Accuracy overall (vanished ids included), per tag and per skill of the bank's questions. */
export function groupAccuracy(counts: Counts, questions: readonly Question[]) {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const tags = new Map<string, [number, number]>();
	const skills = new Map<string, [number, number]>();
	let correct = 0;
	let attempts = 0;
	for (const [id, entry] of Object.entries(counts)) {
		correct += entry.correct;
		attempts += entry.attempts;
		const question = byId.get(id);
		if (!question) continue;
		for (const tag of question.tags) addTo(tags, tag, entry.correct, entry.attempts);
		addTo(skills, question.skill, entry.correct, entry.attempts);
	}
	return { overall: accuracy(correct, attempts), byTag: toRecord(tags), bySkill: toRecord(skills) };
}

/** The questions with the lowest accuracy (never-missed ones excluded), most tried first on ties. */
export function weakestQuestions(
	counts: Counts,
	questions: readonly Question[],
	count: number,
): WeakQuestion[] {
	return questions
		.flatMap((question) => {
			const entry = Object.hasOwn(counts, question.id) ? counts[question.id] : undefined;
			if (!entry || entry.attempts === 0 || entry.correct === entry.attempts) return [];
			return [{ question, accuracy: accuracy(entry.correct, entry.attempts) }];
		})
		.sort(
			(a, b) =>
				(a.accuracy.rate ?? 0) - (b.accuracy.rate ?? 0) ||
				b.accuracy.attempts - a.accuracy.attempts,
		)
		.slice(0, count)
		.map(({ question, accuracy: acc }) => ({
			id: question.id,
			prompt: question.prompt,
			accuracy: acc,
			line: question.source.line,
			quote: question.source.quote,
		}));
}

function addTo(groups: Map<string, [number, number]>, key: string, right: number, tried: number) {
	const [c, a] = groups.get(key) ?? [0, 0];
	groups.set(key, [c + right, a + tried]);
}

function toRecord(groups: Map<string, [number, number]>): Record<string, Accuracy> {
	return Object.fromEntries(
		[...groups]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, [c, a]]) => [key, accuracy(c, a)]),
	);
}
