// Start-up: `quizline check`, the first question frame and the start screen, each against
// `node -e ''`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { median, medianTime, ms } from './measure.mjs';

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
	const baseline = medianTime(process.execPath, ['-e', ''], runs);
	const check = medianTime(process.execPath, [cli, 'check', 'trade-last-year', '140bn'], runs, {
		env,
	});
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
	console.log(`first question frame  ${ms(frame)}  ratio ${(frame / baseline).toFixed(2)}`);
	console.log(`start screen frame    ${ms(menu)}  ratio ${(menu / baseline).toFixed(2)}`);
}
