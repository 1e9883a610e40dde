// `quizline generate`: the bundled article, then ~100 KB and ~1 MB of prose dealt from the bundled
// article and the test articles — as written, and with figures changed on each pass so that no
// sentence repeats. Prints times and the 1 MB / 100 KB ratios (linear growth ≈ 10), then the whole
// command on ~1 MB dealt and varied against the floor, timed in the same run as whole processes:
// reading the text, segmenting it, and loading compromise to tag one sentence.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleavedMedians, loadSources, median, ms } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const [{ readVocabularyData }, { lexiconFrom }] = await loadSources([
	'src/files/vocabulary-file.ts',
	'src/generate/facts/lexicon.ts',
]);
// The word senses vocabulary questions come from, loaded (and timed) once, as `generate` does.
const lexiconStart = process.hrtime.bigint();
const vocabularyData = readVocabularyData();
if (vocabularyData instanceof Error) throw vocabularyData;
const lexicon = lexiconFrom(vocabularyData);
const lexiconTime = Number(process.hrtime.bigint() - lexiconStart) / 1e6;
const sourceFiles = [
	'questions/putin-xi-sco-2022.txt',
	'test/fixtures/articles/harbour-barrier-news.txt',
	'test/fixtures/articles/vessel-lake-observatory.txt',
	'test/fixtures/articles/lighthouse-story.txt',
];
const sources = sourceFiles.map((file) => readFileSync(path.join(root, file), 'utf8'));
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

/**
 * Median time to generate from `text`; an article that yields nothing throws unless allowed.
 * Each run calls a fresh instance of the project's modules, so that nothing one run remembers
 * (negations, readings of sentences) speeds up the next, as in a `generate` process; the NLP
 * lexicon of compromise stays loaded.
 */
export async function timeGenerate(text, { mayYieldNothing = false } = {}) {
	const times = [];
	let questions = 0;
	for (let i = 0; i < runs; i++) {
		const [{ generateBank }] = await loadSources(['src/generate/generate-bank.ts']);
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
	await timeGenerate(sources[1]); // warm-up: the NLP lexicon loads once per process
	const cases = {
		'bundled article': sources[0],
		'~100 KB': prose(100_000),
		'~1 MB': prose(1_000_000),
		'~100 KB varied': prose(100_000, true),
		'~1 MB varied': prose(1_000_000, true),
	};
	console.log(
		`runs per figure: ${runs} (median, in process, after a warm-up, each run on fresh project modules)`,
	);
	console.log(`vocabulary data loaded in ${ms(lexiconTime)} (once per run)`);
	const times = {};
	for (const [name, text] of Object.entries(cases)) {
		const { time, questions } = await timeGenerate(text);
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
		const floor = await floorScript(dir);
		const texts = { dealt: cases['~1 MB'], varied: cases['~1 MB varied'] };
		const commands = Object.entries(texts).flatMap(([name, text]) => {
			const file = path.join(dir, `${name}.txt`);
			writeFileSync(file, text);
			const bank = path.join(dir, `${name}.yaml`);
			return [
				// Each run writes a new bank, as the first `generate` of an article does.
				{
					command: process.execPath,
					args: [cli, 'generate', file, '-o', bank],
					before: () => rmSync(bank, { force: true }),
				},
				{ command: process.execPath, args: [floor, file] },
			];
		});
		const [dealt, dealtFloor, varied, variedFloor] = interleavedMedians(commands, runs);
		console.log(`quizline generate, ~1 MB varied, whole command: ${ms(varied)}`);
		console.log(
			`floor (whole process: read the text, segment it, load compromise and tag one sentence), median of ${runs} after a warm-up, interleaved with generate:`,
		);
		const line = (name, time, base) =>
			`~1 MB ${name.padEnd(7)} generate ${ms(time).padStart(10)}  floor ${ms(base).padStart(9)}  generate / floor ${(time / base).toFixed(2)} (target ≤ 6)`;
		console.log(line('dealt', dealt, dealtFloor));
		console.log(line('varied', varied, variedFloor));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * The least `generate` must do, as a script of its own in `dir`: read the article, cut it into
 * sentences with the generator's segmenter, and load compromise to tag one sentence. Bundled
 * as the CLI is, compromise included.
 */
async function floorScript(dir) {
	const { build } = await import('esbuild');
	const entry = path.join(dir, 'floor.ts');
	writeFileSync(
		entry,
		[
			"import { readFileSync } from 'node:fs';",
			"import nlp from 'compromise';",
			`import { segmentArticle } from ${JSON.stringify(path.join(root, 'src/generate/read/segment.ts'))};`,
			'const text = readFileSync(process.argv[2], "utf8");',
			'const { sentences } = segmentArticle(text);',
			"const tagged = nlp(sentences[0]?.text ?? '').json();",
			'if (sentences.length === 0 || tagged.length === 0) process.exit(1);',
		].join('\n'),
	);
	const outfile = path.join(dir, 'floor.mjs');
	await build({
		entryPoints: [entry],
		bundle: true,
		format: 'esm',
		platform: 'node',
		outfile,
		logLevel: 'warning',
		nodePaths: [path.join(root, 'node_modules')],
		minifyWhitespace: true,
		minifySyntax: true,
	});
	const check = spawnSync(process.execPath, [outfile, path.join(root, sourceFiles[0])]);
	if (check.status !== 0) throw new Error(`floor script failed: ${check.stderr}`);
	return outfile;
}
