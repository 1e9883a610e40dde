// Candidates: numeric, choice and true/false questions on a figure.
import { parseNumber } from '../../core/grade/parse-number.js';
import { spelledValue } from '../facts/number-words.js';
import { isNearFigure, otherDates, perturbFigure, sample } from './distractors.js';
import { trueFalse } from './entity-questions.js';
import { fillLead, numberLead, pickLead } from './prompts.js';
import {
	choiceCandidate,
	common,
	fillCandidate,
	type QuestionBuilder,
	rewrite,
} from './question-parts.js';

/** Numeric, choice and true/false questions on a figure ("$140 billion", "five months"). */
export const figureQuestion: QuestionBuilder<'figure'> = (kind, view, pools) => {
	const { fact } = view;
	const { figure } = fact;
	// "In the second half of the century": a place in an order is no quantity to ask, and its
	// other places ("third half") are nonsense beside it.
	if (figure.kind === 'ordinal') return undefined;
	if (kind === 'numeric') {
		// Blank the number and its scale: "$_____ dollars" keeps the unit in view, and the key
		// (140000000000) is what the blank holds ("140 billion"), never a number beside "billion".
		const { prefix, number, magnitude } = figure.parts;
		const start = fact.start + prefix.length;
		const blanked = `${number}${magnitude}`;
		const shownText = rewrite(view, undefined, start, start + blanked.length);
		return {
			question: {
				...common(view, `${numberLead} ${shownText}`, fact.text),
				explanation: `Line ${fact.line} gives the figure as “${fact.text}”: ${blanked.trim()} goes in the blank.`,
				type: 'numeric',
				answer: figure.value,
				...(figure.unit ? { unit: figure.unit } : {}),
			},
			fact,
			answerForms: [fact.text, number],
			shownText,
		};
	}
	if (kind === 'choice') {
		const isDigits = /\d/.test(fact.text);
		// "1.3-mile" stands beside "0.8-mile", never beside "33 miles".
		const isHyphened = /\d-\p{L}/u.test(fact.text);
		const scale = /thousand|million|billion|trillion|\dbn|\dm\b/u;
		const isScaled = scale.test(fact.text);
		const sameFormat = (text: string) =>
			text !== fact.text &&
			/\d/.test(text) === isDigits &&
			/\d-\p{L}/u.test(text) === isHyphened &&
			scale.test(text) === isScaled &&
			isNearFigure(figure, figureValue(text));
		const fromArticle = sample(pools.figures(figure.unit ?? figure.kind), 1, view.rng, sameFormat);
		const distractors = [
			...fromArticle,
			...perturbFigure(figure, view.rng, 3 - fromArticle.length),
		];
		return choiceCandidate(view, pickLead(fact), rewrite(view), fact.text, distractors, [
			fact.text,
		]);
	}
	// "exceeded $140 billion" stays true for many other figures: no true/false on those.
	if (figure.isApproximate) return undefined;
	const [swap] = kind === 'false' ? perturbFigure(figure, view.rng, 1) : [];
	if (kind === 'false' && !swap) return undefined;
	return trueFalse(view, [fact.text], swap);
};

/** Choice, fill-in and true/false questions on a date, day, month, year or time. */
export const dateQuestion: QuestionBuilder<'date'> = (kind, view, pools) => {
	const { fact } = view;
	const shownText = rewrite(view);
	if (kind === 'short') {
		const accept = otherDateFormats(fact.text);
		return fillCandidate(view, fillLead(fact), shownText, [fact.text, ...accept], {
			...(accept.length > 0 ? { accept } : {}),
		});
	}
	if (kind === 'choice') {
		const dates = pools.dates(fact.date.kind);
		const distractors = otherDates(fact.date, dates, view.rng, 3, fact.sentence.text);
		return choiceCandidate(view, pickLead(fact), shownText, fact.text, distractors, [fact.text]);
	}
	const [swap] =
		kind === 'false'
			? otherDates(fact.date, pools.dates(fact.date.kind), view.rng, 1, fact.sentence.text)
			: [];
	if (kind === 'false' && !swap) return undefined;
	return trueFalse(view, [fact.text], swap);
};

/** "September 24, 2007" ↔ "24 September 2007": the other order readers write a date in. */
function otherDateFormats(text: string): string[] {
	const monthFirst = /^(\p{Lu}\p{Ll}+) (\d{1,2}),? (\d{4})$/u.exec(text);
	if (monthFirst) return [`${monthFirst[2]} ${monthFirst[1]} ${monthFirst[3]}`];
	const dayFirst = /^(\d{1,2}) (\p{Lu}\p{Ll}+),? (\d{4})$/u.exec(text);
	if (dayFirst) return [`${dayFirst[2]} ${dayFirst[1]}, ${dayFirst[3]}`];
	return [];
}

/** The value a figure of the article is written as ("$70 billion" → 7e10), or NaN. */
function figureValue(text: string): number {
	const number = /(\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion))?)/u.exec(text)?.[1];
	if (number) return parseNumber(number)?.value ?? Number.NaN;
	return spelledValue(text.split(/[\s-]/u)[0] ?? '') ?? Number.NaN;
}
