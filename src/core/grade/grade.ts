import type { Question } from '../bank/schema.js';
import { type DiffPart, diffChars } from './diff.js';
import { findSlip, normalizeText } from './normalize.js';
import { displayScale, formatNumber, parseNumber } from './parse-number.js';

/** How an answer compares with the expected one. */
export type Verdict = {
	readonly correct: boolean;
	/**
	 * exact: the answer itself; accepted: an allowed alternative or equal form;
	 * near-miss: one slip on a long word; wrong: anything else.
	 */
	readonly kind: 'exact' | 'accepted' | 'near-miss' | 'wrong';
	/** The expected answer as shown to people. */
	readonly expected: string;
	/** For a near miss: the word as typed, as expected, and the one difference between them. */
	readonly slip?: Slip;
};

/** A one-edit slip on a long word: the normalised word typed, the word expected, their diff. */
export type Slip = {
	readonly typed: string;
	readonly expected: string;
	readonly diff: readonly DiffPart[];
};

/** An answer that cannot be graded as given, with what was expected instead. */
export type InvalidAnswer = { readonly kind: 'invalid'; readonly message: string };

/** Grade one answer; a malformed answer (e.g. letters for a number) is `invalid`, not wrong. */
export function gradeAnswer(question: Question, given: string): Verdict | InvalidAnswer {
	const expected = answerText(question);
	const verdict = (kind: Verdict['kind'], slip?: Verdict['slip']): Verdict => ({
		correct:
			kind === 'exact' || kind === 'accepted' || (kind === 'near-miss' && allowsSlip(question)),
		kind,
		expected,
		...(slip ? { slip } : {}),
	});
	if (given.trim() === '') return { kind: 'invalid', message: 'the answer is empty' };
	switch (question.type) {
		case 'choice': {
			const chosen = resolveChoice(question.choices, given);
			if (chosen === undefined) {
				return { kind: 'invalid', message: `expected one of: ${question.choices.join(' | ')}` };
			}
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
		case 'short': {
			const typed = normalizeText(given);
			if (typed === normalizeText(question.answer)) {
				return verdict(given.trim() === question.answer ? 'exact' : 'accepted');
			}
			const forms = [question.answer, ...question.accept].map(normalizeText);
			if (forms.includes(typed)) return verdict('accepted');
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

function allowsSlip(question: Question): boolean {
	return question.type === 'short' && question.allowNearMiss;
}

/** The expected answer as shown to people: "$140 billion", "True", the choice text. */
export function answerText(question: Question): string {
	switch (question.type) {
		case 'choice':
		case 'short':
			return question.answer;
		case 'truefalse':
			return question.answer ? 'True' : 'False';
		case 'numeric':
			return formatNumber(question.answer, question.unit);
	}
}

/** A choice by its text (leniently), or by its 1-based number or letter in bank order. */
export function resolveChoice(choices: readonly string[], given: string): string | undefined {
	const typed = normalizeText(given);
	const byText = choices.find((choice) => normalizeText(choice) === typed);
	if (byText !== undefined) return byText;
	const trimmed = given.trim().toLowerCase();
	const index = /^\d+$/.test(trimmed)
		? Number(trimmed) - 1
		: /^[a-h]$/.test(trimmed)
			? trimmed.charCodeAt(0) - 97
			: -1;
	return choices[index];
}

function parseBoolean(given: string): boolean | undefined {
	const typed = normalizeText(given);
	if (['true', 't', 'yes', 'y', '1'].includes(typed)) return true;
	if (['false', 'f', 'no', 'n', '0'].includes(typed)) return false;
	return undefined;
}
