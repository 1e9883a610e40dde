// The class results CSV as other tools read it (csv-parse here): only a cell that starts with
// = + - @, a tab or a carriage return carries the guard apostrophe; everything else is as typed.
import { parse as parseCsvSync } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatResultsCsv, parseClassCsv } from '../../src/class/results-csv.js';
import type { ResultRow } from '../../src/class/rows.js';

const rows: ResultRow[] = [
	{ name: '=HYPERLINK("x")', questionId: 'q-1', answer: '-5', result: 'right', seconds: 2 },
	{ name: 'Zoë Ångström', questionId: 'q-1', answer: '@SUM(A1)', result: 'wrong', seconds: 3.5 },
	{ name: "O'Brien", questionId: 'q-1', answer: '+1 555 0100', result: 'wrong', seconds: null },
	{ name: 'Ann', questionId: 'q-1', answer: '\tx', result: 'wrong', seconds: 1, prompt: '-> a' },
];

describe('class results CSV read by another tool', () => {
	it('guards only cells a spreadsheet would run, and quizline reads them back whole', () => {
		const text = formatResultsCsv(rows);
		const [head, ...cells]: string[][] = parseCsvSync(text);
		expect(head?.slice(0, 3)).toEqual(['name', 'question_id', 'answer']);
		expect(cells.map((cell) => [cell[0], cell[2], cell[5]])).toEqual([
			['\'=HYPERLINK("x")', '-5', ''],
			['Zoë Ångström', "'@SUM(A1)", ''],
			["O'Brien", "'+1 555 0100", ''],
			['Ann', "'\tx", "'-> a"],
		]);
		expect(parseClassCsv(text, 'class.csv')).toEqual({ ok: true, kind: 'results', rows });
	});
});
