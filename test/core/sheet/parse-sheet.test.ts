import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/core/bank/issue.js';
import { formatOfName, parseSheet, sniffFormat } from '../../../src/core/sheet/parse-sheet.js';

function sheetOf(text: string, file = 'ana.yaml') {
	const result = parseSheet(text, file);
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.sheet;
}

function issuesOf(text: string, file = 'ana.yaml') {
	const result = parseSheet(text, file);
	return result.ok ? [] : result.issues.map(formatIssue);
}

const jsonSheet =
	'{\n\t"student": "Bo",\n\t"answers": {\n\t\t"trade-last-year": 140,\n\t\t"x": null\n\t}\n}\n';
const csvSheet =
	'prompt,answer,id\r\n"How much, then?",140bn,trade-last-year\r\nx,,vocab-protracted\r\n';

describe('parseSheet: answers with where each stands', () => {
	it.each([
		[
			'JSON',
			'bo.json',
			jsonSheet,
			[
				['trade-last-year', '140', 4, 3],
				['x', null, 5, 3],
			],
		],
		[
			'CSV, id and answer columns in any order, others ignored',
			'ana.csv',
			csvSheet,
			[
				['trade-last-year', '140bn', 2, 25],
				['vocab-protracted', null, 3, 4],
			],
		],
	] as const)('reads %s', (_what, file, text, answers) => {
		expect(sheetOf(text, file).answers).toEqual(
			answers.map(([id, answer, line, col]) => ({ id, answer, line, col })),
		);
	});
});

describe('parseSheet (YAML and JSON)', () => {
	it('reads student, bank and the answers in order, with where each id stands', () => {
		const sheet = sheetOf(
			'student: Ana Lima\nbank: putin-xi-sco-2022\nanswers:\n  trade-last-year: 140bn\n  vocab-protracted: "c"\n',
		);
		expect(sheet).toEqual({
			file: 'ana.yaml',
			student: 'Ana Lima',
			bank: { name: 'putin-xi-sco-2022', line: 2, col: 7 },
			answers: [
				{ id: 'trade-last-year', answer: '140bn', line: 4, col: 3 },
				{ id: 'vocab-protracted', answer: 'c', line: 5, col: 3 },
			],
		});
	});

	it('reads how many times a quiz sheet was started, fast path and YAML library alike', () => {
		const simple = 'student: Cy\nbank: quiz.yaml\nattempts: 2\nanswers:\n  a: x\n';
		expect(sheetOf(simple).attempts).toBe(2);
		// A flow map goes through the YAML library.
		expect(sheetOf('student: Cy\nattempts: 3\nanswers: {a: x}\n').attempts).toBe(3);
		expect(sheetOf('answers:\n  a: x\n').attempts).toBeUndefined();
	});

	it('keeps numbers and booleans as written, and blanks as missing', () => {
		const sheet = sheetOf(
			'answers:\n  a: 0x10\n  b: 140000000000\n  c: yes\n  d: true\n  e:\n  f: "  "\n  g: 1.50\n',
		);
		expect(sheet.answers.map((answer) => answer.answer)).toEqual([
			'0x10',
			'140000000000',
			'yes',
			'true',
			null,
			null,
			'1.50',
		]);
		expect(sheet.student).toBeNull();
		expect(sheet.bank).toBeNull();
	});

	it.each([
		['answers: [a, b', /^ana\.yaml:1:\d+: /],
		['answers:\n  a: 1\n  a: 2\n', /^ana\.yaml:3:3: Map keys must be unique/],
		['- a\n- b\n', /^ana\.yaml:1:1: expected a map with "answers:"/],
		['', /^ana\.yaml:1:1: expected a map with "answers:"/],
		['student: Ana\n', /^ana\.yaml:1:1: missing field "answers"/],
		['answers:\n', /^ana\.yaml:1:1: "answers": expected a map of question id: answer/],
		['answers: {}\n', /^ana\.yaml:1:10: "answers": expected a map/],
		['answers: 12\n', /^ana\.yaml:1:10: "answers": expected a map/],
		[
			'answers:\n  a: 1\nname: Ana\n',
			/^ana\.yaml:3:1: unknown field "name" \(expected student, bank, answers, attempts\)/,
		],
		['attempts: 0\nanswers:\n  a: 1\n', /^ana\.yaml:1:11: "attempts": expected a whole number/],
		['attempts: two\nanswers:\n  a: 1\n', /^ana\.yaml:1:11: "attempts": expected a whole number/],
		['answers:\n  q-one: [a, [b]]\n', /^ana\.yaml:2:10: question "q-one": expected one answer/],
		['answers:\n  q-one: []\n', /^ana\.yaml:2:10: question "q-one": expected one answer/],
		[
			'answers:\n  q-one: {a: b}\n',
			/^ana\.yaml:2:11: question "q-one": unknown field "a" \(expected answer, support\)/,
		],
		[
			'answers:\n  q-one: {support: b}\n',
			/^ana\.yaml:2:10: question "q-one": missing field "answer"/,
		],
		[
			'answers:\n  q-one: {answer: a, support: [b, {c: d}]}\n',
			/^ana\.yaml:2:31: question "q-one": expected one answer/,
		],
		['student: [x]\nanswers:\n  a: 1\n', /^ana\.yaml:1:10: "student": expected text/],
	])('%j → %s', (text, expected) => {
		const issues = issuesOf(text);
		expect(issues[0]).toMatch(expected);
	});
});

describe('parseSheet (CSV)', () => {
	it.each([
		['', /^ana\.csv:1:1: expected a header line "id,answer"/],
		['id,reply\nq,1\n', /^ana\.csv:1:1: missing column "answer"/],
		['id,answer\n', /^ana\.csv:1:1: no answers below the header/],
		['id,answer\nq,1,2\n', /^ana\.csv:2:1: expected 2 columns like the header, found 3/],
		['id,answer\n,1\n', /^ana\.csv:2:1: missing question id/],
		['id,answer\nq,1\nq,2\n', /^ana\.csv:3:1: question "q": answered twice \(first on line 2\)/],
		['id,answer\nq,"1\n', /^ana\.csv:2:3: unclosed quote/],
	])('%j → %s', (text, expected) => {
		expect(issuesOf(text, 'ana.csv')[0]).toMatch(expected);
	});
});

describe('sheet formats', () => {
	it.each([
		['a.CSV', 'csv'],
		['a.json', 'json'],
		['a.yml', 'yaml'],
		['a.answers.yaml', 'yaml'],
		['-', undefined],
		['a.txt', undefined],
	])('%s is %s by name', (file, format) => {
		expect(formatOfName(file)).toBe(format);
	});

	it.each([
		['id,answer\nq,1', 'csv'],
		['\uFEFF"answer","id"\n', 'csv'],
		['{"answers": {}}', 'json'],
		['answers:\n  q: 1', 'yaml'],
		['student: a, id, b\n', 'yaml'],
	])('%j sniffs as %s', (text, format) => {
		expect(sniffFormat(text)).toBe(format);
	});

	it('stdin text is read in the format it sniffs as', () => {
		expect(parseSheet('id,answer\nq,1\n', '-')).toMatchObject({
			ok: true,
			sheet: { answers: [{ id: 'q', answer: '1' }] },
		});
	});
});

describe('parseSheet: order and two-part answers', () => {
	const partsOf = (text: string, file: string) =>
		sheetOf(text, file).answers.map(({ id, answer, support, line, col }) => ({
			id,
			answer,
			support,
			line,
			col,
		}));

	it('reads a YAML list as an order and { answer, support } as both parts, at the id', () => {
		const text =
			'answers:\n  order-of-meetings: [c, b, a, d]\n  why-putin-cozies-up: { answer: a, support: 2 }\n  names:\n    - Xi meets Kazakh President Tokayev\n    - Putin, then Xi\n';
		expect(partsOf(text, 'ana.yaml')).toEqual([
			{ id: 'order-of-meetings', answer: 'c,b,a,d', support: undefined, line: 2, col: 3 },
			{ id: 'why-putin-cozies-up', answer: 'a', support: '2', line: 3, col: 3 },
			{
				id: 'names',
				answer: 'Xi meets Kazakh President Tokayev | Putin, then Xi',
				support: undefined,
				line: 4,
				col: 3,
			},
		]);
	});

	it('reads the same from JSON, and a blank part B as null', () => {
		const text =
			'{"answers": {"order-of-meetings": ["c", "b", "a", "d"], "why-putin-cozies-up": {"answer": "a", "support": ""}}}';
		expect(partsOf(text, 'ana.json')).toEqual([
			{ id: 'order-of-meetings', answer: 'c,b,a,d', support: undefined, line: 1, col: 14 },
			{ id: 'why-putin-cozies-up', answer: 'a', support: null, line: 1, col: 57 },
		]);
	});

	it('reads a CSV support column, a blank cell as null', () => {
		const text = 'id,answer,support\r\nwhy-putin-cozies-up,a,b\r\norder-of-meetings,"c,b,a,d",\r\n';
		expect(partsOf(text, 'ana.csv')).toEqual([
			{ id: 'why-putin-cozies-up', answer: 'a', support: 'b', line: 2, col: 1 },
			{ id: 'order-of-meetings', answer: 'c,b,a,d', support: null, line: 3, col: 1 },
		]);
	});
});
