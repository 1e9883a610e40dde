// Candidates: "how many more … than …?" on two figures that measure the same thing.
import nlp from 'compromise';
import type { ComparisonSide } from '../facts/comparisons.js';
import type { Fact } from '../facts/facts.js';
import type { Figure } from '../facts/figures.js';
import type { Candidate } from './candidate.js';
import { common, type FactView } from './question-parts.js';

type ComparisonView = FactView & { readonly fact: Extract<Fact, { kind: 'comparison' }> };

/**
 * A numeric question on the difference of the two figures ("According to the article, the
 * DSTT is open for how many more hours on weekdays and Saturdays than on Sundays?"), with
 * the working in the explanation.
 */
export function comparisonQuestion(view: ComparisonView): Candidate | undefined {
	const { fact } = view;
	const { frame, unit, sides } = fact.comparison;
	const [larger, smaller] = [...sides].sort((a, b) => b.figure.value - a.figure.value) as [
		ComparisonSide,
		ComparisonSide,
	];
	const difference = roundOff(larger.figure.value - smaller.figure.value);
	const isMoney = larger.figure.kind === 'money';
	const howMany = isMoney ? 'how much more' : `how many more ${unit}`;
	const prompt = `According to the article, ${asClause(frame)} ${howMany} ${larger.condition} than ${smaller.condition}?`;
	const [first, second] = sides;
	const explanation = `Line ${fact.line} gives ${first.figure.text} ${first.condition} and ${second.figure.text} ${second.condition}: ${written(larger.figure, larger.figure.value)} − ${written(smaller.figure, smaller.figure.value)} = ${written(larger.figure, difference)}${isMoney ? '' : ` ${unit}`}.`;
	return {
		question: {
			...common(view, prompt, first.figure.text),
			explanation,
			type: 'numeric',
			answer: difference,
			unit,
		},
		fact,
		answerForms: [String(difference)],
		shownText: prompt,
	};
}

/** "The DSTT is open for" → "the DSTT is open for"; a name keeps its capital. */
function asClause(frame: string): string {
	const first = frame.split(' ')[0] ?? '';
	if (/^(?:The|A|An)$/u.test(first) || !nlp(first).has('#ProperNoun'))
		return `${first.toLocaleLowerCase('en')}${frame.slice(first.length)}`;
	return frame;
}

/** A value written in the figure's own scale and currency: "$1.4 billion", "2". */
function written(figure: Figure, value: number): string {
	const { prefix, number, magnitude } = figure.parts;
	const shown = Number(number.replaceAll(',', ''));
	const scale = Number.isFinite(shown) && shown > 0 ? figure.value / shown : 1;
	const scaled = roundOff(value / scale).toLocaleString('en-US', { maximumFractionDigits: 6 });
	return `${prefix}${scaled}${magnitude}`;
}

/** 0.30000000000000004 → 0.3: differences of decimals, without the float's noise. */
function roundOff(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}
