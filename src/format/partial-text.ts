// Words for partial credit in the trainer: an order's items in place, a two-part question's parts.
import type { Question } from '../core/bank/schema.js';
import type { Verdict } from '../core/grade/grade.js';
import { verdictHeading, verdictLabel } from './verdict-label.js';
import { inPlaceText } from './verdict-parts.js';

/** How a verdict reads on the trainer's screens: its mark, heading and tone. */
export type TrainerVerdict = {
	readonly mark: string;
	readonly heading: string;
	readonly tone: 'right' | 'almost' | 'wrong';
};

/**
 * The verdict's one wording (right, almost, partly right, wrong) as a heading, with what an
 * order or two-part question adds: "~ Partly right — 2 of 4 in place".
 */
export function trainerVerdict(verdict: Verdict): TrainerVerdict {
	const label = verdictLabel(verdict);
	const detail = verdict.inPlace
		? inPlaceText(verdict.inPlace)
		: verdict.kind === 'partial' && verdict.support
			? 'part A right, part B wrong'
			: undefined;
	const heading = verdictHeading(label);
	return {
		mark: label.mark,
		tone: label.tone,
		heading: detail ? `${heading} — ${detail}` : heading,
	};
}

/**
 * A two-part question's parts, each with its result, the line part B asked for when it was
 * missed or not counted, and the rule that joins the parts.
 */
export function partResults(
	question: Question,
	verdict: Verdict,
	supportGiven: string | undefined,
): string[] {
	const isARight = verdict.support !== undefined;
	const partA = isARight ? 'right' : verdict.inPlace ? inPlaceText(verdict.inPlace) : 'wrong';
	const partB = !verdict.support
		? 'not counted (part B counts only when part A is right)'
		: verdict.support.correct
			? 'right'
			: 'wrong';
	const lines = [`Part A: ${partA} · Part B: ${partB}`];
	const expected = question.support?.answer;
	const isBRight = supportGiven !== undefined && supportGiven === expected;
	if (supportGiven !== undefined)
		lines.push(
			`Your part B: ${supportGiven}${isBRight && !verdict.support ? ' (the right line)' : ''}`,
		);
	if (expected !== undefined && !isBRight) lines.push(`Part B's line: ${expected}`);
	return lines;
}

/** The line over a two-part question: which part is asked, and part A's answer during part B. */
export function partLine(partA: string | undefined): string {
	return partA === undefined
		? 'Part A of 2 · then part B: the line that supports your answer'
		: `Part B of 2 · your part A: ${partA}`;
}
