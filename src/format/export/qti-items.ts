// One question as a QTI 1.2 item of the subset Canvas's "QTI .zip file" import reads, the
// subset text2qti writes: multiple choice, true/false, short answer (fill in the blank) and
// numerical, with general, correct and incorrect feedback.
import type { Question } from '../../core/bank/schema.js';
import { feedbackHtml } from './interchange.js';
import { htmlText, xmlText } from './markup-text.js';
import { plainNumber } from './plain-number.js';

/** The question types Canvas's QTI import takes; order questions have none. */
export type QtiQuestion = Exclude<Question, { type: 'order' }>;

/** Whether Canvas's QTI import has a type for the question (it has none for ordering). */
export const hasQtiType = (question: Question): question is QtiQuestion =>
	question.type !== 'order';

const qtiTypes = {
	choice: 'multiple_choice_question',
	truefalse: 'true_false_question',
	short: 'short_answer_question',
	numeric: 'numerical_question',
} as const;

/** HTML as the content of a `<mattext texttype="text/html">`. */
const mattext = (html: string) => `<mattext texttype="text/html">${xmlText(html)}</mattext>`;

/** The choices a choice or true/false question offers, each with its ident. */
function choicesOf(question: QtiQuestion): { ident: string; text: string; isRight: boolean }[] {
	if (question.type === 'choice')
		return question.choices.map((choice, index) => ({
			ident: `${question.id}_choice_${index + 1}`,
			text: choice,
			isRight: choice === question.answer,
		}));
	if (question.type === 'truefalse')
		return [true, false].map((value) => ({
			ident: `${question.id}_choice_${value}`,
			text: value ? 'True' : 'False',
			isRight: value === question.answer,
		}));
	return [];
}

function metadata(question: QtiQuestion): string[] {
	const field = (label: string, entry: string) =>
		`<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${xmlText(entry)}</fieldentry></qtimetadatafield>`;
	const answerIds =
		question.type === 'numeric'
			? `${question.id}_numerical`
			: question.type === 'short'
				? [question.answer, ...question.accept].map(
						(_, index) => `${question.id}_answer_${index + 1}`,
					)
				: choicesOf(question).map((choice) => choice.ident);
	return [
		'<itemmetadata><qtimetadata>',
		field('question_type', qtiTypes[question.type]),
		field('points_possible', '1'),
		field('original_answer_ids', [answerIds].flat().join(',')),
		field('assessment_question_identifierref', `quizline_question_ref_${question.id}`),
		'</qtimetadata></itemmetadata>',
	];
}

function presentation(question: QtiQuestion): string[] {
	const stem = `<material>${mattext(`<p>${htmlText(question.prompt)}</p>`)}</material>`;
	if (question.type === 'short')
		return [
			'<presentation>',
			stem,
			'<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>',
			'</presentation>',
		];
	if (question.type === 'numeric')
		return [
			'<presentation>',
			stem,
			'<response_str ident="response1" rcardinality="Single"><render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str>',
			'</presentation>',
		];
	const labels = choicesOf(question).map(
		(choice) =>
			`<response_label ident="${xmlText(choice.ident)}"><material>${mattext(htmlText(choice.text))}</material></response_label>`,
	);
	return [
		'<presentation>',
		stem,
		'<response_lid ident="response1" rcardinality="Single"><render_choice>',
		...labels,
		'</render_choice></response_lid>',
		'</presentation>',
	];
}

/** A figure as QTI writes it: in full, without the float noise of a subtraction. */
const figure = (value: number) => plainNumber(Number(value.toPrecision(15)));

/** The condition a right answer meets. */
function rightCondition(question: QtiQuestion): string {
	const equal = (value: string) => `<varequal respident="response1">${xmlText(value)}</varequal>`;
	switch (question.type) {
		case 'choice':
		case 'truefalse':
			return equal(choicesOf(question).find((choice) => choice.isRight)?.ident ?? '');
		case 'short':
			return [question.answer, ...question.accept].map(equal).join('');
		case 'numeric': {
			const { answer, tolerance } = question;
			return `<or>${equal(figure(answer))}<and><vargte respident="response1">${figure(answer - tolerance)}</vargte><varlte respident="response1">${figure(answer + tolerance)}</varlte></and></or>`;
		}
	}
}

function feedback(ident: string, html: string): string {
	return `<itemfeedback ident="${ident}"><flow_mat><material>${mattext(html)}</material></flow_mat></itemfeedback>`;
}

/** The question as a QTI item: its metadata, what it shows, how it is scored, its feedback. */
export function qtiItem(question: QtiQuestion): string {
	const said = question.type === 'numeric' ? figure(question.answer) : answerWords(question);
	const other = (ident: string) =>
		`<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="${ident}"/></respcondition>`;
	return [
		`<item ident="quizline_question_${xmlText(question.id)}" title="${xmlText(question.id)}">`,
		...metadata(question),
		...presentation(question),
		'<resprocessing>',
		'<outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>',
		other('general_fb'),
		`<respcondition continue="No"><conditionvar>${rightCondition(question)}</conditionvar><setvar action="Set" varname="SCORE">100</setvar><displayfeedback feedbacktype="Response" linkrefid="correct_fb"/></respcondition>`,
		other('general_incorrect_fb'),
		'</resprocessing>',
		feedback('general_fb', feedbackHtml(question)),
		feedback('correct_fb', '<p>Right.</p>'),
		feedback('general_incorrect_fb', `<p>The answer is “${htmlText(said)}”.</p>`),
		'</item>',
	].join('\n');
}

function answerWords(question: Exclude<QtiQuestion, { type: 'numeric' }>): string {
	if (question.type === 'truefalse') return question.answer ? 'True' : 'False';
	return question.answer;
}
