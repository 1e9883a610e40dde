import type { Bank, Question } from '../../core/bank/schema.js';
import { csvLine } from '../../core/csv.js';
import { type QuestionField, questionFieldOrder } from '../question-fields.js';
import { plainNumber } from './plain-number.js';

type Column = Exclude<QuestionField, 'allowNearMiss' | 'source'> | 'line' | 'quote' | 'highlight';

/**
 * The columns of the CSV export, in the bank's field order: the source is three columns, and
 * `allowNearMiss` is left out.
 */
export const bankCsvColumns: readonly Column[] = questionFieldOrder.flatMap((field): Column[] => {
	if (field === 'source') return ['line', 'quote', 'highlight'];
	return field === 'allowNearMiss' ? [] : [field];
});

/** How lists (choices, accepted answers, tags) are joined in one CSV cell. */
export const listSeparator = ' | ';

/** The whole bank as CSV (RFC 4180, CRLF), one question per row; empty cells where n/a. */
export function toBankCsv(bank: Bank): string {
	return [bankCsvColumns, ...bank.questions.map(row)].map(csvLine).join('');
}

function row(question: Question): string[] {
	const cells: Record<Column, string> = {
		id: question.id,
		type: question.type,
		prompt: question.prompt,
		choices: question.type === 'choice' ? question.choices.join(listSeparator) : '',
		answer:
			typeof question.answer === 'number' ? plainNumber(question.answer) : String(question.answer),
		accept: question.type === 'short' ? question.accept.join(listSeparator) : '',
		tolerance: question.type === 'numeric' ? plainNumber(question.tolerance) : '',
		unit: question.type === 'numeric' ? (question.unit ?? '') : '',
		line: String(question.source.line),
		quote: question.source.quote,
		highlight: question.source.highlight ?? '',
		explanation: question.explanation ?? '',
		tags: question.tags.join(listSeparator),
		skill: question.skill,
		origin: question.origin,
	};
	return bankCsvColumns.map((column) => cells[column]);
}
