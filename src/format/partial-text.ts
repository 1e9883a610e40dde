// Words for partial credit in the trainer: an order's items in place, a two-part question's parts.
import type { Question } from '../core/bank/schema.js';
import type { Verdict } from '../core/grade/grade.js';
import type { OrderCount } from '../core/grade/grade-order.js';

/** "3 of 4 in place". */
export function inPlaceText(count: OrderCount): string {
	return `${count.right} of ${count.of} in place`;
}

/** How a verdict reads on the trainer's screens: its mark, heading and tone. */
export type TrainerVerdict = {
	readonly mark: '✓' | '◐' | '~' | '✗';
	readonly heading: string;
	readonly tone: 'right' | 'almost' | 'wrong';
};

/**
 * The heading of a verdict: right, partly right (some of an order in place, or part A right and
 * part B not), almost (a slip) or wrong; an order says how many of its items stand in place.
 */
export function trainerVerdict(verdict: Verdict): TrainerVerdict {
	const inPlace = verdict.inPlace ? ` — ${inPlaceText(verdict.inPlace)}` : '';
	if (verdict.correct) {
		const slip = verdict.kind === 'near-miss' ? ' (one slip allowed)' : '';
		return { mark: '✓', heading: `✓ Right${slip}${inPlace}`, tone: 'right' };
	}
	if (verdict.kind === 'partial') {
		const part = verdict.support && !verdict.support.correct && !verdict.inPlace;
		const words = part ? ' — part A right, part B wrong' : inPlace;
		return { mark: '◐', heading: `◐ Partly right${words}`, tone: 'almost' };
	}
	if (verdict.kind === 'near-miss')
		return { mark: '~', heading: '~ Almost — check the spelling', tone: 'almost' };
	return { mark: '✗', heading: `✗ Wrong${inPlace}`, tone: 'wrong' };
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
