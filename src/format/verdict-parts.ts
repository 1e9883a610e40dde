// The words for what an order or two-part verdict adds: items in place, part B's result.
import type { Question } from '../core/bank/schema.js';
import type { OrderCount } from '../core/grade/grade-order.js';
import { itemLetter } from '../core/grade/grade-order.js';

/** `2 of 4 in place`, `all 4 in place`, `none of 4 in place`. */
export function inPlaceText(count: OrderCount): string {
	if (count.right === count.of) return `all ${count.of} in place`;
	if (count.right === 0) return `none of ${count.of} in place`;
	return `${count.right} of ${count.of} in place`;
}

/** Part B as graded: right or wrong, or why it did not count. */
export function supportResultText(correct: boolean | null): string {
	if (correct === null) return 'part B not counted: part A is wrong';
	return correct ? 'part B right' : 'part B wrong';
}

/** One line of what an order or two-part verdict adds, or undefined for other questions. */
export function verdictDetail(verdict: {
	readonly inPlace?: OrderCount | null;
	readonly support?: { readonly correct: boolean | null } | null;
}): string | undefined {
	const parts: string[] = [];
	if (verdict.inPlace) parts.push(inPlaceText(verdict.inPlace));
	if (verdict.support) {
		const partA = verdict.support.correct === null ? [] : ['part A right'];
		parts.push(...partA, supportResultText(verdict.support.correct));
	}
	if (parts.length === 0) return undefined;
	const text = parts.join('; ');
	return `${text[0]?.toUpperCase()}${text.slice(1)}`;
}

/** An order question's items in the right order: `1. c) Xi unveils the Belt and Road Initiative`. */
export function rightOrderLines(question: Question & { type: 'order' }): string[] {
	return question.answer.map((letter, place) => {
		const item = question.items[letter.charCodeAt(0) - 97] ?? letter;
		return `${place + 1}. ${letter}) ${item}`;
	});
}

/** The items as shown, lettered: `a) Xi meets Kazakh President Tokayev`. */
export function letteredLines(list: readonly string[]): string[] {
	return list.map((text, index) => `${itemLetter(index)}) ${text}`);
}
