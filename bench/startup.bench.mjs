// Start-up: `quizline check` (bank cached, as after any first run, and cold), `validate`, `list`,
// `grade` of one sheet, each against `node -e ''`; then the first question frame and the start
// screen, with no history and with a learner's history (127 questions × 50 answers, and ten
// times that), each against an Ink hello world bundled as dist/ is. All in the same run,
// interleaved run after run.
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { historyStore } from './history-store.mjs';
import { buildInkHello, helloText } from './ink-hello.mjs';
import { interleavedMedians, loadSources, median, ms } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const benchDir = mkdtempSync(path.join(tmpdir(), 'quizline-bench-'));
const env = { ...process.env, QUIZLINE_STORE_DIR: benchDir };
const runs = Number(process.env.BENCH_RUNS ?? 15);

const questionFrame = {
	args: ['--mode', 'practice', '--seed', 'bench', '--count', '1'],
	isShown: (screen) => screen.includes('Q 1/1') && /pick|answer/.test(screen),
};
const startScreen = { args: [], isShown: (screen) => screen.includes('q quit') };

/** Milliseconds from spawn until `isShown(screen)` holds for what the program drew. */
function firstFrame(args, isShown, childEnv) {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, args, {
			cols: 100,
			rows: 30,
			cwd: root,
			env: { ...childEnv, CI: 'false' },
		});
		let screen = '';
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error(`no frame within 20 s: ${args.join(' ')}`));
		}, 20_000);
		child.onData((data) => {
			screen += data;
			if (isShown(screen)) {
				const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
				clearTimeout(timer);
				child.kill();
				resolve(elapsed);
			}
		});
	});
}

/** A frame of quizline with the store `template` (a folder, copied afresh for every run). */
function quizlineFrame(target, template) {
	const cache = path.join(benchDir, 'cache');
	return () => {
		const dir = mkdtempSync(path.join(benchDir, 'store-'));
		if (template) copyFileSync(path.join(template, 'scores.json'), path.join(dir, 'scores.json'));
		const childEnv = { ...env, QUIZLINE_STORE_DIR: dir, QUIZLINE_CACHE_DIR: cache };
		return firstFrame([cli, ...target.args], target.isShown, childEnv);
	};
}

/** Median of each frame over `runs` runs, measured in turn run after run, after a warm-up. */
async function interleavedFrames(frames) {
	for (const frame of frames) await frame.measure();
	const times = frames.map(() => []);
	for (let run = 0; run < runs; run++) {
		for (const [index, frame] of frames.entries()) times[index].push(await frame.measure());
	}
	return times.map(median);
}

async function commands() {
	const node = process.execPath;
	const sheet = path.join(root, 'test', 'fixtures', 'sheets', 'good.answers.yaml');
	const freshCache = () => ({
		...env,
		QUIZLINE_CACHE_DIR: mkdtempSync(path.join(benchDir, 'cache-')),
	});
	const [baseline, check, cold, validate, validateCold, list, grade] = interleavedMedians(
		[
			{ command: node, args: ['-e', ''], env },
			{ command: node, args: [cli, 'check', 'trade-last-year', '140bn'], env },
			// A new, empty bank cache every run: YAML and zod load, the bank is validated.
			{ command: node, args: [cli, 'check', 'trade-last-year', '140bn'], env: freshCache },
			{ command: node, args: [cli, 'validate'], env },
			{ command: node, args: [cli, 'validate'], env: freshCache },
			{ command: node, args: [cli, 'list'], env },
			{ command: node, args: [cli, 'grade', sheet], env },
		],
		runs,
	);
	const ratio = (value) => `ratio ${(value / baseline).toFixed(2)}`;
	console.log(`node -e ''              ${ms(baseline)}  (baseline)`);
	console.log(`check, bank cached      ${ms(check)}  ${ratio(check)} (target <= 1.5)`);
	console.log(`check, empty cache      ${ms(cold)}  ${ratio(cold)} (target <= 2.0)`);
	console.log(`validate, bank cached   ${ms(validate)}  ${ratio(validate)} (target <= 2.5)`);
	console.log(
		`validate, empty cache   ${ms(validateCold)}  ${ratio(validateCold)} (target <= 2.5)`,
	);
	console.log(`quizline list           ${ms(list)}  ${ratio(list)}`);
	console.log(`grade one sheet         ${ms(grade)}  ${ratio(grade)}`);
}

async function frames() {
	const [{ loadBank }] = await loadSources(['src/files/load-bank.ts']);
	const loaded = loadBank();
	if (!loaded.ok) throw new Error('the bundled bank does not load');
	const ids = loaded.bank.questions.map((question) => question.id);
	const stores = [
		{ name: '127 × 50 answers', dir: historyStore(ids, 127) },
		{ name: '1270 × 50 answers', dir: historyStore(ids, 1270) },
	];
	mkdirSync(path.join(benchDir, 'cache'), { recursive: true });
	const hello = await buildInkHello();
	const list = [
		{
			label: 'Ink hello world',
			measure: () => firstFrame([hello], (screen) => screen.includes(helloText), env),
		},
		{ label: 'first question, no history', measure: quizlineFrame(questionFrame) },
		{ label: 'start screen, no history', measure: quizlineFrame(startScreen) },
		...stores.flatMap((store) => [
			{ label: `start screen, ${store.name}`, measure: quizlineFrame(startScreen, store.dir) },
			{ label: `first question, ${store.name}`, measure: quizlineFrame(questionFrame, store.dir) },
		]),
	];
	const times = await interleavedFrames(list);
	const [baseline] = times;
	const targets = [undefined, 1.0, 1.0, 1.2, 1.2, 1.2, 1.2];
	for (const [index, frame] of list.entries()) {
		const value = times[index];
		const extra =
			index === 0
				? '(baseline)'
				: `ratio ${(value / baseline).toFixed(2)} (target <= ${targets[index]?.toFixed(1)})`;
		console.log(`${frame.label.padEnd(36)} ${ms(value)}  ${extra}`);
	}
}

export default async function startup() {
	console.log(`runs per figure: ${runs} (median, interleaved)`);
	await commands();
	await frames();
}
