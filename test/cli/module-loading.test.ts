// Which code each plain command loads: never ink, react or the score store (conf); a valid bank
// is read without the yaml package or zod, cold or cached; and with the bank in the cache,
// `check`, `list`, `show`, `export`, `grade` (of a sheet of the usual shape) and `validate`
// load neither YAML nor zod.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMeta, moduleLogger, sourcesOf } from './helpers/loaded-sources.js';
import { type CliOptions, root, runCli, tempDir } from './helpers/run-cli.js';

const uiOrStore =
	/node_modules\/(ink|react|react-reconciler|scheduler|@inkjs\/ui|yoga-layout|conf|ajv)\//;
const bankParsers = /node_modules\/(yaml|zod)\//;
const vocabularyData = /src\/files\/vocabulary-file\.ts|src\/generate\/facts\/lexicon\.ts/;
/** The sources a run of the CLI loaded. */
function loadedSources(args: readonly string[], cacheDir: string, input?: string): string[] {
	const log = path.join(tempDir('quizline-modules-'), 'modules.log');
	const options: CliOptions = {
		nodeArgs: moduleLogger,
		env: { QUIZLINE_MODULE_LOG: log, QUIZLINE_CACHE_DIR: cacheDir },
		...(input === undefined ? {} : { input }),
	};
	const result = runCli(args, options);
	// GIFT says on stderr what it leaves out; nothing else may be written there.
	const notes = args.includes('gift')
		? /^(left out \d+ order questions?|\d+ two-part questions?): .*$/
		: /^$/;
	for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(notes);
	return sourcesOf(log);
}

const sheet = 'answers:\n  trade-last-year: 140bn\n';
const commands: [string[], string?][] = [
	[['check', 'trade-last-year', '140bn']],
	[['check', 'trade-last-year', '140bn', '--json']],
	[['list']],
	[['list', '--json']],
	[['show', 'vocab-protracted', '--reveal']],
	[['export', '--format', 'gift']],
	[['export', '--format', 'tsv']],
	[['grade', '-'], sheet],
	[['grade', '-', '--json'], sheet],
	[['validate']],
];

describe('modules loaded by the plain commands', () => {
	it.each(commands)('%j: no ink, react or conf, cold or cached', (args, input) => {
		const cacheDir = tempDir('quizline-cache-');
		const cold = loadedSources(args, cacheDir, input);
		const warm = loadedSources(args, cacheDir, input);
		expect(cold).toContain('src/cli.ts');
		expect(cold.filter((source) => uiOrStore.test(source))).toEqual([]);
		expect(warm.filter((source) => uiOrStore.test(source))).toEqual([]);
		// The word data vocabulary questions come from is `generate`'s alone.
		expect(cold.filter((source) => vocabularyData.test(source))).toEqual([]);
		// A first run reads the valid bank with the line reader and checks it against its JSON
		// Schema: neither the yaml package nor zod; later runs of these use the cache.
		expect(cold).toContain('src/core/yaml/line-yaml.ts');
		expect(cold.filter((source) => bankParsers.test(source))).toEqual([]);
		if (['check', 'list', 'show', 'export', 'grade', 'validate'].includes(args[0] ?? '')) {
			expect(warm.filter((source) => bankParsers.test(source))).toEqual([]);
		}
	});

	it('a bank with a problem is read again by the yaml package, and checked by zod, for its messages', () => {
		const dir = tempDir('quizline-invalid-');
		copyFileSync(
			path.join(root, 'questions/putin-xi-sco-2022.txt'),
			path.join(dir, 'putin-xi-sco-2022.txt'),
		);
		const bank = readFileSync(path.join(root, 'questions/putin-xi-sco-2022.yaml'), 'utf8');
		writeFileSync(path.join(dir, 'bank.yaml'), bank.replace('type: choice', 'type: choise'));
		const log = path.join(tempDir('quizline-modules-'), 'modules.log');
		const result = runCli(['validate', path.join(dir, 'bank.yaml')], {
			nodeArgs: moduleLogger,
			env: { QUIZLINE_MODULE_LOG: log, QUIZLINE_CACHE_DIR: tempDir('quizline-cache-') },
		});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/bank\.yaml:9:11: question "putin-praises-balanced-position": /);
		const sources = sourcesOf(log);
		expect(sources.some((source) => source.includes('node_modules/yaml/'))).toBe(true);
		expect(sources.some((source) => source.includes('node_modules/zod/'))).toBe(true);
	});

	it('generate is the one that loads the word data', () => {
		const log = path.join(tempDir('quizline-modules-'), 'modules.log');
		const out = path.join(tempDir('quizline-generate-'), 'bank.yaml');
		const article = path.join(root, 'questions/putin-xi-sco-2022.txt');
		const result = runCli(['generate', article, '-o', out], {
			nodeArgs: moduleLogger,
			env: { QUIZLINE_MODULE_LOG: log, QUIZLINE_CACHE_DIR: tempDir('quizline-cache-') },
		});
		expect(result.code).toBe(0);
		expect(new Set(sourcesOf(log).filter((source) => vocabularyData.test(source))).size).toBe(2);
	});

	it('lint loads no ink, react or conf, and the word data only to find generated vocabulary questions again', () => {
		const dir = tempDir('quizline-lint-');
		copyFileSync(
			path.join(root, 'questions/putin-xi-sco-2022.txt'),
			path.join(dir, 'putin-xi-sco-2022.txt'),
		);
		// The bundled bank is reviewed whole (all curated); as the generator writes it, its
		// vocabulary questions are generated ones.
		const bank = readFileSync(path.join(root, 'questions/putin-xi-sco-2022.yaml'), 'utf8');
		const written = bank.replaceAll(
			'skill: vocabulary\n    origin: curated',
			'skill: vocabulary\n    origin: generated',
		);
		expect(written).not.toBe(bank);
		writeFileSync(path.join(dir, 'bank.yaml'), written);
		const generated = loadedSources(
			['lint', path.join(dir, 'bank.yaml')],
			tempDir('quizline-cache-'),
		);
		const bundled = loadedSources(['lint'], tempDir('quizline-cache-'));
		for (const sources of [generated, bundled])
			expect(sources.filter((source) => uiOrStore.test(source))).toEqual([]);
		expect(bundled.filter((source) => vocabularyData.test(source))).toEqual([]);
		expect(new Set(generated.filter((source) => vocabularyData.test(source))).size).toBe(2);
	});

	it('check --record is the one that opens the store', () => {
		const cacheDir = tempDir('quizline-cache-');
		const store = tempDir('quizline-store-');
		const log = path.join(tempDir('quizline-modules-'), 'modules.log');
		runCli(['check', 'trade-last-year', '140bn', '--record'], {
			nodeArgs: moduleLogger,
			env: { QUIZLINE_MODULE_LOG: log, QUIZLINE_CACHE_DIR: cacheDir, QUIZLINE_STORE_DIR: store },
		});
		expect(sourcesOf(log).some((source) => /node_modules\/conf\//.test(source))).toBe(true);
	});

	it('the logger sees ink when the quiz UI is loaded', () => {
		const [uiFile] =
			Object.entries(buildMeta().outputs).find(([, output]) =>
				Object.keys(output.inputs).some((input) => input.includes('node_modules/ink/')),
			) ?? [];
		expect(uiFile).toMatch(/^dist\/lazy\//);
		const log = path.join(tempDir('quizline-modules-'), 'modules.log');
		const url = new URL(`file://${path.join(root, uiFile ?? '')}`).href;
		spawnSync(
			process.execPath,
			[...moduleLogger, '--input-type=module', '-e', `await import(${JSON.stringify(url)})`],
			{
				env: { ...process.env, QUIZLINE_MODULE_LOG: log },
			},
		);
		expect(sourcesOf(log).filter((source) => uiOrStore.test(source)).length).toBeGreaterThan(0);
	});
});
