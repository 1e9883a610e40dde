import type { Bank, Question } from '../../core/bank/schema.js';
import { answerText } from '../../core/grade/grade.js';
import { choiceLetter } from '../question-text.js';
import { quoteParts } from '../quote.js';
import { rightOrderLines } from '../verdict-parts.js';

/** Text safe in an HTML field of an Anki note: no tags, no tab, line breaks as <br>. */
export function ankiHtml(text: string): string {
	return text
		.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`)
		.replace(/\t/g, ' ')
		.replace(/\r?\n/g, '<br>');
}

/** An Anki tag: no spaces (Anki splits tags on them). */
const ankiTag = (tag: string) => tag.trim().replace(/\s+/g, '_');

/**
 * The bank as a tab-separated file Anki imports as Basic notes: front (the prompt, with the
 * choices), back (the answer, the explanation and the quoted line with the answer in bold),
 * tags (the question's, plus quizline::BANK). The header lines tell Anki the separator, that
 * fields are HTML, and which column holds the tags.
 */
export function toAnkiTsv(bank: Bank, name: string): string {
	const header = ['#separator:tab', '#html:true', '#tags column:3', '#columns:Front\tBack\tTags'];
	const rows = bank.questions.map((question) =>
		[front(question), back(question), tags(question, name)].join('\t'),
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
	return parts.join('<br><br>');
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
