import { describe, expect, it } from 'vitest';
import { reportFromResults } from '../../src/class/report.js';
import { formatResultsCsv, parseClassCsv } from '../../src/class/results-csv.js';
import { resultRowsFromSheets } from '../../src/class/sheet-rows.js';
import { answerText } from '../../src/core/grade/grade.js';
import type { GradeRun } from '../../src/core/sheet/grade-run.js';
import { gradeSheet } from '../../src/core/sheet/grade-sheet.js';
import type { Sheet } from '../../src/core/sheet/sheet.js';
import { bundledBank } from '../ui/helpers.js';

const { questions } = bundledBank().bank;
// q1 comes after q2 in the bank, and the sheets list q1 first.
const [q2, q1] = questions.filter((question) => question.type === 'choice');
if (!q1 || !q2) throw new Error('the bundled bank has two choice questions');
const wrongOf = (question: typeof q1) =>
	question.type === 'choice'
		? (question.choices.find((c) => c !== answerText(question)) ?? '')
		: '';

function runOf(
	sheets: readonly { file: string; student: string | null; answers: [string, string | null][] }[],
): GradeRun {
	const entries = sheets.map(({ file, student, answers }) => {
		const sheet: Sheet = {
			file,
			student,
			bank: null,
			answers: answers.map(([id, answer], index) => ({ id, answer, line: index + 2, col: 3 })),
		};
		const graded = gradeSheet(questions, sheet);
		if (!graded.ok) throw new Error('sheet does not grade');
		return { graded: graded.graded, bank: 'b', articleFile: 'a.txt' };
	});
	return { entries, issues: [] };
}

describe('class rows from graded answer sheets', () => {
	it('one row per student per question: right, wrong, unanswered; no seconds', () => {
		const run = runOf([
			{
				file: 'ana.answers.yaml',
				student: 'Ana',
				answers: [
					[q1.id, answerText(q1)],
					[q2.id, wrongOf(q2)],
				],
			},
			{
				file: 'x/bo.answers.yaml',
				student: null,
				answers: [
					[q1.id, wrongOf(q1)],
					[q2.id, null],
				],
			},
		]);
		const { rows, issues } = resultRowsFromSheets(run);
		expect(issues).toEqual([]);
		// Rows keep the sheet's order (q1 first), not the bank's.
		const expected = (name: string, pairs: Record<string, [string, string]>) =>
			[q1, q2].map((question) => ({
				name,
				questionId: question.id,
				answer: pairs[question.id]?.[0],
				result: pairs[question.id]?.[1],
				seconds: null,
				prompt: question.prompt,
			}));
		expect(rows).toEqual([
			...expected('Ana', { [q1.id]: [answerText(q1), 'right'], [q2.id]: [wrongOf(q2), 'wrong'] }),
			...expected('bo', { [q1.id]: [wrongOf(q1), 'wrong'], [q2.id]: ['', 'unanswered'] }),
		]);
		const report = reportFromResults(rows);
		const first = report.questions.find((question) => question.questionId === q1.id);
		expect(first).toMatchObject({
			students: 2,
			right: 1,
			facility: 0.5,
			commonWrong: { answer: wrongOf(q1), count: 1 },
		});
		// The CSV reads back as the same rows, so `quizline report` gives the same report later.
		const csv = parseClassCsv(formatResultsCsv(rows), 'class.csv');
		expect(csv).toEqual({ ok: true, kind: 'results', rows });
	});

	it('leaves a second sheet with the same student out, naming both files', () => {
		const run = runOf([
			{ file: 'a.yaml', student: 'Ana', answers: [[q1.id, answerText(q1)]] },
			{ file: 'b.yaml', student: 'Ana', answers: [[q1.id, wrongOf(q1)]] },
		]);
		const { rows, issues } = resultRowsFromSheets(run);
		expect(rows.map((row) => row.result)).toEqual(['right']);
		expect(issues).toEqual([
			{
				file: 'b.yaml',
				line: 0,
				col: 0,
				message: 'student "Ana" is also on a.yaml: left out of the class report',
			},
		]);
	});
});
