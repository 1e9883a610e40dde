// An order question's answer: the items' letters (or numbers, or texts) read, then counted in place.
import type { Question } from '../bank/schema.js';
import { normalizeText } from './normalize.js';

type OrderQuestion = Question & { type: 'order' };

/** The letter an item is named by: a, b, c… in the order the bank lists them. */
export const itemLetter = (index: number) => String.fromCharCode(97 + index);

/** The items' texts in the right order. */
export function itemsInOrder(question: OrderQuestion): string[] {
	return question.answer.map((letter) => question.items[letter.charCodeAt(0) - 97] ?? letter);
}

/** How many of the given order stand where the answer has them, of how many items. */
export type OrderCount = { readonly right: number; readonly of: number };

/**
 * Read an order as given: letters or numbers ("c,a,d,b", "c a d b", "cadb", "3 1 4 2") or the
 * items' texts, one per line or between " | ". Undefined unless each item is named once.
 */
export function readOrder(question: OrderQuestion, given: string): string[] | undefined {
	const count = question.items.length;
	const trimmed = given.trim().toLowerCase();
	const letters = itemLettersOf(count);
	let named: string[] | undefined;
	if (new RegExp(`^[${letters.join('')}]{${count}}$`).test(trimmed)) named = trimmed.split('');
	else if (/^[a-z0-9]+(\s*[,;\s]\s*[a-z0-9]+)*$/.test(trimmed)) {
		named = trimmed.split(/\s*[,;\s]\s*/).map((part) => {
			if (/^\d+$/.test(part)) return itemLetter(Number(part) - 1);
			return part;
		});
	} else {
		const texts = normalizedItems(question);
		named = given
			.split(/\s*(?:\n|\|)\s*/)
			.filter((part) => part.trim() !== '')
			.map((part) => {
				const index = texts.indexOf(normalizeText(part));
				return index >= 0 ? itemLetter(index) : '?';
			});
	}
	const isWhole =
		named.length === count &&
		new Set(named).size === count &&
		named.every((letter) => letters.includes(letter));
	return isWhole ? named : undefined;
}

/** How many items of `order` stand in their right place. */
export function countInPlace(question: OrderQuestion, order: readonly string[]): OrderCount {
	let right = 0;
	question.answer.forEach((letter, index) => {
		if (order[index] === letter) right++;
	});
	return { right, of: question.answer.length };
}

/** What `check` and the screens say an order answer looks like. */
export function orderHint(question: OrderQuestion): string {
	const letters = itemLettersOf(question.items.length);
	return `expected the ${letters.length} letters ${letters.join(', ')} in the order the events happened, e.g. ${[...letters].reverse().join(',')}`;
}

/** The letters of `count` items: a, b, c … */
export const itemLettersOf = (count: number) =>
	Array.from({ length: count }, (_, index) => itemLetter(index));

/** Whether an order's answer names each of its `count` items once (the bank schema's rule). */
export function namesEachItemOnce(count: number, answer: readonly string[]): boolean {
	return [...answer].sort().join('') === itemLettersOf(count).join('');
}

const normalized = new WeakMap<OrderQuestion, readonly string[]>();

function normalizedItems(question: OrderQuestion): readonly string[] {
	let texts = normalized.get(question);
	if (!texts) {
		texts = question.items.map(normalizeText);
		normalized.set(question, texts);
	}
	return texts;
}
