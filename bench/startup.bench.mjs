// Start-up: `quizline check` and the first question frame, each against `node -e ''`.
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

/** Milliseconds from spawn until the quiz's first question is on the screen. */
function firstFrame() {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const child = pty.spawn(process.execPath, [cli, '--seed', 'bench', '--count', '1'], {
			cols: 100,
			rows: 30,
			cwd: root,
			env: { ...env, CI: 'false' },
		});
		let screen = '';
		const timer = setTimeout(() => reject(new Error('no frame within 10 s')), 10_000);
		child.onData((data) => {
			screen += data;
			if (screen.includes('Q 1/1') && /pick|answer/.test(screen)) {
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
	const frames = [];
	await firstFrame();
	for (let i = 0; i < runs; i++) frames.push(await firstFrame());
	const frame = median(frames);
	console.log(`runs per figure: ${runs} (median)`);
	console.log(`node -e ''            ${ms(baseline)}  (baseline)`);
	console.log(
		`quizline check        ${ms(check)}  ratio ${(check / baseline).toFixed(2)} (target <= 1.5)`,
	);
	console.log(`first question frame  ${ms(frame)}  ratio ${(frame / baseline).toFixed(2)}`);
}
