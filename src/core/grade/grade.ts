import type { Question } from '../bank/schema.js';
import { type DiffPart, diffChars } from './diff.js';
import { countInPlace, itemLetter, type OrderCount, orderHint, readOrder } from './grade-order.js';
import { findSlip, normalizeText } from './normalize.js';
import { parseDate } from './parse-date.js';
import { displayScale, formatNumber, parseNumber } from './parse-number.js';

/** How an answer compares with the expected one. */
export type Verdict = {
	readonly correct: boolean;
	/**
	 * exact: the answer itself; accepted: an allowed alternative or equal form;
	 * near-miss: one slip on a long word; partial: some of an order in place, or part A of a
	 * two-part question right and part B not; wrong: anything else.
	 */
	readonly kind: 'exact' | 'accepted' | 'near-miss' | 'partial' | 'wrong';
	/** The expected answer as shown to people. */
	readonly expected: string;
	/** For a near miss: the word as typed, as expected, and the one difference between them. */
	readonly slip?: Slip;
	/** An order question: how many items stand in their place, of how many. */
	readonly inPlace?: OrderCount;
	/**
	 * A two-part question: part B (the line that supports the answer), graded only when part A
	 * is right; absent when part A is wrong, since part B does not count then.
	 */
	readonly support?: { readonly correct: boolean; readonly expected: string };
};

/** A one-edit slip on a long word: the normalised word typed, the word expected, their diff. */
export type Slip = {
	readonly typed: string;
	readonly expected: string;
	readonly diff: readonly DiffPart[];
};

/** An answer that cannot be graded as given, with what was expected instead. */
type InvalidAnswer = { readonly kind: 'invalid'; readonly message: string };

/**
 * Grade one answer; a malformed answer (e.g. letters for a number) is `invalid`, not wrong. A
 * two-part question takes part B's answer too: the whole is right only when both parts are,
 * and part B counts only when part A is right.
 */
export function gradeAnswer(
	question: Question,
	given: string,
	supportGiven?: string,
): Verdict | InvalidAnswer {
	const main = gradeMain(question, given);
	if (main.kind === 'invalid' || !question.support) return main;
	const { support } = question;
	if (!main.correct) return main;
	if (supportGiven === undefined || supportGiven.trim() === '')
		return { kind: 'invalid', message: `part B is missing: ${choiceHint(support.choices)}` };
	const chosen = resolveChoice(support.choices, supportGiven);
	if (chosen === undefined)
		return { kind: 'invalid', message: `part B: ${choiceHint(support.choices)}` };
	const correct = chosen === support.answer;
	const part = { correct, expected: support.answer };
	return correct
		? { ...main, support: part }
		: { ...main, correct: false, kind: 'partial', support: part };
}

function choiceHint(choices: readonly string[]): string {
	return `expected one of: ${choices.join(' | ')} (or its number 1–${choices.length} or letter a–${itemLetter(choices.length - 1)})`;
}

function gradeMain(question: Question, given: string): Verdict | InvalidAnswer {
	const verdict = (kind: Verdict['kind'], slip?: Verdict['slip']) =>
		verdictOf(question, kind, slip);
	if (given.trim() === '') return { kind: 'invalid', message: 'the answer is empty' };
	switch (question.type) {
		case 'choice': {
			const chosen = resolveChoice(question.choices, given);
			if (chosen === undefined) return { kind: 'invalid', message: choiceHint(question.choices) };
			return verdict(chosen === question.answer ? 'exact' : 'wrong');
		}
		case 'truefalse': {
			const value = parseBoolean(given);
			if (value === undefined) return { kind: 'invalid', message: 'expected true or false' };
			return verdict(value === question.answer ? 'exact' : 'wrong');
		}
		case 'numeric': {
			const parsed = parseNumber(given);
			if (parsed === undefined) return { kind: 'invalid', message: 'expected a number' };
			const candidates = parsed.hasMagnitude
				? [parsed.value]
				: [parsed.value, parsed.value * displayScale(question.answer)];
			const close = candidates.some(
				(value) => Math.abs(value - question.answer) <= question.tolerance + 1e-9,
			);
			return verdict(close ? (parsed.value === question.answer ? 'exact' : 'accepted') : 'wrong');
		}
		case 'order': {
			const order = readOrder(question, given);
			if (order === undefined) return { kind: 'invalid', message: orderHint(question) };
			const inPlace = countInPlace(question, order);
			const kind = inPlace.right === inPlace.of ? 'exact' : inPlace.right > 0 ? 'partial' : 'wrong';
			return { ...verdict(kind), inPlace };
		}
		case 'short': {
			const typed = normalizeText(given);
			const forms = shortForms(question);
			if (typed === forms[0]) {
				return verdict(given.trim() === question.answer ? 'exact' : 'accepted');
			}
			if (forms.includes(typed)) return verdict('accepted');
			// "25 Dec 2021" is "December 25, 2021": dates compare as dates.
			const date = parseDate(given);
			if (
				date !== undefined &&
				[question.answer, ...question.accept].some((form) => parseDate(form) === date)
			)
				return verdict('accepted');
			for (const form of forms) {
				const slip = findSlip(typed, form);
				if (slip) {
					return verdict('near-miss', { ...slip, diff: diffChars(slip.typed, slip.expected) });
				}
			}
			return verdict('wrong');
		}
	}
}

function verdictOf(question: Question, kind: Verdict['kind'], slip?: Verdict['slip']): Verdict {
	const correct =
		kind === 'exact' || kind === 'accepted' || (kind === 'near-miss' && allowsSlip(question));
	const expected = answerText(question);
	return slip ? { correct, kind, expected, slip } : { correct, kind, expected };
}

function allowsSlip(question: Question): boolean {
	return question.type === 'short' && question.allowNearMiss;
}

// Grading a class's sheets asks the same questions thousands of times: what depends only on the
// question is worked out once. Banks are never changed once loaded, so identity is a safe key.
const shownAnswers = new WeakMap<Question, string>();
const normalizedLists = new WeakMap<readonly string[], readonly string[]>();
const normalizedForms = new WeakMap<Question, readonly string[]>();

/** normalizeText of each item, once per list. */
function normalizedList(list: readonly string[]): readonly string[] {
	let normalized = normalizedLists.get(list);
	if (!normalized) {
		normalized = list.map(normalizeText);
		normalizedLists.set(list, normalized);
	}
	return normalized;
}

/** The answer and the accepted forms of a short question, normalized; the answer first. */
function shortForms(question: Question & { type: 'short' }): readonly string[] {
	let forms = normalizedForms.get(question);
	if (!forms) {
		forms = [question.answer, ...question.accept].map(normalizeText);
		normalizedForms.set(question, forms);
	}
	return forms;
}

/** The expected answer as shown to people: "$140 billion", "True", the choice text. */
export function answerText(question: Question): string {
	let shown = shownAnswers.get(question);
	if (shown === undefined) {
		shown = describeAnswer(question);
		shownAnswers.set(question, shown);
	}
	return shown;
}

function describeAnswer(question: Question): string {
	switch (question.type) {
		case 'choice':
		case 'short':
			return question.answer;
		case 'truefalse':
			return question.answer ? 'True' : 'False';
		case 'numeric':
			return formatNumber(question.answer, question.unit);
		case 'order':
			return question.answer.join(', ');
	}
}

/** A choice by its text (leniently), or by its 1-based number or letter in bank order. */
export function resolveChoice(choices: readonly string[], given: string): string | undefined {
	const typed = normalizeText(given);
	const index = normalizedList(choices).indexOf(typed);
	if (index >= 0) return choices[index];
	const trimmed = given.trim().toLowerCase();
	const position = /^\d+$/.test(trimmed)
		? Number(trimmed) - 1
		: /^[a-h]$/.test(trimmed)
			? trimmed.charCodeAt(0) - 97
			: -1;
	return choices[position];
}

function parseBoolean(given: string): boolean | undefined {
	const typed = normalizeText(given);
	if (['true', 't', 'yes', 'y', '1'].includes(typed)) return true;
	if (['false', 'f', 'no', 'n', '0'].includes(typed)) return false;
	return undefined;
}
