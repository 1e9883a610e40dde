// Stats: right answers out of attempts, overall and per question.
import type { Question } from '../bank/schema.js';

/**
 * Right answers out of attempts, and their share (null when nothing was tried). Only a wholly
 * right answer counts as right; a partly right one (an order with some items in place, a
 * two-part question with part B wrong) is counted apart, in `partial`, and not in `rate`.
 */
export type Accuracy = {
	readonly correct: number;
	readonly attempts: number;
	readonly rate: number | null;
	/** Attempts partly right (not in `correct`). */
	readonly partial: number;
};

/** A question the learner gets wrong most, with the line that answers it. */
export type WeakQuestion = {
	readonly id: string;
	readonly prompt: string;
	readonly accuracy: Accuracy;
	readonly line: number;
	readonly quote: string;
};

type Counts = Readonly<
	Record<
		string,
		{ readonly attempts: number; readonly correct: number; readonly partial?: number | undefined }
	>
>;

/** The share right of `correct` out of `attempts`. */
export function accuracyOf(correct: number, attempts: number, partial = 0): Accuracy {
	return { correct, attempts, rate: attempts === 0 ? null : correct / attempts, partial };
}

/** [right, tried, partly right] */
type Sums = [number, number, number];

/** Accuracy overall (vanished ids included), per tag and per skill of the bank's questions. */
export function groupAccuracy(counts: Counts, questions: readonly Question[]) {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const tags = new Map<string, Sums>();
	const skills = new Map<string, Sums>();
	const overall = new Map<string, Sums>();
	for (const [id, entry] of Object.entries(counts)) {
		addTo(overall, '', entry);
		const question = byId.get(id);
		if (!question) continue;
		for (const tag of question.tags) addTo(tags, tag, entry);
		addTo(skills, question.skill, entry);
	}
	const [correct, attempts, partial] = overall.get('') ?? [0, 0, 0];
	return {
		overall: accuracyOf(correct, attempts, partial),
		byTag: toRecord(tags),
		bySkill: toRecord(skills),
	};
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
			return [{ question, accuracy: accuracyOf(entry.correct, entry.attempts, entry.partial) }];
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

function addTo(groups: Map<string, Sums>, key: string, entry: Counts[string]) {
	const [c, a, p] = groups.get(key) ?? [0, 0, 0];
	groups.set(key, [c + entry.correct, a + entry.attempts, p + (entry.partial ?? 0)]);
}

function toRecord(groups: Map<string, Sums>): Record<string, Accuracy> {
	return Object.fromEntries(
		[...groups]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, [c, a, p]]) => [key, accuracyOf(c, a, p)]),
	);
}
