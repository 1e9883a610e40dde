import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardestQuestions, reportFromResults, reportFromTallies } from '../../src/class/report.js';
import { formatResultsCsv, formatTallyCsv, parseClassCsv } from '../../src/class/results-csv.js';
import { type ResultRow, resultRows, tallyRows } from '../../src/class/rows.js';
import { formatIssue } from '../../src/core/bank/issue.js';
import { formatClassReport } from '../../src/format/class-report-text.js';
import { createStyle } from '../../src/format/style.js';
import { items, joinAction, run } from '../live/helpers.js';

const row = (
	name: string,
	questionId: string,
	result: ResultRow['result'],
	answer = '',
): ResultRow => ({
	name,
	questionId,
	answer: result === 'unanswered' ? '' : answer || (result === 'right' ? 'yes' : 'no'),
	result,
	seconds: result === 'unanswered' ? null : 2.5,
});

/** Six students: q-easy all right; q-sharp right only for the top two; q-odd right only for the bottom two. */
function sixStudents(): ResultRow[] {
	const names = ['Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Fay'];
	// Totals from q-fill make the order Ann, Bob > Cy, Dee > Eve, Fay.
	const fill = [3, 3, 2, 2, 0, 0];
	const rows: ResultRow[] = [];
	names.forEach((name, i) => {
		rows.push(row(name, 'q-easy', 'right'));
		rows.push(
			row(name, 'q-sharp', i < 2 ? 'right' : 'wrong', i < 2 ? '' : i === 2 ? 'Moscow' : 'moscow.'),
		);
		rows.push(row(name, 'q-odd', i >= 4 ? 'right' : i === 3 ? 'unanswered' : 'wrong', 'Beijing'));
		for (let k = 0; k < 3; k++)
			rows.push(row(name, `q-fill-${k}`, k < (fill[i] ?? 0) ? 'right' : 'wrong'));
	});
	return rows;
}

describe('the class report', () => {
	const report = reportFromResults(sixStudents());
	const byId = (id: string) => report.questions.find((question) => question.questionId === id);

	it('facility is the share right, counting students who did not answer', () => {
		expect(byId('q-easy')).toMatchObject({ students: 6, right: 6, facility: 1 });
		expect(byId('q-sharp')?.facility).toBeCloseTo(2 / 6);
		expect(byId('q-odd')?.facility).toBeCloseTo(2 / 6);
	});

	it('discrimination is top third minus bottom third, by total right', () => {
		expect(report.students.map((student) => student.name)).toEqual([
			'Ann',
			'Bob',
			'Cy',
			'Dee',
			'Eve',
			'Fay',
		]);
		expect(byId('q-easy')?.discrimination).toBe(0);
		expect(byId('q-sharp')?.discrimination).toBe(1);
		expect(byId('q-odd')?.discrimination).toBe(-1);
	});

	it('names the wrong answer given most often, alike spellings together, unanswered aside', () => {
		expect(byId('q-sharp')?.commonWrong).toEqual({ answer: 'Moscow', count: 4 });
		expect(byId('q-odd')?.commonWrong).toEqual({ answer: 'Beijing', count: 3 });
		expect(byId('q-easy')?.commonWrong).toBeNull();
	});

	it('has no discrimination with fewer than three students', () => {
		const small = reportFromResults([row('Ann', 'q', 'right'), row('Bob', 'q', 'wrong')]);
		expect(small.questions[0]).toMatchObject({ facility: 0.5, discrimination: null });
	});

	it('prints a table a teacher can read', () => {
		const text = formatClassReport(report, createStyle(false));
		expect(text).toContain('Class report: 6 students, 6 questions');
		expect(text).toMatch(/q-sharp\s+2\/6\s+33%\s+\+1\.00\s+Moscow \(4\)/);
		expect(text).toMatch(/q-odd\s+2\/6\s+33%\s+-1\.00\s+Beijing \(3\)/);
		expect(text).toMatch(/Ann\s+5\/6/);
	});

	it('in projector mode reports facility from the typed counts only', () => {
		const tally = reportFromTallies([
			{ questionId: 'q-1', right: 12, of: 20 },
			{ questionId: 'q-2', right: null, of: 20 },
		]);
		expect(tally.questions.map((question) => question.facility)).toEqual([0.6, null]);
		const text = formatClassReport(tally, createStyle(false));
		expect(text).toMatch(/q-1\s+12\/20\s+60%\s+–\s+–/);
	});
});

describe('results from a session', () => {
	it('has one row per student per revealed question, unanswered ones included', () => {
		const { state } = run([
			joinAction('Ann'),
			joinAction('Bob'),
			{ type: 'start', at: 0 },
			{ type: 'answer', key: 'ann', index: 0, given: '$140 billion', at: 2340 },
			{ type: 'reveal', at: 5000 },
			{ type: 'next', at: 5000 },
			{ type: 'next', at: 6000 },
			{ type: 'answer', key: 'bob', index: 1, given: 'True', at: 7000 },
			{ type: 'end', at: 8000 },
		]);
		expect(resultRows(state)).toEqual([
			{
				name: 'Ann',
				questionId: items[0]?.question.id,
				answer: '$140 billion',
				result: 'right',
				seconds: 2.3,
				prompt: items[0]?.question.prompt,
			},
			{
				name: 'Bob',
				questionId: items[0]?.question.id,
				answer: '',
				result: 'unanswered',
				seconds: null,
				prompt: items[0]?.question.prompt,
			},
		]);
	});

	it('in projector mode has one row per revealed question with the teacher’s count', () => {
		const { state } = run([
			{ type: 'class-size', size: 25 },
			{ type: 'start', at: 0 },
			{ type: 'reveal', at: 1 },
			{ type: 'tally', index: 0, right: 20 },
			{ type: 'next', at: 2 },
			{ type: 'next', at: 2 },
			{ type: 'reveal', at: 3 },
		]);
		expect(tallyRows(state)).toEqual([
			{ questionId: 'trade-choice', right: 20, of: 25, prompt: 'What did trade exceed?' },
			{ questionId: 'trade-true', right: null, of: 25, prompt: 'Trade exceeded $140 billion.' },
		]);
	});
});

describe('class CSV files', () => {
	const text = (value: fc.Arbitrary<string>) => value;
	const resultRow = fc.record({
		name: text(fc.string({ minLength: 1 }).filter((name) => name.trim() !== '')),
		questionId: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		answer: fc.string(),
		result: fc.constantFrom('right' as const, 'wrong' as const, 'unanswered' as const),
		seconds: fc.option(fc.integer({ min: 0, max: 100_000 }).map((tenths) => tenths / 10)),
	});

	it('results survive a round trip through CSV, whatever the text', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(resultRow, { selector: (r) => `${r.name}\u0000${r.questionId}` }),
				(rows) => {
					const parsed = parseClassCsv(formatResultsCsv(rows), 'class.csv');
					expect(parsed).toEqual({ ok: true, kind: 'results', rows });
				},
			),
		);
	});

	it('writes each question’s prompt as the last column, and reads files without it as before', () => {
		const long = `Which ${'very '.repeat(12)}long question is this?`;
		const rows = [
			{ ...row('Ann', 'q-trade', 'right'), prompt: 'What did trade exceed?' },
			{ ...row('Bob', 'q-trade', 'wrong', '=1+1'), prompt: 'What did trade exceed?' },
			{ ...row('Ann', 'q-long', 'right'), prompt: long },
			{ ...row('Bob', 'q-long', 'unanswered'), prompt: long },
		];
		const csv = formatResultsCsv(rows);
		expect(csv.split('\n')[0]).toBe('name,question_id,answer,result,seconds,prompt,part_b,credit');
		expect(csv.split('\n')[1]).toBe('Ann,q-trade,yes,right,2.5,What did trade exceed?,,1');
		const parsed = parseClassCsv(csv, 'class.csv');
		expect(parsed).toEqual({ ok: true, kind: 'results', rows });
		const report = reportFromResults(rows);
		expect(report.questions.map((question) => question.prompt)).toEqual([
			'What did trade exceed?',
			long,
		]);
		const text = formatClassReport(report, createStyle(false));
		expect(text).toMatch(/^question\s+prompt\s+right/m);
		expect(text).toMatch(/^q-trade\s+What did trade exceed\?\s+1\/2/m);
		const cut = `${long.slice(0, 39)}…`;
		expect(text).toContain(`q-long    ${cut}      1/2`);
		// An older file names no prompt: the report shows the ids alone, and JSON says null.
		const older = parseClassCsv(
			'name,question_id,answer,result,seconds\nAnn,q-1,yes,right,2\n',
			'class.csv',
		);
		expect(older.ok && older.kind === 'results' && reportFromResults(older.rows)).toMatchObject({
			questions: [{ questionId: 'q-1', prompt: null }],
		});
		const olderText = formatClassReport(
			reportFromResults(older.ok && older.kind === 'results' ? older.rows : []),
			createStyle(false),
		);
		expect(olderText).toMatch(/^question\s+right/m);
		expect(olderText).not.toContain('prompt');
		const tallies = parseClassCsv(
			formatTallyCsv([{ questionId: 'q-1', right: 3, of: 4, prompt: 'How many?' }]),
			'class.csv',
		);
		expect(tallies.ok && tallies.kind === 'tally' && reportFromTallies(tallies.rows)).toMatchObject(
			{ questions: [{ questionId: 'q-1', prompt: 'How many?' }] },
		);
	});

	it.each([
		[
			'name,question_id,answer,result,seconds\nAnn,q-1,yes,maybe,2\n',
			'class.csv:2:13: expected right, partial, wrong or unanswered, found "maybe"',
		],
		[
			'name,question_id,answer,result,seconds\nAnn,q-1,yes,right,soon\n',
			'class.csv:2:19: expected seconds (a number of 0 or more) or nothing, found "soon"',
		],
		[
			'name,question_id,answer,result,seconds\nAnn,q-1,yes\n',
			'class.csv:2:1: expected 5 fields (name,question_id,answer,result,seconds), found 3',
		],
		[
			'name,question_id,answer,result,seconds\nAnn,q-1,"yes,right,2\n',
			'class.csv:2:9: unclosed quote (expected a closing ")',
		],
		[
			'name,question_id,answer,result,seconds\nAnn,q-1,y"es,right,2\n',
			'class.csv:2:10: a quote inside an unquoted field (quote the whole field and double the quote)',
		],
		[
			'name,question_id,answer,result,seconds\nAnn,q-1,a,right,1\nAnn,q-1,b,wrong,1\n',
			'class.csv:3:1: Ann on q-1 again (first on line 2): one row per student per question',
		],
		[
			'student,score\nAnn,3\n',
			'class.csv:1:1: expected the header "name,question_id,answer,result,seconds,prompt,part_b,credit" (live session) or "question_id,right,of,prompt" (projector mode)',
		],
		[
			'question_id,right,of\nq-1,many,20\n',
			'class.csv:2:5: expected a whole number or nothing, found "many"',
		],
	])('points at the problem in %j', (csv, message) => {
		const parsed = parseClassCsv(csv, 'class.csv');
		expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([message]);
	});

	it('reads projector-mode counts back', () => {
		const rows = [
			{ questionId: 'q-1', right: 3, of: 9 },
			{ questionId: 'q-2', right: null, of: null },
		];
		expect(parseClassCsv(formatTallyCsv(rows), 'tally.csv')).toEqual({
			ok: true,
			kind: 'tally',
			rows,
		});
	});
});

describe('partial credit: order and two-part questions', () => {
	const partial = (
		name: string,
		questionId: string,
		credit: number,
		support?: string,
	): ResultRow => ({
		...row(name, questionId, 'partial', 'c,a,b,d'),
		credit,
		...(support === undefined ? {} : { support }),
	});
	// q-order: Ann all in place, Bob and Cy half; q-tf: only Ann right; q-two: Bob part A only.
	const rows: ResultRow[] = [
		row('Ann', 'q-order', 'right'),
		partial('Bob', 'q-order', 0.5),
		partial('Cy', 'q-order', 0.5),
		row('Ann', 'q-tf', 'right'),
		row('Bob', 'q-tf', 'wrong'),
		row('Cy', 'q-tf', 'wrong'),
		row('Ann', 'q-two', 'wrong'),
		partial('Bob', 'q-two', 0.5, 'b'),
		row('Cy', 'q-two', 'unanswered'),
	];

	it('counts partial answers and the credit earned, and sorts the hardest by credit', () => {
		const report = reportFromResults(rows);
		expect(
			report.questions.map(({ questionId, right, partial: part, credit, facility }) => [
				questionId,
				right,
				part,
				Math.round((credit ?? 0) * 100),
				Math.round((facility ?? 0) * 100),
			]),
		).toEqual([
			['q-order', 1, 2, 67, 33],
			['q-tf', 1, 0, 33, 33],
			['q-two', 0, 1, 17, 0],
		]);
		// q-order and q-tf are each wholly right once, but half the order stood in place twice.
		expect(hardestQuestions(report).map((question) => question.questionId)).toEqual([
			'q-two',
			'q-tf',
			'q-order',
		]);
		expect(report.students.map(({ name, right, credit }) => [name, right, credit])).toEqual([
			['Ann', 2, 2],
			['Bob', 0, 1],
			['Cy', 0, 0.5],
		]);
	});

	it('prints the credit column and the hardest questions', () => {
		const text = formatClassReport(reportFromResults(rows), createStyle(false));
		expect(text).toMatch(/^question\s+right\s+credit\s+facility/m);
		expect(text).toMatch(/^q-order\s+1\/3\s+67%\s+33%/m);
		expect(text).toContain('Hardest: q-two (17%), q-tf (33%), q-order (67%)');
		expect(text).toMatch(/Bob\s+0\/3 \(1 with partial credit\)/);
	});

	it('writes part B and the credit to CSV and reads them back', () => {
		const csv = formatResultsCsv(rows);
		expect(csv.split('\n')[2]).toBe('Bob,q-order,"c,a,b,d",partial,2.5,,,0.5');
		expect(csv.split('\n')[8]).toBe('Bob,q-two,"c,a,b,d",partial,2.5,,b,0.5');
		expect(parseClassCsv(csv, 'class.csv')).toEqual({ ok: true, kind: 'results', rows });
		const bad = parseClassCsv(
			'name,question_id,answer,result,seconds,prompt,part_b,credit\nAnn,q,a,partial,1,,,2\n',
			'class.csv',
		);
		expect(bad.ok ? [] : bad.issues.map(formatIssue)).toEqual([
			'class.csv:2:21: expected a credit from 0 to 1 or nothing, found "2"',
		]);
	});
});
