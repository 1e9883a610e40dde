// check, grade, show and export with the bundled bank's order question (order-of-meetings) and
// two-part question (why-putin-cozies-up), through the built CLI.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv.js';
import { formatAnswersSheet } from '../../src/files/answers-file.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const partA = 'its army is not doing well in Ukraine';
const partB =
	'“In Ukraine, his army is not doing well, and I think it certainly behooves the Kremlin to want to cozy up to Beijing …”';

describe('quizline check: an order question', () => {
	it.each([
		['c,b,a,d', 0, 'exact', 4],
		['3 2 1 4', 0, 'exact', 4],
		['cbda', 1, 'partial', 2],
		['a,d,c,b', 1, 'wrong', 0],
	])('%s exits %i, verdict %s with %i of 4 in place', (given, code, verdict, right) => {
		const result = runCli(['check', 'order-of-meetings', given, '--json']);
		expect(result.code).toBe(code);
		const document = JSON.parse(result.stdout);
		expect(document).toMatchObject({ verdict, inPlace: { right, of: 4 }, expected: 'c, b, a, d' });
		expect(document.rightOrder[0]).toBe('Xi unveils the Belt and Road Initiative');
		expect(document.source.more.map((source: { line: number }) => source.line)).toEqual([
			16, 21, 1,
		]);
	});

	it('says how many stand in place, lists the right order and every quoted line', () => {
		const result = runCli(['check', 'order-of-meetings', 'c,b,d,a']);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('~ partly right');
		expect(result.stdout).toContain('  2 of 4 in place');
		expect(result.stdout).toContain('    1. c) Xi unveils the Belt and Road Initiative');
		expect(result.stdout).toMatch(/line 21 │ In a meeting with Kazakh President/);
	});

	it('refuses an order that names an item twice: exit 2, the id and what is expected', () => {
		const result = runCli(['check', 'order-of-meetings', 'c,c,a,d']);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			'question "order-of-meetings": cannot grade "c,c,a,d": expected the 4 letters a, b, c, d in the order the events happened, e.g. d,c,b,a\n',
		);
	});
});

describe('quizline check: a two-part question', () => {
	it('both parts right exits 0; part B is read by letter, number or text', () => {
		for (const support of ['a', '1', partB]) {
			const result = runCli(['check', 'why-putin-cozies-up', 'a', '--support', support, '--json']);
			expect(result.code).toBe(0);
			expect(JSON.parse(result.stdout)).toMatchObject({
				verdict: 'exact',
				support: { given: support, correct: true, expected: partB },
			});
		}
	});

	it('part A right and part B wrong is partly right, exit 1', () => {
		const result = runCli(['check', 'why-putin-cozies-up', partA, '--support', 'b']);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('~ partly right');
		expect(result.stdout).toContain(`Your answer: ${partA} · part B: b`);
		expect(result.stdout).toContain('Part A right; part B wrong');
		expect(result.stdout).toContain(`Part B: ${partB}`);
	});

	it('part A wrong is wrong whatever part B is, and says part B did not count', () => {
		const result = runCli(['check', 'why-putin-cozies-up', 'b', '--support', 'a', '--json']);
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout)).toMatchObject({
			verdict: 'wrong',
			support: { given: 'a', correct: null },
		});
	});

	it('part A right without --support is bad input: exit 2, says to give part B', () => {
		const result = runCli(['check', 'why-putin-cozies-up', 'a', '--json']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^question "why-putin-cozies-up": cannot grade "a": part B is missing: expected one of: “In Ukraine.*\(give it with --support\)\n$/,
		);
		expect(JSON.parse(result.stdout)).toMatchObject({ error: { kind: 'invalid-answer' } });
	});

	it('the --help examples show an order and part B', () => {
		const help = runCli(['check', '--help']).stdout;
		expect(help).toContain('--support <answer>');
		expect(help).toContain('quizline check order-of-meetings c,b,a,d');
		expect(help).toContain('quizline check why-putin-cozies-up a --support a');
	});
});

describe('quizline grade: order and two-part answers on sheets', () => {
	const sheetIn = (name: string, text: string) => {
		const file = path.join(tempDir(), name);
		writeFileSync(file, text);
		return file;
	};

	it('reads a YAML list as an order and { answer, support } as both parts', () => {
		const file = sheetIn(
			'ana.answers.yaml',
			'student: Ana\nanswers:\n  order-of-meetings: [c, b, d, a]\n  why-putin-cozies-up: { answer: a, support: a }\n',
		);
		const result = runCli(['grade', file, '--json']);
		expect(result.code).toBe(1);
		const [order, twoPart] = JSON.parse(result.stdout).sheets[0].results;
		expect(order).toMatchObject({
			id: 'order-of-meetings',
			given: 'c,b,d,a',
			verdict: 'partial',
			correct: false,
			inPlace: { right: 2, of: 4 },
			support: null,
		});
		expect(twoPart).toMatchObject({
			verdict: 'exact',
			inPlace: null,
			support: { given: 'a', correct: true, expected: partB },
		});
		const text = runCli(['grade', file]).stdout;
		expect(text).toContain(
			'~ order-of-meetings: c,b,d,a\n    2 of 4 in place\n    Answer: c, b, a, d',
		);
		expect(text).toContain('✓ why-putin-cozies-up: a · part B: a\n    Part A right; part B right');
	});

	it('reads JSON sheets the same, and a CSV support column', () => {
		const json = sheetIn(
			'bo.json',
			'{"answers": {"order-of-meetings": "c,b,a,d", "why-putin-cozies-up": {"answer": "1", "support": "1"}}}',
		);
		const fromJson = runCli(['grade', json, '--json']);
		expect(fromJson.code).toBe(0);
		expect(JSON.parse(fromJson.stdout).totals).toMatchObject({ questions: 2, right: 2 });
		const csv = sheetIn(
			'cy.csv',
			'id,answer,support\norder-of-meetings,cbad,\nwhy-putin-cozies-up,a,c\n',
		);
		const fromCsv = runCli(['grade', csv, '--json', '--junit', path.join(tempDir(), 'j.xml')]);
		expect(fromCsv.code).toBe(1);
		expect(JSON.parse(fromCsv.stdout).sheets[0].results[1]).toMatchObject({
			verdict: 'partial',
			support: { given: 'c', correct: false },
		});
	});

	it('an answers file written for a quiz carries part B in the shape grade reads', () => {
		const file = sheetIn(
			'eve.answers.yaml',
			formatAnswersSheet({
				student: 'Eve',
				bank: 'putin-xi-sco-2022',
				answers: [
					{ id: 'order-of-meetings', given: 'c,b,a,d' },
					{ id: 'why-putin-cozies-up', given: partA, support: partB },
				],
			}),
		);
		const result = runCli(['grade', file, '--json']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout).sheets[0].results[1]).toMatchObject({
			verdict: 'exact',
			support: { given: partB, correct: true },
		});
	});

	it('a sheet with an unknown field beside answer is bad input at line:col with the id, exit 2', () => {
		const file = sheetIn('dee.yaml', 'answers:\n  why-putin-cozies-up: { answer: a, partb: a }\n');
		const result = runCli(['grade', file]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(
			'dee.yaml:2:37: question "why-putin-cozies-up": unknown field "partb" (expected answer, support)',
		);
	});

	it('writes partial credit and part B to the class results with --report', () => {
		const dir = tempDir();
		const ana = path.join(dir, 'ana.answers.yaml');
		writeFileSync(
			ana,
			'answers:\n  order-of-meetings: cbda\n  why-putin-cozies-up: { answer: a, support: b }\n',
		);
		const report = path.join(dir, 'class.csv');
		const result = runCli(['grade', ana, '--report', report]);
		expect(result.code).toBe(1);
		const csv = runCli(['report', report]);
		expect(csv.code).toBe(0);
		expect(csv.stdout).toMatch(/order-of-meetings\s+.*0\/1\s+50%\s+0%/);
		expect(csv.stdout).toContain('Hardest: order-of-meetings (50%), why-putin-cozies-up (50%)');
	});
});

describe('quizline show and export', () => {
	it('show prints the items lettered and part B with its choices', () => {
		const result = runCli(['show', 'order-of-meetings', 'why-putin-cozies-up']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('  c) Xi unveils the Belt and Road Initiative');
		expect(result.stdout).toContain('Part B: Which line of the article supports your answer?');
		expect(result.stdout).toContain(`  a) ${partB}`);
		expect(result.stdout).not.toContain('c, b, a, d');
		const json = JSON.parse(runCli(['show', 'order-of-meetings', '--json']).stdout);
		expect(json.questions[0].items).toHaveLength(4);
		expect(JSON.stringify(json)).not.toContain('"answer"');
	});

	it('GIFT leaves the order question out and says so with a count; part B follows part A', () => {
		const out = path.join(tempDir(), 'bank.gift');
		const result = runCli(['export', '-o', out]);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(
			'left out 1 order question: GIFT has no ordering type (order-of-meetings)\n',
		);
		expect(result.stderr).toContain('1 two-part question: part B follows as a question of its own');
		const toStdout = runCli(['export', '--format', 'gift']);
		expect(toStdout.stdout).toContain('::why-putin-cozies-up-part-b::');
		expect(toStdout.stdout).not.toContain('order-of-meetings');
	});

	it('CSV, Anki TSV and JSON carry the order question and part B, saying nothing is left out', () => {
		for (const format of ['csv', 'tsv', 'json']) {
			const result = runCli(['export', '--format', format]);
			expect(result.code, format).toBe(0);
			expect(result.stderr, format).toBe('');
			expect(result.stdout, format).toContain('Xi unveils the Belt and Road Initiative');
			expect(result.stdout, format).toContain('Which line of the article supports your answer?');
		}
		const parsed = parseCsv(runCli(['export', '--format', 'csv']).stdout);
		if (!parsed.ok) throw new Error(parsed.message);
		const [head, ...rows] = parsed.records.map((record) => record.fields);
		const order = rows.find((row) => row[0] === 'order-of-meetings');
		expect(order?.[head?.indexOf('answer') ?? -1]).toBe('c,b,a,d');
		const json = JSON.parse(runCli(['export', '--format', 'json']).stdout);
		const question = json.questions.find((each: { id: string }) => each.id === 'order-of-meetings');
		expect(question).toMatchObject({ type: 'order', answer: ['c', 'b', 'a', 'd'] });
	});
});
