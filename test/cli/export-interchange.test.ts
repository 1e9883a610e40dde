// `quizline export` on a hostile bank: what each format says it left out, and the byte order mark
// a spreadsheet-bound CSV file starts with (on by default for a file, off on standard output).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from './helpers/run-cli.js';

const hostile = path.join(root, 'test/fixtures/export-hostile/hostile-bank.yaml');
const bom = '\uFEFF';

describe('quizline export --format csv and the byte order mark', () => {
	it('starts a CSV file with a BOM, and CSV on standard output without one', () => {
		const out = path.join(tempDir(), 'bank.csv');
		const toFile = runCli(['export', hostile, '-o', out]);
		expect(toFile.code).toBe(0);
		expect(toFile.stderr).toBe(`${out}: 19 questions as csv\n`);
		const written = readFileSync(out, 'utf8');
		expect(written.startsWith(`${bom}id,type,prompt`)).toBe(true);
		const rows: string[][] = parseCsvSync(written, { bom: true });
		expect(rows.find((row) => row[0] === 'non-ascii-names')?.[2]).toBe(
			'Who met Zoë Ångström in São Paulo?',
		);
		const toStdout = runCli(['export', hostile, '--format', 'csv']);
		expect(toStdout.stdout.startsWith('id,type,prompt')).toBe(true);
	});

	it('follows --bom and --no-bom either way, and refuses them for another format (exit 2)', () => {
		expect(runCli(['export', hostile, '--format', 'csv', '--bom']).stdout.startsWith(bom)).toBe(
			true,
		);
		const out = path.join(tempDir(), 'plain.csv');
		expect(runCli(['export', hostile, '-o', out, '--no-bom']).code).toBe(0);
		expect(readFileSync(out, 'utf8').startsWith('id,')).toBe(true);
		const refused = runCli(['export', hostile, '--format', 'gift', '--bom']);
		expect(refused).toMatchObject({
			code: 2,
			stdout: '',
			stderr: '--bom and --no-bom are for --format csv, not gift\n',
		});
	});
});

describe('quizline export --format gift of a hostile bank', () => {
	it('names each question it left out with the reason, and counts what it wrote', () => {
		const out = path.join(tempDir(), 'bank.gift');
		const result = runCli(['export', hostile, '-o', out]);
		expect(result.code).toBe(0);
		expect(result.stderr.split('\n')).toEqual([
			'left out 1 question: an accepted answer holds "->", which Moodle reads as a matching question when there are several (arrow-several-forms)',
			'left out 1 question: a text is blank once Moodle trims it, and Moodle refuses the question (blank-choice)',
			'left out 1 order question: GIFT has no ordering type (order-events)',
			'1 two-part question: part B follows as a question of its own (ID-part-b), graded apart, since GIFT has no two-part questions',
			`${out}: 16 questions as gift`,
			'',
		]);
		expect(readFileSync(out, 'utf8').startsWith('// quizline bank hostile-bank:')).toBe(true);
	});
});
