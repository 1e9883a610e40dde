import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/core/bank/schema.js';
import { loadBank } from '../../../src/files/load-bank.js';
import { kahootLimits, kahootQuiz, kahootTimeLimits } from '../../../src/format/export/kahoot.js';
import {
	kahootHeader,
	kahootHeaderRow,
	toKahootXlsx,
} from '../../../src/format/export/kahoot-xlsx.js';
import { hostileBank, hostileBanks } from './hostile-bank.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const { bank } = loaded;

type SheetRow = {
	number: unknown;
	question: unknown;
	answers: unknown[];
	time: unknown;
	correct: unknown;
};

/** The spreadsheet read back with the library that wrote it: sheet "Sheet1", header, rows. */
async function readSheet(target: Bank, timer?: number) {
	const file = await toKahootXlsx(target, 'b', timer);
	expect(file.data).toBeInstanceOf(Uint8Array);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.from(file.data as Uint8Array) as unknown as ExcelJS.Buffer);
	const sheet = book.getWorksheet('Sheet1');
	if (!sheet) throw new Error('no Sheet1');
	const values = (row: number) =>
		[1, 2, 3, 4, 5, 6, 7, 8].map((column) => sheet.getRow(row).getCell(column).value);
	const header = values(kahootHeaderRow).map((value) => value ?? '');
	const rows: SheetRow[] = [];
	for (let row = kahootHeaderRow + 1; sheet.getRow(row).getCell(2).value !== null; row++) {
		const [number, question, a1, a2, a3, a4, time, correct] = values(row);
		rows.push({ number, question, answers: [a1, a2, a3, a4], time, correct });
	}
	return { file, sheet, header, rows };
}

describe('Kahoot spreadsheet export', () => {
	it("mirrors Kahoot's template: sheet Sheet1, the header on row 8, numbered questions from row 9", async () => {
		const { header, rows, sheet } = await readSheet(bank);
		expect(header).toEqual([...kahootHeader]);
		expect(rows.map((row) => row.number)).toEqual(rows.map((_, index) => index + 1));
		expect(sheet.getCell('B2').value).toBe(`${bank.article.title} (quizline b)`);
	});

	it('carries every choice and true/false question that fits, its right answer by number', async () => {
		const { rows, file } = await readSheet(bank);
		const kept = kahootQuiz(bank).rows;
		expect(rows).toHaveLength(kept.length);
		expect(rows.length).toBeGreaterThan(20);
		for (const [index, row] of rows.entries()) {
			const want = kept[index];
			const question = bank.questions.find((each) => each.id === want?.id);
			if (!want || !question) throw new Error(`row ${index + 1} has no question`);
			expect(row.question).toBe(question.prompt);
			if (question.type === 'choice') {
				expect(row.answers.slice(0, question.choices.length)).toEqual(question.choices);
				expect(row.answers[Number(row.correct) - 1]).toBe(question.answer);
			}
			if (question.type === 'truefalse') {
				expect(row.answers).toEqual(['True', 'False', null, null]);
				expect(row.correct).toBe(question.answer ? 1 : 2);
			}
			expect(row.time).toBe(20);
			expect(String(row.question).length).toBeLessThanOrEqual(kahootLimits.question);
			for (const answer of row.answers)
				expect(String(answer ?? '').length).toBeLessThanOrEqual(kahootLimits.answer);
		}
		const leftOut = new Set(file.leftOut.map((each) => each.id));
		for (const question of bank.questions) {
			const hasRow = kept.some((row) => row.id === question.id);
			expect(hasRow || leftOut.has(question.id)).toBe(true);
			if (question.type !== 'choice' && question.type !== 'truefalse')
				expect(leftOut.has(question.id)).toBe(true);
		}
		expect(file.count + file.leftOut.filter((each) => !each.id.endsWith('-part-b')).length).toBe(
			bank.questions.length,
		);
	});

	it('uses the time limit asked for', async () => {
		const { rows } = await readSheet(bank, 240);
		expect(new Set(rows.map((row) => row.time))).toEqual(new Set([240]));
		expect(kahootTimeLimits).toEqual([5, 10, 20, 30, 60, 90, 120, 240]);
	});
});

describe('Kahoot spreadsheet export of hostile banks', () => {
	it('leaves out, by id with the reason, every question Kahoot cannot take whole', async () => {
		const { file } = await readSheet(hostileBank);
		const noType = (type: string) =>
			`Kahoot's spreadsheet has no ${type} questions, only choice and true/false`;
		expect(file.leftOut).toEqual([
			{ id: 'moodle-specials', reason: noType('short-answer') },
			{ id: 'big-figure', reason: noType('numeric') },
			{ id: 'order-hostile', reason: noType('order') },
			{ id: 'long-prompt', reason: "the question is longer than Kahoot's 120 characters" },
			{ id: 'long-answer', reason: "a choice is longer than Kahoot's 75 characters for an answer" },
			{ id: 'five-choices', reason: "more choices than Kahoot's 4 answers" },
		]);
		expect(file.count).toBe(4);
		expect(file.notes).toEqual([
			'1 two-part question: part B follows as a question of its own (ID-part-b), scored apart',
		]);
	});

	it('keeps every text as text: markup, quotes, non-ASCII, and formula-like cells', async () => {
		const { rows } = await readSheet(hostileBank);
		const [html, statement, partA, partB, formula] = rows;
		expect(html?.question).toBe('Which is <b>&amp; bold</b>? ]]> "double" \'single\'');
		expect(html?.answers).toEqual([
			'<b>&amp;',
			']]>',
			'"quoted" & \'single\'',
			'Ærøskøbing naïve — 東京 🙂',
		]);
		expect(html?.correct).toBe(2);
		// A line break in a cell is made one space: Kahoot's question is one line.
		expect(statement?.question).toBe('Line one line two of “Zürich” & <co>');
		expect(statement?.correct).toBe(2);
		expect(partA?.question).toBe('Who said “<no>”?');
		expect(partB?.question).toBe('Part B of “Who said “<no>”?”: Which line & why?');
		expect(partB?.answers).toEqual(['“Zoë said <no>”', '“Ōta said ]]>”', null, null]);
		// Strings, never formulas: =SUM(…) is read back as the text it was.
		expect(formula?.answers).toEqual(['=SUM(A1:A2)', '+plain', '-minus', '@at']);
		expect(formula?.question).toBe('=1+1 is what kind of text?');
	});

	it.each(hostileBanks)(
		'%s: every row reads back as its question, on one line',
		async (_, target) => {
			const { rows, file } = await readSheet(target);
			const kept = kahootQuiz(target).rows;
			expect(rows.map((row) => row.question)).toEqual(kept.map((row) => row.question));
			expect(rows.map((row) => row.answers.filter((answer) => answer !== null))).toEqual(
				kept.map((row) => row.answers),
			);
			for (const row of kept.filter((each) => !each.id.endsWith('-part-b'))) {
				const question = target.questions.find((each) => each.id === row.id);
				expect(row.question).toBe(question?.prompt.replace(/[\s\p{Cc}]+/gu, ' ').trim());
			}
			expect(rows.length + file.leftOut.length).toBeGreaterThanOrEqual(target.questions.length);
		},
	);
});
