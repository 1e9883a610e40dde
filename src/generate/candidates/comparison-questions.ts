// Candidates: "how many more … than …?" on two figures that measure the same thing.
import nlp from 'compromise';
import type { Comparison, ComparisonSide } from '../facts/comparisons.js';
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
	const { unit, sides } = fact.comparison;
	const [larger, smaller] = [...sides].sort((a, b) => b.figure.value - a.figure.value) as [
		ComparisonSide,
		ComparisonSide,
	];
	const difference = roundOff(larger.figure.value - smaller.figure.value);
	const isMoney = larger.figure.kind === 'money';
	const prompt = promptOf(fact.comparison, isMoney, larger, smaller);
	const [first, second] = sides;
	const said = (side: ComparisonSide) =>
		`${side.figure.text}${spelledUnit(side, unit)} ${side.condition}`.trim();
	const explanation = `Line ${fact.line} gives ${said(first)} and ${said(second)}: ${written(larger.figure, larger.figure.value)} − ${written(smaller.figure, smaller.figure.value)} = ${written(larger.figure, difference)}${isMoney ? '' : ` ${unit}`}.`;
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

/**
 * "According to the article, the DSTT is open for how many more hours on weekdays … than on
 * Sundays?", or for a change, "… by how many metric tons did world production of the metal
 * grow from 1900 to 1954?"
 */
function promptOf(
	comparison: Comparison,
	isMoney: boolean,
	larger: ComparisonSide,
	smaller: ComparisonSide,
): string {
	const { frame, unit } = comparison;
	if (comparison.kind === 'change') {
		const [from, to] = comparison.sides.map((side) => side.condition.replace(/^in\s/u, ''));
		const span = from && to ? ` from ${from} to ${to}` : '';
		const byHowMuch = isMoney ? 'by how much' : `by how many ${unit}`;
		return `According to the article, ${byHowMuch} did ${asClause(frame)} ${comparison.verb}${span}?`;
	}
	const howMany = isMoney ? 'how much more' : `how many more ${unit}`;
	return `According to the article, ${asClause(frame)} ${howMany} ${larger.condition} than ${smaller.condition}?`;
}

/** "6,800" of "6,800 metric tons", whose unit the figure's own text leaves out. */
function spelledUnit(side: ComparisonSide, unit: string): string {
	return side.figure.text.endsWith(unit) || side.figure.kind === 'money' ? '' : ` ${unit}`;
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
