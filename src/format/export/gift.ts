import type { Bank, Question } from '../../core/bank/schema.js';
import { displayScale } from '../../core/grade/parse-number.js';
import { plural } from '../plural.js';
import { plainNumber } from './plain-number.js';

/** Text with GIFT's special characters (\ ~ = # { } :) escaped and line breaks as `\n`. */
export function giftText(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** What a learner reads after answering: the quoted line of the article and the explanation. */
export function giftFeedback(question: Question): string {
	const { line, quote } = question.source;
	const why = question.explanation ? ` — ${question.explanation}` : '';
	return `Line ${line} of the article: “${quote}”${why}`;
}

/**
 * The bank in Moodle's GIFT format: choice → multiple choice, truefalse → true/false, short →
 * short answer with every accepted form, numeric → numerical with its tolerance (and the figure
 * in the scale people say it in, e.g. 140 for $140 billion, as `check` accepts too). The
 * question id is the GIFT title; the quoted line and the explanation are the general feedback.
 */
export function toGift(bank: Bank, name: string): string {
	const source = bank.article.source ? ` (${bank.article.source})` : '';
	const head = [
		`// quizline bank ${name}: ${bank.article.title}${source}`,
		`$CATEGORY: quizline/${name}`,
		'',
	];
	const questions = bank.questions.filter(hasGiftType).flatMap((question) => {
		const { support } = question;
		return support
			? [giftQuestion(question), giftPartB(question, support)]
			: [giftQuestion(question)];
	});
	return `${[...head, ...questions].join('\n')}\n`;
}

/** What GIFT cannot carry as it stands, for `export` to say on stderr. */
export function giftNotes(bank: Bank): string[] {
	const orders = bank.questions.filter((question) => !hasGiftType(question)).length;
	const twoPart = bank.questions.filter(
		(question) => hasGiftType(question) && question.support,
	).length;
	const notes: string[] = [];
	if (orders > 0)
		notes.push(`left out ${plural(orders, 'order question')}: GIFT has no ordering type`);
	if (twoPart > 0)
		notes.push(
			`${plural(twoPart, 'two-part question')}: part B follows as a question of its own (ID-part-b), graded apart, since GIFT has no two-part questions`,
		);
	return notes;
}

/** Part B of a two-part question as a multiple-choice question of its own, after part A. */
function giftPartB(question: Question, support: NonNullable<Question['support']>): string {
	const title = `::${giftText(`${question.id}-part-b`)}::${giftText(`Part B of “${question.prompt}”: ${support.prompt}`)}`;
	const answers = support.choices.map(
		(choice) => `\t${choice === support.answer ? '=' : '~'}${giftText(choice)}`,
	);
	return [
		'// part B of a two-part question: it counts only when part A is right',
		`${title}{`,
		...answers,
		`\t####${giftText(giftFeedback(question))}`,
		'}',
		'',
	].join('\n');
}

/** GIFT has no ordering type: order questions are left out. */
export const hasGiftType = (question: Question): question is Exclude<Question, { type: 'order' }> =>
	question.type !== 'order';

function giftQuestion(question: Exclude<Question, { type: 'order' }>): string {
	const tags = question.tags.length > 0 ? `tags: ${question.tags.join(', ')} · ` : '';
	const comment = `// ${tags}skill: ${question.skill}`.replace(/\r?\n/g, ' ');
	const answers = giftAnswers(question).map((answer) => `\t${answer}`);
	const feedback = `\t####${giftText(giftFeedback(question))}`;
	const title = `::${giftText(question.id)}::${giftText(question.prompt)}`;
	return [
		comment,
		`${title}{${question.type === 'numeric' ? '#' : ''}`,
		...answers,
		feedback,
		'}',
		'',
	].join('\n');
}

function giftAnswers(question: Exclude<Question, { type: 'order' }>): string[] {
	switch (question.type) {
		case 'choice':
			return question.choices.map(
				(choice) => `${choice === question.answer ? '=' : '~'}${giftText(choice)}`,
			);
		case 'truefalse':
			return [question.answer ? 'TRUE' : 'FALSE'];
		case 'short':
			return [question.answer, ...question.accept].map((answer) => `=${giftText(answer)}`);
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
