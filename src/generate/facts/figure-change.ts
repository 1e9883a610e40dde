// Facts: a figure that changed, "from 6,800 metric tons in 1900 to 2,810,000 metric tons in 1954".
import { type Comparison, isInexact, pronounStart } from './comparisons.js';
import type { Figure } from './figures.js';

/** Verbs of change in the past, with the form a "did … ?" question takes. */
const changeVerbs: Readonly<Record<string, string>> = {
	grew: 'grow',
	rose: 'rise',
	increased: 'increase',
	fell: 'fall',
	dropped: 'drop',
	declined: 'decline',
	climbed: 'climb',
	jumped: 'jump',
	shrank: 'shrink',
	decreased: 'decrease',
};
const subjectAndVerb = new RegExp(
	String.raw`^(\p{Lu}[\p{L}’'\s-]*?)\s(${Object.keys(changeVerbs).join('|')})\sfrom\s$`,
	'u',
);
/** "in 1900": when a side held, a year at most. */
const when = /^\s(in\s(?:1\d{3}|2[01]\d{2}))\b/u;

/**
 * "World production of the metal grew from 6,800 metric tons in 1900 to 2,810,000 metric tons
 * in 1954": what changed, how, in the same unit both times, each side with its year if given.
 */
export function findChanges(sentence: string, figures: readonly Figure[]): Comparison[] {
	return figures.flatMap((figure, index) => {
		const next = figures[index + 1];
		const change = next && changeOf(sentence, figure, next);
		return change ? [change] : [];
	});
}

function changeOf(sentence: string, a: Figure, b: Figure): Comparison | undefined {
	if (a.kind !== b.kind || a.kind === 'ordinal' || a.kind === 'percent') return undefined;
	if (a.isApproximate || b.isApproximate || a.value === b.value) return undefined;
	if (a.parts.prefix !== b.parts.prefix) return undefined;
	const clauseStart = Math.max(0, sentence.lastIndexOf('; ', a.start) + 1);
	const head = subjectAndVerb.exec(sentence.slice(clauseStart, a.start).trimStart());
	const subject = head?.[1];
	const verb = changeVerbs[head?.[2] ?? ''];
	if (!subject || !verb || pronounStart.test(subject) || isInexact(subject)) return undefined;
	if (subject.split(/\s+/u).length > 10) return undefined;
	// The unit is the words after each number, which must be the same: "metric tons".
	const unitOf = (figure: Figure) =>
		/^((?:\s[\p{Ll}-]+){0,2}?)(?=\s(?:in|to)\s|[,.;]|$)/u.exec(sentence.slice(figure.end))?.[1];
	const [unitA, unitB] = [unitOf(a), unitOf(b)];
	const unit = `${a.parts.suffix}${unitA ?? ''}`.trim() || a.unit;
	if (unitA === undefined || unitA !== unitB || !unit || a.parts.suffix !== b.parts.suffix)
		return undefined;
	const afterA = sentence.slice(a.end + unitA.length);
	const yearA = when.exec(afterA)?.[1];
	const link = afterA.slice(yearA ? yearA.length + 1 : 0);
	if (!link.startsWith(` to ${sentence.slice(b.start, b.end)}`)) return undefined;
	const yearB = when.exec(sentence.slice(b.end + unitA.length))?.[1];
	if (Boolean(yearA) !== Boolean(yearB)) return undefined;
	return {
		kind: 'change',
		frame: subject,
		verb,
		unit,
		sides: [
			{ figure: a, condition: yearA ?? '' },
			{ figure: b, condition: yearB ?? '' },
		],
	};
}
