// `quizline export` to Moodle XML, a QTI zip and a Kahoot xlsx, run as the built CLI: the bytes
// land in the file, a binary format never goes to standard output, --timer takes Kahoot's list,
// and only Kahoot's format loads the xlsx library.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/files/load-bank.js';
import { root, runCli, tempDir } from './helpers/run-cli.js';

const bundled = loadBank();
if (!bundled.ok) throw new Error('the bundled bank must load');
const questions = bundled.bank.questions.length;
const orders = bundled.bank.questions.filter((question) => question.type === 'order').length;

const logger = path.join(root, 'test/cli/helpers/log-modules.mjs');

type Meta = { outputs: Record<string, { inputs: Record<string, unknown> }> };

/** Runs the CLI in a fresh folder; also says which node_modules packages it loaded. */
function runExport(args: readonly string[], cacheDir = tempDir('quizline-cache-')) {
	const cwd = tempDir('quizline-export-');
	const log = path.join(cwd, 'modules.log');
	const result = runCli(['export', ...args], {
		cwd,
		nodeArgs: ['--import', logger],
		env: { QUIZLINE_MODULE_LOG: log, QUIZLINE_CACHE_DIR: cacheDir },
	});
	const { outputs } = JSON.parse(readFileSync(path.join(root, 'dist/meta.json'), 'utf8')) as Meta;
	const loaded = readFileSync(log, 'utf8')
		.split('\n')
		.filter((line) => line.startsWith('file://'))
		.flatMap((line) => {
			const file = path.relative(root, new URL(line).pathname).split(path.sep).join('/');
			return [file, ...Object.keys(outputs[file]?.inputs ?? {})];
		});
	const usesPackage = (name: string) =>
		loaded.some((file) => file.includes(`node_modules/${name}/`));
	return {
		...result,
		cwd,
		usesPackage,
		file: (name: string) => readFileSync(path.join(cwd, name)),
	};
}

describe('export to Moodle XML, QTI and Kahoot', () => {
	it('writes Moodle XML to a .xml file or to standard output, without the xlsx library', () => {
		const toFile = runExport(['-o', 'quiz.xml']);
		expect(toFile.code).toBe(0);
		expect(XMLValidator.validate(toFile.file('quiz.xml').toString('utf8'))).toBe(true);
		expect(toFile.stderr.trimEnd().split('\n').at(-1)).toBe(
			`quiz.xml: ${questions} questions as moodle-xml`,
		);
		expect(toFile.usesPackage('exceljs')).toBe(false);
		const toStdout = runExport(['--format', 'moodle-xml']);
		expect(toStdout.code).toBe(0);
		expect(toStdout.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
	});

	it.each([['quiz.xml'], ['quiz.zip'], ['quiz.xlsx']])(
		'-o %s: loads neither YAML nor zod for the valid bank, cold or in the cache',
		(file) => {
			const cacheDir = tempDir('quizline-cache-');
			const cold = runExport(['-o', file], cacheDir);
			expect(cold.code).toBe(0);
			expect(cold.usesPackage('zod') || cold.usesPackage('yaml')).toBe(false);
			const warm = runExport(['-o', file], cacheDir);
			expect(warm.code).toBe(0);
			expect(warm.usesPackage('zod') || warm.usesPackage('yaml')).toBe(false);
		},
	);

	it('writes the QTI package as zip bytes to a .zip file, saying by id what it left out', () => {
		const result = runExport(['-o', 'canvas.zip']);
		expect(result.code).toBe(0);
		const bytes = result.file('canvas.zip');
		expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
		const files = unzipSync(new Uint8Array(bytes));
		expect(strFromU8(files['imsmanifest.xml'] ?? new Uint8Array())).toContain('imsqti_xmlv1p2');
		expect(result.stderr).toContain(
			'left out 1 question: Canvas quizzes imported from QTI have no ordering question type (order-of-meetings)\n',
		);
		expect(orders).toBe(1);
		expect(result.stderr).toContain(`canvas.zip: ${questions - 1} questions as qti (1 left out)\n`);
		expect(result.usesPackage('exceljs')).toBe(false);
	});

	it.each([
		['qti', 'a zip file'],
		['kahoot', 'a spreadsheet'],
	])('refuses to write %s to standard output: exit 2, nothing written', (format, what) => {
		for (const args of [
			['--format', format],
			['--format', format, '-o', '-'],
		]) {
			const result = runExport(args);
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toContain(`${format} writes ${what}`);
			expect(result.stderr).toContain('name the file with -o');
		}
	});

	it("writes Kahoot's spreadsheet with the time limit asked for, loading the xlsx library", async () => {
		const result = runExport(['-o', 'kahoot.xlsx', '--timer', '30']);
		expect(result.code).toBe(0);
		expect(result.usesPackage('exceljs')).toBe(true);
		expect(result.stderr).toMatch(
			/^left out \d+ questions: Kahoot's spreadsheet has no numeric questions, only choice and true\/false \(.*trade-last-year.*\)$/m,
		);
		expect(result.stderr).toMatch(/\nkahoot\.xlsx: \d+ questions as kahoot \(\d+ left out\)\n$/);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(result.file('kahoot.xlsx') as unknown as ExcelJS.Buffer);
		const sheet = book.getWorksheet('Sheet1');
		expect(sheet?.getCell('B8').value).toBe('Question - max 120 characters');
		expect(sheet?.getCell('G9').value).toBe(30);
	});

	it('--bom with a format that is not CSV: exit 2', () => {
		const result = runExport(['-o', 'quiz.xml', '--bom']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe('--bom and --no-bom are for --format csv, not moodle-xml\n');
	});

	it.each([['7'], ['twenty'], ['']])('--timer %j: exit 2 with the list Kahoot takes', (timer) => {
		const result = runExport(['-o', 'k.xlsx', '--timer', timer]);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			`--timer ${timer}: Kahoot's time limits are 5, 10, 20, 30, 60, 90, 120, 240 (seconds)\n`,
		);
	});

	it.each([['gift'], ['qti'], ['moodle-xml']])('--timer with --format %s: exit 2', (format) => {
		const result = runExport(['--format', format, '-o', 'out', '--timer', '20']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(`--timer is for --format kahoot, not ${format}\n`);
	});
});
