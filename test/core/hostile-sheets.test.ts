import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/core/bank/issue.js';
import { parseBank } from '../../src/core/bank/parse.js';
import { gradeSheet, maxAnswerLength } from '../../src/core/sheet/grade-sheet.js';
import { parseSheet } from '../../src/core/sheet/parse-sheet.js';
import type { Sheet } from '../../src/core/sheet/sheet.js';
import { bundledBank } from '../ui/helpers.js';

// Answer sheets that hung grading, ended in a stack trace or were echoed back whole (issue 10):
// error lists are capped, unknown ids cost a "did you mean" only where shown, long answers are
// not graded and are cut.

const { questions } = bundledBank().bank;
const sheetOf = (answers: Sheet['answers']): Sheet => ({
	file: 'ana.yaml',
	student: null,
	bank: null,
	answers,
});
const lines = (result: { ok: boolean; issues?: readonly Parameters<typeof formatIssue>[0][] }) =>
	(result.issues ?? []).map(formatIssue);

describe('error lists are capped at 50 a file', () => {
	it('a CSV of 150,000 bad rows', () => {
		const csv = `id,answer\n${'a,b,c\n'.repeat(150_000)}`;
		const issues = lines(parseSheet(csv, 'class.csv'));
		expect(issues).toHaveLength(51);
		expect(issues[0]).toBe('class.csv:2:1: expected 2 columns like the header, found 3');
		expect(issues[50]).toBe('class.csv: … and 149,950 more problems in this file');
	});

	it('a bank with 2,000 broken questions', () => {
		const one =
			'  - {id: Bad, type: truefalse, prompt: P, answer: true, source: {line: 1, quote: x}}\n';
		const text = `article: {file: a.txt, title: T}\nquestions:\n${one.repeat(2000)}`;
		const issues = lines(parseBank(text, 'bank.yaml'));
		expect(issues).toHaveLength(51);
		expect(issues[50]).toBe('bank.yaml: … and 1,950 more problems in this file');
	});

	it('20,000 unknown ids: the first 50 named (with a "did you mean"), the rest counted', () => {
		const answers = Array.from({ length: 20_000 }, (_, i) => ({
			id: i === 0 ? 'trade-last-yaer' : `no-such-question-${i}`,
			answer: 'x',
			line: i + 2,
			col: 3,
		}));
		const issues = lines(gradeSheet(questions, sheetOf(answers)));
		expect(issues).toHaveLength(51);
		expect(issues[0]).toContain('did you mean "trade-last-year"?');
		expect(issues[50]).toBe('ana.yaml: … and 19,950 more problems in this file');
	});
});

describe('long answers', () => {
	it('an answer of 7 MB is graded invalid, and only its start is kept', () => {
		const answer = 'x'.repeat(7 * 1024 * 1024);
		const graded = gradeSheet(
			questions,
			sheetOf([{ id: 'trade-last-year', answer, line: 2, col: 3 }]),
		);
		if (!graded.ok) throw new Error('the sheet must grade');
		const [result] = graded.graded.answers;
		expect(result).toMatchObject({
			kind: 'invalid',
			correct: false,
			message: 'an answer of 7,340,032 characters is not graded (at most 1,000)',
		});
		expect(result?.given).toBe(`${'x'.repeat(200)}…`);
	});

	it('an answer of exactly the limit is graded as usual', () => {
		const answer = `140 billion${' '.repeat(maxAnswerLength - 11)}`;
		const graded = gradeSheet(
			questions,
			sheetOf([{ id: 'trade-last-year', answer, line: 2, col: 3 }]),
		);
		expect(graded.ok && graded.graded.answers[0]?.correct).toBe(true);
	});
});

describe('big sheets in the fast formats', () => {
	it('20,001 JSON answers are refused, 20,000 are read', () => {
		const json = (count: number) =>
			`{"answers": {${Array.from({ length: count }, (_, i) => `"q${i}": "a"`).join(', ')}}}`;
		expect(lines(parseSheet(json(20_001), 'ana.json'))).toEqual([
			expect.stringMatching(
				/^ana\.json:1:\d+: too many answers: a sheet holds at most 20,000, and this is answer 20,001$/,
			),
		]);
		expect(parseSheet(json(20_000), 'ana.json').ok).toBe(true);
	});

	const tooMany = 'too many answers: a sheet holds at most 20,000, and this is answer 20,001';
	const ids = (count: number) => Array.from({ length: count }, (_, i) => `no-such-question-${i}`);

	it('a million JSON answers on one line: refused at answer 20,001, by its column', () => {
		const entries = ids(1_000_000).map((id) => `"${id}": "a"`);
		const issues = lines(parseSheet(`{"answers": {${entries.join(', ')}}}`, 'ana.json'));
		const col = '{"answers": {'.length + entries.slice(0, 20_000).join(', ').length + 3;
		expect(issues).toEqual([`ana.json:1:${col}: ${tooMany}`]);
	});

	it('1.5 million unknown ids in YAML: refused at answer 20,001, no id looked up', () => {
		const yaml = `answers:\n${ids(1_500_000)
			.map((id) => `  ${id}: a\n`)
			.join('')}`;
		expect(lines(parseSheet(yaml, 'ana.yaml'))).toEqual([`ana.yaml:20002:3: ${tooMany}`]);
	});

	it('reading stops at answer 20,001: what comes after it is not read', () => {
		const garbage = '{ [ not: a sheet: at all ] "\n'.repeat(1000);
		const yaml = `answers:\n${ids(20_001)
			.map((id) => `  ${id}: a\n`)
			.join('')}${garbage}`;
		expect(lines(parseSheet(yaml, 'ana.yaml'))).toEqual([`ana.yaml:20002:3: ${tooMany}`]);
		const json = `{"answers": {\n${ids(20_001)
			.map((id) => `"${id}": "a",\n`)
			.join('')}${garbage}`;
		expect(lines(parseSheet(json, 'ana.json'))).toEqual([`ana.json:20002:1: ${tooMany}`]);
	});
});
