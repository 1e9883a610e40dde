// Start-up: `quizline check` (bank cached, as after any first run, and cold), `list`, `grade` of
// one sheet, the first question frame and the start screen, each against `node -e ''` measured
// in the same run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { interleavedMedians, median, ms } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const env = {
	...process.env,
	QUIZLINE_STORE_DIR: mkdtempSync(path.join(tmpdir(), 'quizline-bench-')),
};
const runs = Number(process.env.BENCH_RUNS ?? 15);

const firstQuestion = {
	args: ['--mode', 'practice', '--seed', 'bench', '--count', '1'],
	isShown: (screen) => screen.includes('Q 1/1') && /pick|answer/.test(screen),
};
const startScreen = { args: [], isShown: (screen) => screen.includes('q quit') };

/** Milliseconds from spawn until `target` is on the screen. */
function firstFrame(target) {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, [cli, ...target.args], {
			cols: 100,
			rows: 30,
			cwd: root,
			env: { ...env, CI: 'false' },
		});
		let screen = '';
		const timer = setTimeout(() => reject(new Error('no frame within 10 s')), 10_000);
		child.onData((data) => {
			screen += data;
			if (target.isShown(screen)) {
				const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
				clearTimeout(timer);
				child.kill();
				resolve(elapsed);
			}
		});
	});
}

export default async function startup() {
	const node = process.execPath;
	const sheet = path.join(root, 'test', 'fixtures', 'sheets', 'good.answers.yaml');
	const freshCache = () => ({
		...env,
		QUIZLINE_CACHE_DIR: mkdtempSync(path.join(env.QUIZLINE_STORE_DIR, 'cache-')),
	});
	const [baseline, check, cold, list, grade] = interleavedMedians(
		[
			{ command: node, args: ['-e', ''], env },
			{ command: node, args: [cli, 'check', 'trade-last-year', '140bn'], env },
			// A new, empty bank cache every run: YAML and zod load, the bank is validated.
			{ command: node, args: [cli, 'check', 'trade-last-year', '140bn'], env: freshCache },
			{ command: node, args: [cli, 'list'], env },
			{ command: node, args: [cli, 'grade', sheet], env },
		],
		runs,
	);
	const frameOf = async (target) => {
		const frames = [];
		await firstFrame(target);
		for (let i = 0; i < runs; i++) frames.push(await firstFrame(target));
		return median(frames);
	};
	const frame = await frameOf(firstQuestion);
	const menu = await frameOf(startScreen);
	console.log(`runs per figure: ${runs} (median)`);
	console.log(`node -e ''            ${ms(baseline)}  (baseline)`);
	console.log(
		`quizline check        ${ms(check)}  ratio ${(check / baseline).toFixed(2)} (target <= 1.5)`,
	);
	console.log(`check, empty cache    ${ms(cold)}  ratio ${(cold / baseline).toFixed(2)}`);
	console.log(`quizline list         ${ms(list)}  ratio ${(list / baseline).toFixed(2)}`);
	console.log(`grade one sheet       ${ms(grade)}  ratio ${(grade / baseline).toFixed(2)}`);
	console.log(`first question frame  ${ms(frame)}  ratio ${(frame / baseline).toFixed(2)}`);
	console.log(`start screen frame    ${ms(menu)}  ratio ${(menu / baseline).toFixed(2)}`);
}
