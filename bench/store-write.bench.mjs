// An answer during a quiz is one line appended to the score store's journal. This measures what
// one answer costs (recordAnswer on an open store, as the trainer keeps it) with 1 MB of
// history (the baseline) and with 100 MB, in this process. Opening the store reads the whole
// history once; that figure is printed too, for scale.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSources, median, ms } from './measure.mjs';

const [{ ScoreStore }] = await loadSources(['src/store/score-store.ts']);

const answers = Number(process.env.BENCH_RUNS ?? 200);
const bigMb = Number(process.env.BENCH_STORE_MB ?? 100);

/** A session of 20 answers, as the trainer records it. */
function session(index, start) {
	const at = (i) => new Date(start + index * 3_600_000 + i * 20_000).toISOString();
	const questionIds = Array.from({ length: 20 }, (_, i) => `question-${(index + i) % 400}`);
	return {
		id: `session-${index}`,
		bank: 'bench-bank',
		mode: 'practice',
		start: at(0),
		end: at(21),
		count: 20,
		score: 13,
		questionIds,
		seed: String(index),
		answers: questionIds.map((id, i) => ({
			id,
			answer: `answer ${i}`,
			correct: i % 3 !== 0,
			at: at(i + 1),
		})),
	};
}

/** The score file's text for `count` sessions, laid out as conf writes it (tab-indented). */
function storeText(count) {
	const start = Date.parse('2020-01-01T09:00:00.000Z');
	const sessions = Array.from({ length: count }, (_, i) => session(i, start));
	const data = { schemaVersion: 1, profiles: { default: { questions: {}, sessions } } };
	return JSON.stringify(data, undefined, '\t');
}

/** A store folder whose score file holds about `mb` megabytes of sessions. */
function storeOf(mb) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-bench-store-'));
	const perSession = storeText(100).length / 100;
	fs.writeFileSync(path.join(dir, 'scores.json'), storeText(Math.ceil((mb * 1e6) / perSession)));
	return dir;
}

/** Opens the store in `dir` and starts a session in it, as `quizline play` does. */
function openForQuiz(dir) {
	const started = process.hrtime.bigint();
	const store = ScoreStore.open({ dir });
	const session = store.startSession('default', {
		bank: 'bench-bank',
		mode: 'practice',
		questionIds: [],
	});
	return { store, session, openMs: Number(process.hrtime.bigint() - started) / 1e6, times: [] };
}

/** Times one answer to the open store. */
function answerOnce(open, index) {
	const started = process.hrtime.bigint();
	open.store.recordAnswer('default', open.session, {
		questionId: `question-${index % 400}`,
		bank: 'bench-bank',
		answer: 'x',
		correct: index % 2 === 0,
		ms: 4000,
	});
	open.times.push(Number(process.hrtime.bigint() - started) / 1e6);
}

export default function storeWrite() {
	const dirs = [1, bigMb].map(storeOf);
	try {
		const opened = dirs.map(openForQuiz);
		// Answer by answer in turn, so that the disk's moods (an fsync is most of an answer) weigh
		// on every size alike.
		for (let index = 0; index < answers; index++) {
			for (const open of opened) answerOnce(open, index);
		}
		const results = opened.map((open, index) => {
			const saved = open.store.profile('default').sessions.at(-1).answers.length;
			if (saved !== answers) throw new Error(`${saved} of ${answers} answers stored`);
			const mean = open.times.reduce((sum, time) => sum + time, 0) / open.times.length;
			const bytes = fs.statSync(path.join(dirs[index], 'scores.json')).size;
			return { bytes, openMs: open.openMs, median: median(open.times), mean };
		});
		report(results);
	} finally {
		for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
	}
}

function report(results) {
	const [base] = results;
	const size = (result) => `${(result.bytes / 1e6).toFixed(1)} MB`.padStart(8);
	console.log(`answers per figure: ${answers}, taken in turn (median and mean per answer)`);
	for (const result of results) {
		const ratio =
			result === base
				? '(baseline)'
				: `ratio ${(result.median / base.median).toFixed(2)} (mean ${(result.mean / base.mean).toFixed(2)})`;
		console.log(
			`one answer, ${size(result)} of history    ${ms(result.median)}  mean ${ms(result.mean)}  ${ratio}`,
		);
	}
	for (const result of results) {
		console.log(
			`opening the store, ${size(result)}       ${ms(result.openMs)}  (once per quiz, not per answer)`,
		);
	}
}
