// `quizline generate`: the bundled article, then ~100 KB and ~1 MB of prose dealt from the bundled
// article and the test articles — as written, and with figures changed on each pass so that no
// sentence repeats. Prints times and the 1 MB / 100 KB ratios (linear growth ≈ 10).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources, median, ms, timeCommand } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const [{ generateBank }, { readVocabularyData }, { lexiconFrom }] = await loadSources([
	'src/generate/generate-bank.ts',
	'src/files/vocabulary-file.ts',
	'src/generate/facts/lexicon.ts',
]);
// The word senses vocabulary questions come from, loaded (and timed) once, as `generate` does.
const lexiconStart = process.hrtime.bigint();
const vocabularyData = readVocabularyData();
if (vocabularyData instanceof Error) throw vocabularyData;
const lexicon = lexiconFrom(vocabularyData);
const lexiconTime = Number(process.hrtime.bigint() - lexiconStart) / 1e6;
const sources = [
	'questions/putin-xi-sco-2022.txt',
	'test/fixtures/articles/harbour-barrier-news.txt',
	'test/fixtures/articles/vessel-lake-observatory.txt',
	'test/fixtures/articles/lighthouse-story.txt',
].map((file) => readFileSync(path.join(root, file), 'utf8'));
const runs = Number(process.env.BENCH_RUNS ?? 3);

/**
 * Paragraphs of every source, dealt in turn, until the text reaches `bytes`. With `isVaried`,
 * each pass through a source adds the pass number to its figures, so no sentence repeats.
 */
export function prose(bytes, isVaried = false) {
	const paragraphs = sources.map((text) => text.split('\n').filter((line) => line.trim() !== ''));
	const out = [];
	let size = 0;
	for (let round = 0; size < bytes; round++) {
		for (const list of paragraphs) {
			const pass = Math.floor(round / list.length);
			const original = list[round % list.length];
			const paragraph = isVaried
				? original.replace(/\d+/g, (digits) => String(Number(digits) + pass))
				: original;
			out.push(paragraph);
			size += Buffer.byteLength(paragraph) + 1;
		}
	}
	return `${out.join('\n')}\n`;
}

/** Median time to generate from `text`; an article that yields nothing throws unless allowed. */
export function timeGenerate(text, { mayYieldNothing = false } = {}) {
	const times = [];
	let questions = 0;
	for (let i = 0; i < runs; i++) {
		const start = process.hrtime.bigint();
		const result = generateBank({
			articleText: text,
			articleFile: 'a.txt',
			bankFile: 'a.yaml',
			seed: 'bench',
			lexicon,
		});
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
		if (!result.ok && !mayYieldNothing) throw new Error(result.issues[0]?.message);
		questions = result.ok
			? Object.values(result.report.byType).reduce((sum, count) => sum + count, 0)
			: 0;
	}
	return { time: median(times), questions };
}

export default async function generate() {
	timeGenerate(sources[1]); // warm-up: the NLP lexicon loads once per process
	const cases = {
		'bundled article': sources[0],
		'~100 KB': prose(100_000),
		'~1 MB': prose(1_000_000),
		'~100 KB varied': prose(100_000, true),
		'~1 MB varied': prose(1_000_000, true),
	};
	console.log(`runs per figure: ${runs} (median, in process, after a warm-up)`);
	console.log(`vocabulary data loaded in ${ms(lexiconTime)} (once per run)`);
	const times = {};
	for (const [name, text] of Object.entries(cases)) {
		const { time, questions } = timeGenerate(text);
		times[name] = time;
		const bytes = String(Buffer.byteLength(text)).padStart(8);
		console.log(`${name.padEnd(16)} ${bytes} B  ${ms(time).padStart(10)}  ${questions} questions`);
	}
	const ratio = (big, small) => (times[big] / times[small]).toFixed(2);
	console.log(
		`1 MB / 100 KB         ratio ${ratio('~1 MB', '~100 KB')} (linear ≈ 10; target 1 MB < 10 s)`,
	);
	console.log(`1 MB / 100 KB varied  ratio ${ratio('~1 MB varied', '~100 KB varied')}`);
	const dir = mkdtempSync(path.join(tmpdir(), 'quizline-bench-'));
	try {
		writeFileSync(path.join(dir, 'big.txt'), cases['~1 MB varied']);
		const args = [cli, 'generate', 'big.txt', '-o', 'big.yaml'];
		console.log(
			`quizline generate, ~1 MB varied, whole command: ${ms(timeCommand(process.execPath, args, { cwd: dir }))}`,
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
