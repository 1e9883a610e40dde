import type { Question } from '../core/bank/schema.js';
import { answerText } from '../core/grade/grade.js';
import { formatNumber } from '../core/grade/parse-number.js';
import type { Style } from './style.js';
import { answerLines, formatQuotes } from './verdict-text.js';

/** How to answer a question of this type, in a line a student can follow. */
function answerHint(question: Question): string {
	switch (question.type) {
		case 'choice':
			return 'Answer with the letter, the number or the text of a choice.';
		case 'truefalse':
			return 'Answer true or false.';
		case 'short':
			return 'Answer in a few words.';
		case 'numeric':
			return question.unit ? `Answer with a number (${question.unit}).` : 'Answer with a number.';
		case 'order': {
			const letters = question.items.map((_, index) => choiceLetter(index));
			return `Answer with the letters in the order the events happened, e.g. ${letters.reverse().join(',')}.`;
		}
	}
}

/** The letter a choice is picked by: a, b, c … in bank order (as `check` reads them). */
export const choiceLetter = (index: number) => String.fromCharCode(97 + index);

/** A question as handed out: id, type, tags, prompt, lettered choices and how to answer. */
export function formatPrompt(question: Question, style: Style): string[] {
	const tags = question.tags.length > 0 ? ` · ${question.tags.join(', ')}` : '';
	const lines = [
		style.dim(`${question.id} · ${question.type}${tags}`),
		style.bold(question.prompt),
	];
	const listed =
		question.type === 'choice' ? question.choices : question.type === 'order' ? question.items : [];
	for (const [index, choice] of listed.entries()) lines.push(`  ${choiceLetter(index)}) ${choice}`);
	lines.push(style.dim(answerHint(question)));
	if (question.support) {
		lines.push(style.bold(`Part B: ${question.support.prompt}`));
		for (const [index, choice] of question.support.choices.entries())
			lines.push(`  ${choiceLetter(index)}) ${choice}`);
		lines.push(
			style.dim('Part B counts only when part A is right; answer with its letter or number.'),
		);
	}
	return lines;
}

/** The answer side: the answer, what else counts, the explanation and the quoted line. */
export function formatReveal(question: Question, style: Style): string[] {
	const lines = answerLines(question, answerText(question), style);
	if (question.type === 'short' && question.accept.length > 0) {
		lines.push(`Also accepted: ${question.accept.join(' | ')}`);
	}
	if (question.type === 'numeric' && question.tolerance > 0) {
		lines.push(`Within: ±${formatNumber(question.tolerance, question.unit)}`);
	}
	if (question.explanation) lines.push(question.explanation);
	lines.push(...formatQuotes(question, style).map((quote) => quote.trimStart()));
	return lines;
}

/** What a student may see of a question: nothing that gives the answer away. */
export function promptFields(question: Question) {
	return {
		id: question.id,
		type: question.type,
		prompt: question.prompt,
		choices: question.type === 'choice' ? question.choices : null,
		items: question.type === 'order' ? question.items : null,
		unit: question.type === 'numeric' ? (question.unit ?? null) : null,
		support: question.support
			? { prompt: question.support.prompt, choices: question.support.choices }
			: null,
		tags: question.tags,
		skill: question.skill,
	};
}
