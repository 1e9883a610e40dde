import type { Bank } from '../../core/bank/schema.js';
import { plural } from '../plural.js';
import type { ExportFile } from './interchange.js';
import { defaultKahootTimer, type KahootRow, kahootQuiz } from './kahoot.js';

/** The header row of Kahoot's template (row 8; its questions start on row 9). */
export const kahootHeader = [
	'',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one',
] as const;

/** The row of Kahoot's template that holds the header; the questions follow it. */
export const kahootHeaderRow = 8;

/** The template's cells from column A: the row's number, the question, four answers, time, right. */
function cells(row: KahootRow, index: number, timer: number): (string | number | null)[] {
	// An answer the question does not have is an empty cell, as in Kahoot's template.
	const answers = [0, 1, 2, 3].map((slot) => row.answers[slot] ?? null);
	return [index + 1, row.question, ...answers, timer, row.correct];
}

/**
 * The bank as Kahoot's spreadsheet import template (`.xlsx`, sheet "Sheet1"): the quiz's title and
 * Kahoot's own reminders above, the header on row 8, one question a row from row 9, every
 * question with the time limit `timer`. The xlsx library is loaded only now.
 */
export async function toKahootXlsx(
	bank: Bank,
	name: string,
	timer = defaultKahootTimer,
): Promise<ExportFile> {
	const { default: ExcelJS } = await import('exceljs');
	const quiz = kahootQuiz(bank);
	const book = new ExcelJS.Workbook();
	book.creator = 'quizline';
	const sheet = book.addWorksheet('Sheet1');
	sheet.getCell('B2').value = `${bank.article.title} (quizline ${name})`;
	sheet.getCell('B2').font = { bold: true, size: 14 };
	sheet.getCell('B3').value =
		'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one).';
	sheet.getCell('B4').value =
		'Remember: questions have a limit of 120 characters and answers can have 75 characters max.';
	sheet.getCell('B5').value =
		"And remember, if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!";
	sheet.getRow(kahootHeaderRow).values = [...kahootHeader];
	sheet.getRow(kahootHeaderRow).font = { bold: true };
	quiz.rows.forEach((row, index) => {
		sheet.getRow(kahootHeaderRow + 1 + index).values = cells(row, index, timer);
	});
	sheet.columns.forEach((column, index) => {
		column.width = [6, 60, 30, 30, 30, 30, 14, 14][index] ?? 12;
	});
	const data = new Uint8Array(await book.xlsx.writeBuffer());
	const notes =
		quiz.partsB > 0
			? [
					`${plural(quiz.partsB, 'two-part question')}: part B follows as a question of its own (ID-part-b), scored apart`,
				]
			: [];
	return { data, count: quiz.count, leftOut: quiz.leftOut, notes };
}
