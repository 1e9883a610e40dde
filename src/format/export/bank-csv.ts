import type { Bank, Question } from '../../core/bank/schema.js';
import { csvLine, guardFormula } from '../../core/csv.js';
import { type QuestionField, questionFieldOrder } from '../question-fields.js';
import { plainNumber } from './plain-number.js';

type Column =
	| Exclude<QuestionField, 'allowNearMiss' | 'source'>
	| 'items'
	| 'line'
	| 'quote'
	| 'highlight'
	| 'moreLines'
	| 'supportPrompt'
	| 'supportChoices'
	| 'supportAnswer';

/**
 * The columns of the CSV export, in the bank's field order: an order question's items follow the
 * choices, the source is three columns and the further sources' lines one, part B of a two-part
 * question is three columns after the answer's, and `allowNearMiss` is left out.
 */
export const bankCsvColumns: readonly Column[] = questionFieldOrder.flatMap((field): Column[] => {
	if (field === 'choices') return ['choices', 'items'];
	if (field === 'source') return ['line', 'quote', 'highlight', 'moreLines'];
	if (field === 'unit') return ['unit', 'supportPrompt', 'supportChoices', 'supportAnswer'];
	return field === 'allowNearMiss' ? [] : [field];
});

/** How lists (choices, accepted answers, tags) are joined in one CSV cell. */
export const listSeparator = ' | ';

/**
 * The whole bank as CSV (RFC 4180, CRLF), one question per row; empty cells where n/a. A cell a
 * spreadsheet would run as a formula (`=1+1 …`) is guarded with an apostrophe (`guardFormula`).
 * `export` puts a byte order mark before it when it writes a file.
 */
export function toBankCsv(bank: Bank): string {
	const rows = bank.questions.map((question) => row(question).map(guardFormula));
	return [bankCsvColumns, ...rows].map(csvLine).join('');
}

function row(question: Question): string[] {
	const cells: Record<Column, string> = {
		id: question.id,
		type: question.type,
		prompt: question.prompt,
		choices: question.type === 'choice' ? question.choices.join(listSeparator) : '',
		// An order's items as shown (a, b, c…); its answer is their letters, "c,a,d,b", as check reads.
		items: question.type === 'order' ? question.items.join(listSeparator) : '',
		answer:
			typeof question.answer === 'number' ? plainNumber(question.answer) : String(question.answer),
		accept: question.type === 'short' ? question.accept.join(listSeparator) : '',
		tolerance: question.type === 'numeric' ? plainNumber(question.tolerance) : '',
		unit: question.type === 'numeric' ? (question.unit ?? '') : '',
		supportPrompt: question.support?.prompt ?? '',
		supportChoices: question.support?.choices.join(listSeparator) ?? '',
		supportAnswer: question.support?.answer ?? '',
		line: String(question.source.line),
		quote: question.source.quote,
		highlight: question.source.highlight ?? '',
		moreLines: (question.moreSources ?? []).map((source) => source.line).join(listSeparator),
		explanation: question.explanation ?? '',
		tags: question.tags.join(listSeparator),
		skill: question.skill,
		origin: question.origin,
	};
	return bankCsvColumns.map((column) => cells[column]);
}
