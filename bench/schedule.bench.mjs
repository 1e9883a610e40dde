// The start screen and `quizline stats` replay every question's answers through FSRS. This
// measures that work for a full store (every question of the bundled bank with the 50 answers
// the history keeps) against an empty one, in this process.
import { loadSources, median, ms } from './measure.mjs';

const [{ describeModes }, { seededRng }, { computeStats }, { loadBank }] = await loadSources([
	'src/format/mode-menu.ts',
	'src/core/random.ts',
	'src/core/stats/stats.ts',
	'src/files/load-bank.ts',
]);

const runs = Number(process.env.BENCH_RUNS ?? 15);

/** Every question answered `count` times, a day or so apart, right two times in three. */
function fullRecords(questions, count) {
	const rng = seededRng('bench');
	const start = Date.parse('2024-01-01T09:00:00.000Z');
	return Object.fromEntries(
		questions.map((question) => {
			const history = Array.from({ length: count }, (_, i) => ({
				at: new Date(start + i * 86_400_000 + Math.floor(rng() * 3_600_000)).toISOString(),
				correct: rng() < 0.67,
				answer: 'x',
				ms: Math.floor(rng() * 30_000),
			}));
			const correct = history.filter((entry) => entry.correct).length;
			const last = history.at(-1);
			return [
				question.id,
				{ attempts: count, correct, lastCorrect: last.correct, lastSeen: last.at, history },
			];
		}),
	);
}

function timeIt(action) {
	action();
	const times = Array.from({ length: runs }, () => {
		const start = process.hrtime.bigint();
		action();
		return Number(process.hrtime.bigint() - start) / 1e6;
	});
	return median(times);
}

export default function schedule() {
	const loaded = loadBank();
	if (!loaded.ok) throw new Error('the bundled bank does not load');
	const { questions } = loaded.bank;
	const now = new Date('2024-03-01T12:00:00.000Z');
	const screen = (records) => () => {
		describeModes({ questions, records, seed: 'bench', now });
		computeStats({ questions: records, sessions: [] }, questions, { now });
	};
	const empty = timeIt(screen({}));
	const full = timeIt(screen(fullRecords(questions, 50)));
	console.log(`runs per figure: ${runs} (median)`);
	console.log(`start screen + stats, no answers          ${ms(empty)}  (baseline)`);
	console.log(
		`start screen + stats, ${questions.length} × 50 answers      ${ms(full)}  ratio ${(full / empty).toFixed(1)}`,
	);
}
