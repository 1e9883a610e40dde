import type { Bank, Question } from '../../core/bank/schema.js';
import { displayScale } from '../../core/grade/parse-number.js';
import { plural } from '../plural.js';
import {
	giftChoice,
	giftOneLine,
	giftPlain,
	giftShortAnswer,
	giftText,
	plainMarker,
} from './gift-text.js';
import { plainNumber } from './plain-number.js';

export { giftText } from './gift-text.js';

/** What a learner reads after answering: the quoted line of the article and the explanation. */
export function giftFeedback(question: Question): string {
	const { line, quote } = question.source;
	const why = question.explanation ? ` — ${question.explanation}` : '';
	return `Line ${line} of the article: “${quote}”${why}`;
}

/** A question GIFT can carry. */
type GiftQuestion = Exclude<Question, { type: 'order' }>;

/**
 * The bank in Moodle's GIFT format: choice → multiple choice, truefalse → true/false, short →
 * short answer with every accepted form, numeric → numerical with its tolerance (and the figure
 * in the scale people say it in, e.g. 140 for $140 billion, as `check` accepts too). The
 * question id is the GIFT title; the quoted line and the explanation are the general feedback.
 * Every text is plain (Moodle shows `<`, `&` and `*` as they stand); questions GIFT cannot carry
 * (see `giftLeftOut`) are left out.
 */
export function toGift(bank: Bank, name: string): string {
	const source = bank.article.source ? ` (${bank.article.source})` : '';
	const head = [
		giftOneLine(`// quizline bank ${name}: ${bank.article.title}${source}`),
		`$CATEGORY: quizline/${giftOneLine(name)}`,
		'',
	];
	const questions = bank.questions.filter(giftCarries).flatMap((question) => {
		const { support } = question;
		return support
			? [giftQuestion(question), giftPartB(question, support)]
			: [giftQuestion(question)];
	});
	return `${[...head, ...questions].join('\n')}\n`;
}

/**
 * Why GIFT cannot carry a question as Moodle would read it, or undefined when it can: GIFT has
 * no ordering type; a short answer with several forms, one holding `->`, reads as a matching
 * question (one form is written without `=`, which Moodle reads right); Moodle trims every text,
 * and a blank one makes the question fail to import.
 */
export function giftLeftOut(question: Question): string | undefined {
	if (question.type === 'order') return 'GIFT has no ordering type';
	const forms = question.type === 'short' ? [question.answer, ...question.accept] : [];
	if (forms.length > 1 && forms.some((form) => form.includes('->')))
		return 'an accepted answer holds "->", which Moodle reads as a matching question when there are several';
	const texts = [
		question.prompt,
		...forms,
		...(question.type === 'choice' ? question.choices : []),
		...(question.support?.choices ?? []),
	];
	if (texts.some((text) => text.trim() === ''))
		return 'a text is blank once Moodle trims it, and Moodle refuses the question';
	return undefined;
}

/** Whether GIFT carries the question (see `giftLeftOut`). */
export const giftCarries = (question: Question): question is GiftQuestion =>
	giftLeftOut(question) === undefined;

/** What GIFT leaves out (by id, with the reason) or carries differently, for `export` to say. */
export function giftNotes(bank: Bank): string[] {
	const leftOut = new Map<string, string[]>();
	for (const question of bank.questions) {
		const reason = giftLeftOut(question);
		if (reason !== undefined) leftOut.set(reason, [...(leftOut.get(reason) ?? []), question.id]);
	}
	const notes = [...leftOut].map(([reason, ids]) => {
		const what = reason.startsWith('GIFT has no ordering') ? 'order question' : 'question';
		return `left out ${plural(ids.length, what)}: ${reason} (${ids.join(', ')})`;
	});
	const twoPart = bank.questions.filter(
		(question) => giftCarries(question) && question.support,
	).length;
	if (twoPart > 0)
		notes.push(
			`${plural(twoPart, 'two-part question')}: part B follows as a question of its own (ID-part-b), graded apart, since GIFT has no two-part questions`,
		);
	return notes;
}

/** `::title::[plain]text`: the start of a question, its text in the plain format. */
const giftStart = (title: string, text: string) =>
	`::${giftText(title)}::${plainMarker}${giftText(text)}`;

/** Part B of a two-part question as a multiple-choice question of its own, after part A. */
function giftPartB(question: Question, support: NonNullable<Question['support']>): string {
	const title = giftStart(
		`${question.id}-part-b`,
		`Part B of “${question.prompt}”: ${support.prompt}`,
	);
	const answers = support.choices.map(
		(choice) => `\t${choice === support.answer ? '=' : '~'}${giftChoice(choice)}`,
	);
	return [
		'// part B of a two-part question: it counts only when part A is right',
		`${title}{`,
		...answers,
		`\t####${giftPlain(giftFeedback(question))}`,
		'}',
		'',
	].join('\n');
}

function giftQuestion(question: GiftQuestion): string {
	const tags = question.tags.length > 0 ? `tags: ${question.tags.join(', ')} · ` : '';
	const comment = giftOneLine(`// ${tags}skill: ${question.skill}`);
	const answers = giftAnswers(question).map((answer) => `\t${answer}`);
	const feedback = `\t####${giftPlain(giftFeedback(question))}`;
	return [
		comment,
		`${giftStart(question.id, question.prompt)}{${question.type === 'numeric' ? '#' : ''}`,
		...answers,
		feedback,
		'}',
		'',
	].join('\n');
}

function giftAnswers(question: GiftQuestion): string[] {
	switch (question.type) {
		case 'choice':
			return question.choices.map(
				(choice) => `${choice === question.answer ? '=' : '~'}${giftChoice(choice)}`,
			);
		case 'truefalse':
			return [question.answer ? 'TRUE' : 'FALSE'];
		case 'short': {
			const forms = [question.answer, ...question.accept].map(giftShortAnswer);
			// One form with "->" goes without "=": Moodle takes "=" and "->" together for matching.
			return forms.length === 1 && question.answer.includes('->')
				? forms
				: forms.map((form) => `=${form}`);
		}
		case 'numeric': {
			const { answer, tolerance } = question;
			const forms = [`=${plainNumber(answer)}:${plainNumber(tolerance)}`];
			const scale = displayScale(answer);
			if (scale !== 1)
				forms.push(`=${plainNumber(answer / scale)}:${plainNumber(tolerance / scale)}`);
			return forms;
		}
	}
}
