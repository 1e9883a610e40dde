import type { Question } from './bank/schema.js';

/** The parts of a learner's record that statistics read (the store's shape, structurally). */
export type StatsRecord = {
	readonly questions: Readonly<
		Record<
			string,
			{ readonly attempts: number; readonly correct: number; readonly lastSeen: string }
		>
	>;
	readonly sessions: readonly {
		readonly start: string;
		readonly end?: string | undefined;
		readonly mode: string;
		readonly count: number;
		readonly score: number;
		readonly answers: readonly unknown[];
	}[];
};

/** Right answers out of attempts, and their share (null when nothing was tried). */
export type Accuracy = {
	readonly correct: number;
	readonly attempts: number;
	readonly rate: number | null;
};

/** What `quizline stats` reports. */
export type Stats = {
	readonly sessions: {
		readonly total: number;
		readonly finished: number;
		readonly recent: readonly {
			start: string;
			mode: string;
			score: number;
			answered: number;
			finished: boolean;
		}[];
	};
	readonly overall: Accuracy;
	readonly byTag: Readonly<Record<string, Accuracy>>;
	readonly bySkill: Readonly<Record<string, Accuracy>>;
	readonly weakest: readonly {
		readonly id: string;
		readonly prompt: string;
		readonly accuracy: Accuracy;
		readonly line: number;
		readonly quote: string;
	}[];
	/** Ids with history that the bank no longer has (kept, not dropped). */
	readonly orphaned: readonly string[];
	readonly unseen: number;
};

function accuracy(correct: number, attempts: number): Accuracy {
	return { correct, attempts, rate: attempts === 0 ? null : correct / attempts };
}

function addTo(
	groups: Map<string, [number, number]>,
	key: string,
	correct: number,
	attempts: number,
) {
	const [c, a] = groups.get(key) ?? [0, 0];
	groups.set(key, [c + correct, a + attempts]);
}

const toRecord = (groups: Map<string, [number, number]>) =>
	Object.fromEntries(
		[...groups]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, [c, a]]) => [key, accuracy(c, a)]),
	);

/** Summarise a learner's record against a bank. */
export function computeStats(
	record: StatsRecord,
	questions: readonly Question[],
	weakestCount = 5,
): Stats {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const tags = new Map<string, [number, number]>();
	const skills = new Map<string, [number, number]>();
	let correct = 0;
	let attempts = 0;
	for (const [id, entry] of Object.entries(record.questions)) {
		correct += entry.correct;
		attempts += entry.attempts;
		const question = byId.get(id);
		if (!question) continue;
		for (const tag of question.tags) addTo(tags, tag, entry.correct, entry.attempts);
		addTo(skills, question.skill, entry.correct, entry.attempts);
	}
	const weakest = questions
		.flatMap((question) => {
			const entry = record.questions[question.id];
			if (!entry || entry.attempts === 0 || entry.correct === entry.attempts) return [];
			return [{ question, accuracy: accuracy(entry.correct, entry.attempts) }];
		})
		.sort(
			(a, b) =>
				(a.accuracy.rate ?? 0) - (b.accuracy.rate ?? 0) ||
				b.accuracy.attempts - a.accuracy.attempts,
		)
		.slice(0, weakestCount)
		.map(({ question, accuracy: acc }) => ({
			id: question.id,
			prompt: question.prompt,
			accuracy: acc,
			line: question.source.line,
			quote: question.source.quote,
		}));
	return {
		sessions: {
			total: record.sessions.length,
			finished: record.sessions.filter((session) => session.end !== undefined).length,
			recent: record.sessions.slice(-10).map((session) => ({
				start: session.start,
				mode: session.mode,
				score: session.score,
				answered: session.answers.length,
				finished: session.end !== undefined,
			})),
		},
		overall: accuracy(correct, attempts),
		byTag: toRecord(tags),
		bySkill: toRecord(skills),
		weakest,
		orphaned: Object.keys(record.questions)
			.filter((id) => !byId.has(id))
			.sort(),
		unseen: questions.filter((question) => !record.questions[question.id]).length,
	};
}
