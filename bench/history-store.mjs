// A score store folder with a learner's history, for the start-up benchmarks: `questions`
// question records of the bundled bank's ids (and retired ids past its end), each with the 50
// answers the history keeps, and the sessions those answers came in, as conf lays it out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const start = Date.parse('2025-01-01T09:00:00.000Z');
const day = 86_400_000;

/** A small deterministic generator, so every run writes the same store. */
function numbers(seed) {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

function records(ids, answers, random) {
	return Object.fromEntries(
		ids.map((id) => {
			const history = Array.from({ length: answers }, (_, i) => ({
				at: new Date(start + i * day + Math.floor(random() * 3_600_000)).toISOString(),
				correct: random() < 0.67,
				answer: random() < 0.5 ? 'A' : 'B',
				ms: Math.floor(random() * 30_000),
				verdict: 'exact',
			}));
			const last = history.at(-1);
			const correct = history.filter((entry) => entry.correct).length;
			return [
				id,
				{
					attempts: answers,
					correct,
					lastAnswer: last.answer,
					lastCorrect: last.correct,
					lastSeen: last.at,
					bank: 'putin-xi-sco-2022',
					history,
				},
			];
		}),
	);
}

/** One session a day, each of `perSession` answers taken from the records. */
function sessions(ids, answers, perSession) {
	return Array.from({ length: answers }, (_, index) => {
		const at = (i) => new Date(start + index * day + i * 20_000).toISOString();
		const questionIds = Array.from(
			{ length: perSession },
			(_, i) => ids[(index * perSession + i) % ids.length],
		);
		return {
			id: `session-${index}`,
			bank: 'putin-xi-sco-2022',
			mode: 'practice',
			start: at(0),
			end: at(perSession + 1),
			count: perSession,
			score: Math.floor(perSession * 0.67),
			questionIds,
			answers: questionIds.map((id, i) => ({
				id,
				answer: 'A',
				correct: i % 3 !== 0,
				at: at(i + 1),
			})),
		};
	});
}

/**
 * Writes the store into a new temporary folder and returns it (for QUIZLINE_STORE_DIR).
 * `bankIds` are the bank's question ids; past them come ids of questions no longer in it.
 */
export function historyStore(bankIds, questions, answers = 50) {
	const ids = Array.from({ length: questions }, (_, i) => bankIds[i] ?? `retired-${i}`);
	const random = numbers(questions);
	const profile = {
		questions: records(ids, answers, random),
		sessions: sessions(ids, answers, Math.min(ids.length, 20)),
	};
	const data = { schemaVersion: 1, profiles: { default: profile } };
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-bench-history-'));
	fs.writeFileSync(path.join(dir, 'scores.json'), JSON.stringify(data, undefined, '\t'));
	return dir;
}
