import type { Bank, Question } from '../../core/bank/schema.js';
import { answerText } from '../../core/grade/grade.js';
import { choiceLetter } from '../question-text.js';
import { quoteParts } from '../quote.js';
import { rightOrderLines } from '../verdict-parts.js';

/**
 * Text safe in an HTML field of an Anki note: no tags, no tab, no quote a reader could take for
 * a quoted field, line breaks (LF, CRLF and a lone CR, each of which ends a row) as <br>.
 */
export function ankiHtml(text: string): string {
	return text
		.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`)
		.replace(/\t/g, ' ')
		.replace(/\r\n?|\n/g, '<br>');
}

/** An Anki tag: no spaces (Anki splits tags on them). */
const ankiTag = (tag: string) => tag.trim().replace(/\s+/g, '_');

/** A header value on one line: a line break would end the header line early. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A plain (not HTML) field: quoted, with quotes doubled, when it holds a quote, since Anki's
 * reader takes a field that opens with one for a quoted field.
 */
const plainField = (text: string) =>
	text.includes('"') ? `"${text.replaceAll('"', '""')}"` : text;

/**
 * The GUID of a question's note: the bank's name and the question's stable id, so importing the
 * file again updates the notes (an edited prompt, a new explanation) instead of adding twins.
 */
export const ankiGuid = (name: string, question: Question) =>
	`quizline/${oneLine(name)}/${question.id}`;

/**
 * The bank as a tab-separated file Anki imports as Basic notes: front (the prompt, with the
 * choices), back (the answer, the explanation and the quoted line with the answer in bold),
 * tags (the question's, plus quizline::BANK) and the note's GUID. The header lines (Anki's
 * file headers) give the separator, that fields are HTML, the note type, the deck, and which
 * columns hold the tags and the GUID.
 */
export function toAnkiTsv(bank: Bank, name: string): string {
	const header = [
		'#separator:tab',
		'#html:true',
		'#notetype:Basic',
		`#deck:quizline::${oneLine(name)}`,
		'#tags column:3',
		'#guid column:4',
		'#columns:Front\tBack\tTags\tGUID',
	];
	const rows = bank.questions.map((question) =>
		[
			front(question),
			back(question),
			plainField(tags(question, name)),
			plainField(ankiGuid(name, question)),
		].join('\t'),
	);
	return `${[...header, ...rows].join('\n')}\n`;
}

/** `a) …<br>b) …`: a list lettered as the learner picks from it. */
const lettered = (list: readonly string[]) =>
	list.map((entry, index) => `${choiceLetter(index)}) ${ankiHtml(entry)}`).join('<br>');

function front(question: Question): string {
	const parts = [ankiHtml(question.prompt)];
	if (question.type === 'choice') parts.push(lettered(question.choices));
	if (question.type === 'order') parts.push(lettered(question.items), 'Put them in order.');
	if (question.type === 'truefalse') parts.push('True or false?');
	if (question.support)
		parts.push(`Part B: ${ankiHtml(question.support.prompt)}`, lettered(question.support.choices));
	// A row that opens with # is a comment to Anki, and the note would be lost.
	return parts.join('<br><br>').replace(/^#/, '&#35;');
}

function back(question: Question): string {
	const quote = quoteParts(question);
	const marked = quote.span ? `<b>${ankiHtml(quote.span)}</b>` : '';
	const parts = [`<b>${ankiHtml(answerText(question))}</b>`];
	if (question.type === 'order') parts.push(rightOrderLines(question).map(ankiHtml).join('<br>'));
	if (question.support) parts.push(`Part B: <b>${ankiHtml(question.support.answer)}</b>`);
	if (question.explanation) parts.push(ankiHtml(question.explanation));
	parts.push(`Line ${quote.line}: “${ankiHtml(quote.before)}${marked}${ankiHtml(quote.after)}”`);
	return parts.join('<br><br>');
}

function tags(question: Question, name: string): string {
	return [...question.tags.map(ankiTag), `quizline::${ankiTag(name)}`].join(' ');
}
