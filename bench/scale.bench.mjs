// Bank scale: `validate` and the first question frame on banks of 1,000 and 10,000 questions,
// with an empty bank cache (cold) and with the bank cached, each against parsing that YAML alone
// with the `yaml` package in a fresh node (the baseline), measured in the same run, interleaved.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { largeBank } from './large-bank.mjs';
import { median, ms, timeCommand } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const runs = Number(process.env.BENCH_SCALE_RUNS ?? 5);
const benchDir = mkdtempSync(path.join(tmpdir(), 'quizline-bench-scale-'));
// Banks this large are over the default 8 MB input limit.
const env = { ...process.env, QUIZLINE_STORE_DIR: benchDir, QUIZLINE_MAX_INPUT_MB: '64' };
const coldEnv = () => ({ ...env, QUIZLINE_CACHE_DIR: mkdtempSync(path.join(benchDir, 'cache-')) });

/** Milliseconds from spawn to the first question frame of `bank`. */
function firstFrame(bank, childEnv) {
	return new Promise((resolve, reject) => {
		const start = process.hrtime.bigint();
		const args = [cli, bank, '--mode', 'practice', '--seed', 'bench', '--count', '1'];
		const child = pty.spawn(process.execPath, args, {
			cols: 100,
			rows: 30,
			cwd: root,
			env: { ...childEnv, CI: 'false', QUIZLINE_STORE_DIR: mkdtempSync(path.join(benchDir, 's-')) },
		});
		let screen = '';
		const timer = setTimeout(() => {
			child.kill();
			reject(new Error('no frame within 60 s'));
		}, 60_000);
		child.onData((data) => {
			screen += data;
			if (screen.includes('Q 1/1')) {
				clearTimeout(timer);
				child.kill();
				resolve(Number(process.hrtime.bigint() - start) / 1e6);
			}
		});
	});
}

function figures(bank) {
	const yaml = path.join(root, 'node_modules', 'yaml', 'dist', 'index.js');
	const parseOnly = `require(${JSON.stringify(yaml)}).parse(require('node:fs').readFileSync(${JSON.stringify(bank)}, 'utf8'))`;
	const warm = { ...env, QUIZLINE_CACHE_DIR: path.join(benchDir, 'warm') };
	return [
		{
			label: 'parse the YAML alone (yaml)',
			run: () => timeCommand(process.execPath, ['-e', parseOnly]),
		},
		{
			label: 'validate, empty cache',
			run: () => timeCommand(process.execPath, [cli, 'validate', bank], { env: coldEnv() }),
		},
		{
			label: 'validate, bank cached',
			run: () => timeCommand(process.execPath, [cli, 'validate', bank], { env: warm }),
		},
		{ label: 'first question, empty cache', run: () => firstFrame(bank, coldEnv()) },
		{ label: 'first question, bank cached', run: () => firstFrame(bank, warm) },
	];
}

export default async function scale() {
	console.log(`runs per figure: ${runs} (median, interleaved)`);
	const results = [];
	for (const count of [1000, 10_000]) {
		const list = figures(largeBank(count));
		for (const figure of list) await figure.run(); // warm-up (and fills the warm cache)
		const times = list.map(() => []);
		for (let run = 0; run < runs; run++) {
			for (const [index, figure] of list.entries()) times[index].push(await figure.run());
		}
		const medians = times.map(median);
		results.push(medians);
		console.log(`\n${count} questions`);
		for (const [index, figure] of list.entries()) {
			const ratio =
				index === 0 ? '(baseline)' : `ratio ${(medians[index] / medians[0]).toFixed(2)}`;
			const target = index === 1 || index === 3 ? ' (target <= 1.0)' : '';
			console.log(
				`${figure.label.padEnd(32)} ${ms(medians[index]).padStart(10)}  ${ratio}${target}`,
			);
		}
	}
	const [small, large] = results;
	console.log('\n10,000 / 1,000 questions (linear: about 10)');
	for (const [index, label] of [
		'parse alone',
		'validate, empty cache',
		'validate, cached',
		'first question, empty cache',
		'first question, cached',
	].entries()) {
		console.log(`${label.padEnd(32)} ${(large[index] / small[index]).toFixed(1)}`);
	}
}
