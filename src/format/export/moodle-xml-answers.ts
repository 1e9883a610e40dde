import type { Question } from '../../core/bank/schema.js';
import { itemsInOrder } from '../../core/grade/grade-order.js';
import { displayScale } from '../../core/grade/parse-number.js';
import { htmlText, xmlText } from './markup-text.js';
import { plainNumber } from './plain-number.js';

/** A text field of Moodle XML: `<tag format="html"><text>…</text></tag>`, escaped. */
export function moodleText(tag: string, text: string, format = 'html', indent = '    '): string {
	return `${indent}<${tag} format="${format}"><text>${xmlText(text)}</text></${tag}>`;
}

/** Moodle's name for the question type a quizline type becomes. */
export function moodleQuestionType(question: Question): string {
	const types = {
		choice: 'multichoice',
		truefalse: 'truefalse',
		short: 'shortanswer',
		numeric: 'numerical',
		order: 'ordering',
	} as const;
	return types[question.type];
}

/** A short answer as Moodle matches it: `*` is its wildcard, so a literal star is `\*`. */
export const moodleShortAnswer = (answer: string) => answer.replace(/\*/g, '\\*');

const right = '<p>Right.</p>';
const wrongBut = (answer: string) => `<p>Not this one: the answer is “${htmlText(answer)}”.</p>`;

/** One `<answer>`: its grade in percent, its text, its feedback, and any extra fields. */
function answer(fraction: number, text: string, feedback: string, format: string, extra = '') {
	return [
		`    <answer fraction="${fraction}" format="${format}">`,
		`      <text>${xmlText(text)}</text>`,
		moodleText('feedback', feedback, 'html', '      '),
		...(extra ? [`      ${extra}`] : []),
		'    </answer>',
	];
}

/** The combined feedback fields of multichoice and ordering questions. */
function combinedFeedback(): string[] {
	return [
		moodleText('correctfeedback', '<p>Your answer is correct.</p>'),
		moodleText('partiallycorrectfeedback', '<p>Your answer is partially correct.</p>'),
		moodleText('incorrectfeedback', '<p>Your answer is incorrect.</p>'),
	];
}

/** The fields after the ID number that make each type: its options and its answers. */
export function moodleAnswers(question: Question): string[] {
	switch (question.type) {
		case 'choice':
			return [
				'    <single>true</single>',
				'    <shuffleanswers>true</shuffleanswers>',
				'    <answernumbering>abc</answernumbering>',
				'    <showstandardinstruction>0</showstandardinstruction>',
				...combinedFeedback(),
				...question.choices.flatMap((choice) =>
					choice === question.answer
						? answer(100, `<p>${htmlText(choice)}</p>`, right, 'html')
						: answer(0, `<p>${htmlText(choice)}</p>`, wrongBut(question.answer), 'html'),
				),
			];
		case 'truefalse': {
			const said = question.answer ? 'True' : 'False';
			return [true, false].flatMap((value) =>
				answer(
					value === question.answer ? 100 : 0,
					String(value),
					value === question.answer ? right : wrongBut(said),
					'moodle_auto_format',
				),
			);
		}
		case 'short':
			return [
				'    <usecase>0</usecase>',
				...[question.answer, ...question.accept].flatMap((form) =>
					answer(100, moodleShortAnswer(form), right, 'moodle_auto_format'),
				),
			];
		case 'numeric':
			return numericalAnswers(question);
		case 'order':
			return orderingAnswers(question);
	}
}

/** The figure with its tolerance, and again in the scale people say it in (140 for $140 billion). */
function numericalAnswers(question: Question & { type: 'numeric' }): string[] {
	const { tolerance } = question;
	const forms = [{ value: question.answer, tolerance }];
	const scale = displayScale(question.answer);
	if (scale !== 1) forms.push({ value: question.answer / scale, tolerance: tolerance / scale });
	return [
		...forms.flatMap((form) =>
			answer(
				100,
				plainNumber(form.value),
				right,
				'moodle_auto_format',
				`<tolerance>${plainNumber(form.tolerance)}</tolerance>`,
			),
		),
		'    <unitgradingtype>0</unitgradingtype>',
		'    <unitpenalty>0.1000000</unitpenalty>',
		'    <showunits>3</showunits>',
		'    <unitsleft>0</unitsleft>',
	];
}

/** Moodle's ordering type: the items in the right order, all shown, graded by position. */
function orderingAnswers(question: Question & { type: 'order' }): string[] {
	const items = itemsInOrder(question);
	return [
		'    <layouttype>VERTICAL</layouttype>',
		'    <selecttype>ALL</selecttype>',
		`    <selectcount>${items.length}</selectcount>`,
		'    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
		'    <showgrading>SHOW</showgrading>',
		'    <numberingstyle>none</numberingstyle>',
		...combinedFeedback(),
		'    <shownumcorrect/>',
		...items.flatMap((item, index) => [
			`    <answer fraction="${index + 1}" format="html">`,
			`      <text>${xmlText(`<p>${htmlText(item)}</p>`)}</text>`,
			'    </answer>',
		]),
	];
}
