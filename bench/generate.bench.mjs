// `quizline generate`: the bundled article, then ~100 KB and ~1 MB of varied prose made from the
// bundled article and the test articles. Prints times and the 1 MB / 100 KB ratio (linear ≈ 10).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, ms, timeCommand } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const { generateBank } = await import(path.join(root, 'dist', 'generate', 'generate-bank.js'));
const sources = [
	'questions/putin-xi-sco-2022.txt',
	'test/fixtures/articles/harbour-barrier-news.txt',
	'test/fixtures/articles/vessel-lake-observatory.txt',
	'test/fixtures/articles/lighthouse-story.txt',
].map((file) => readFileSync(path.join(root, file), 'utf8'));
const runs = Number(process.env.BENCH_RUNS ?? 3);

/** Paragraphs of every source, dealt in turn, until the text reaches `bytes`. */
function prose(bytes) {
	const paragraphs = sources.map((text) => text.split('\n').filter((line) => line.trim() !== ''));
	const out = [];
	let size = 0;
	for (let round = 0; size < bytes; round++) {
		for (const list of paragraphs) {
			const paragraph = list[round % list.length];
			out.push(paragraph);
			size += Buffer.byteLength(paragraph) + 1;
		}
	}
	return `${out.join('\n')}\n`;
}

function timeGenerate(text) {
	const times = [];
	let questions = 0;
	for (let i = 0; i < runs; i++) {
		const start = process.hrtime.bigint();
		const result = generateBank({
			articleText: text,
			articleFile: 'a.txt',
			bankFile: 'a.yaml',
			seed: 'bench',
		});
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
		if (!result.ok) throw new Error(result.issues[0]?.message);
		questions = Object.values(result.report.byType).reduce((sum, count) => sum + count, 0);
	}
	return { time: median(times), questions };
}

export default async function generate() {
	timeGenerate(sources[1]); // warm-up: the NLP lexicon loads once per process
	const cases = [
		['bundled article', sources[0]],
		['~100 KB', prose(100_000)],
		['~1 MB', prose(1_000_000)],
	];
	const results = cases.map(([name, text]) => ({
		name,
		bytes: Buffer.byteLength(text),
		...timeGenerate(text),
	}));
	console.log(`runs per figure: ${runs} (median, in process, after a warm-up)`);
	for (const { name, bytes, time, questions } of results) {
		console.log(
			`${name.padEnd(16)} ${String(bytes).padStart(8)} B  ${ms(time).padStart(10)}  ${questions} questions`,
		);
	}
	const [, hundred, million] = results;
	console.log(
		`1 MB / 100 KB       ratio ${(million.time / hundred.time).toFixed(2)} (linear ≈ 10; target 1 MB < 10 s)`,
	);
	const dir = mkdtempSync(path.join(tmpdir(), 'quizline-bench-'));
	try {
		writeFileSync(path.join(dir, 'big.txt'), cases[2][1]);
		const cliTime = timeCommand(process.execPath, [cli, 'generate', 'big.txt', '-o', 'big.yaml'], {
			cwd: dir,
		});
		console.log(`quizline generate ~1 MB, whole command: ${ms(cliTime)}`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
