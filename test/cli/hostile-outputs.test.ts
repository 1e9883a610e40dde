import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFromResults } from '../../src/class/report.js';
import type { ResultRow } from '../../src/class/rows.js';
import { runCli, tempDir } from './helpers/run-cli.js';

// Long answers are not echoed back (issue 10): grade, check and report show at most the first
// 200 characters of an answer, and report lists at most 50 problems of a results file.

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
const long = 'x'.repeat(7_000_000);
/** No run of the long answer past its first 200 characters. */
const notEchoed = (text: string) => {
	expect(text).not.toContain('x'.repeat(201));
	expect(text.length).toBeLessThan(10_000);
};

describe('grade', () => {
	it('a 7 MB answer is graded invalid and shown cut, in text, JSON and the results file', () => {
		const dir = tempDir();
		const sheet = path.join(dir, 'ana.answers.yaml');
		writeFileSync(sheet, `student: Ana\nanswers:\n  trade-last-year: ${long}\n`);
		const results = path.join(dir, 'class.csv');
		const text = runCli(['grade', sheet, '--report', results]);
		expect(text.code).toBe(1);
		expect(text.stdout).toContain(`✗ trade-last-year: ${'x'.repeat(200)}…\n`);
		expect(text.stdout).toContain(
			'an answer of 7,000,000 characters is not graded (at most 1,000)',
		);
		notEchoed(text.stdout);
		notEchoed(readFileSync(results, 'utf8'));
		const json = runCli(['grade', '--json', sheet]);
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout).sheets[0].results[0]).toMatchObject({
			given: `${'x'.repeat(200)}…`,
		});
		notEchoed(json.stdout);
		noStackTrace(text.stderr + json.stderr);
	});
});

describe('check', () => {
	it('an answer of 100,000 characters is refused, not graded, recorded or shown', () => {
		const answer = 'x'.repeat(100_000);
		for (const extra of [[], ['--json'], ['--record']]) {
			const result = runCli(['check', 'trade-last-year', answer, ...extra]);
			expect(result).toMatchObject({
				code: 2,
				stderr:
					'question "trade-last-year": an answer of 100,000 characters is not graded (at most 1,000)\n',
			});
			// --json says the same as a document, the answer shown by its start only.
			if (extra[0] === '--json') {
				expect(result.stdout.length).toBeLessThan(1000);
				expect(JSON.parse(result.stdout)).toMatchObject({
					error: { kind: 'too-long' },
					given: `${'x'.repeat(200)}…`,
				});
			} else expect(result.stdout).toBe('');
		}
	});

	it('an unknown id of 100,000 characters is named by its start only', () => {
		const result = runCli(['check', 'q'.repeat(100_000), '1']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/: no question with id "q{200}…" \(see: quizline list\)\n$/);
	});
});

describe('report', () => {
	const header = 'name,question_id,answer,result,seconds\n';

	it('two 3 MB wrong answers and a 1 MB name are shown cut', () => {
		const dir = tempDir();
		const file = path.join(dir, 'class.csv');
		const name = 'N'.repeat(1_000_000);
		const answer = 'x'.repeat(3_000_000);
		writeFileSync(
			file,
			`${header}Ana,q1,${answer},wrong,\nAna,q2,y,right,\n${name},q1,${answer},wrong,\n`,
		);
		const text = runCli(['report', file]);
		expect(text.code).toBe(0);
		expect(text.stdout).toContain(`${'x'.repeat(200)}… (2)`);
		expect(text.stdout).toContain(`  ${'N'.repeat(60)}…  0/1\n`);
		expect(text.stdout).toContain(`  Ana${' '.repeat(58)}  1/2\n`);
		notEchoed(text.stdout);
		const json = runCli(['report', '--json', file]);
		expect(json.code).toBe(0);
		expect(JSON.parse(json.stdout).questions[0].commonWrong).toEqual({
			answer: `${'x'.repeat(200)}…`,
			count: 2,
		});
		expect(json.stdout).not.toContain('x'.repeat(201));
	});

	it('150,000 bad rows: the first 50 problems, then how many more, exit 2', () => {
		const dir = tempDir();
		const file = path.join(dir, 'class.csv');
		const bad = `Ana,q1,a,${'maybe'.repeat(100_000)},\n`;
		writeFileSync(file, `${header}${bad}${'Ana,q,a,maybe,\n'.repeat(149_999)}`);
		const result = runCli(['report', file]);
		expect(result.code).toBe(2);
		const lines = result.stderr.trimEnd().split('\n');
		expect(lines).toHaveLength(51);
		expect(lines[0]).toMatch(
			/class\.csv:2:\d+: expected right, partial, wrong or unanswered, found "(maybe){40}…"$/,
		);
		expect(lines[50]).toMatch(/class\.csv: … and \d{3},\d{3} more problems in this file$/);
		notEchoed(result.stderr);
		noStackTrace(result.stderr);
	});

	it('200,000 rows of as many questions are grouped in one pass', () => {
		const rows: ResultRow[] = Array.from({ length: 200_000 }, (_, i) => ({
			name: `s${i % 30}`,
			questionId: `q${i}`,
			answer: 'a',
			result: i % 2 === 0 ? 'right' : 'wrong',
			seconds: null,
		}));
		const report = reportFromResults(rows);
		expect(report.questions).toHaveLength(200_000);
		expect(report.questions[1]).toMatchObject({ questionId: 'q1', students: 1, right: 0 });
		expect(report.students).toHaveLength(30);
	});
});
