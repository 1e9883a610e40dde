import { findPhrase, isNear, isSame, type OptionKey, optionKey } from './alike.js';
import type { Candidate } from './candidate.js';
import { blank } from './candidate.js';
import { danglingStarts } from './excerpt.js';

/** Why a candidate question was dropped. */
export const rejectionReasons = [
	'quote-not-in-line',
	'unreadable-prompt',
	'answer-in-prompt',
	'too-few-options',
	'distractor-is-answer',
	'duplicate-options',
	'answer-longest',
	'same-fact',
	'crowded-sentence',
	'overused-answer',
] as const;
/** One of `rejectionReasons`. */
export type RejectionReason = (typeof rejectionReasons)[number];

/** A quality rule: a detail string when the candidate breaks it, undefined when it passes. */
export type Rule = (candidate: Candidate, line: string) => string | undefined;

/** The source quote must stand verbatim on its line (it always should; this guards the builder). */
export const quoteNotInLine: Rule = ({ question }, line) =>
	line.includes(question.source.quote)
		? undefined
		: `quote not found on line ${question.source.line}`;

/** A prompt must read on its own: enough words left around the blank, no "he"/"it" opening. */
export const unreadablePrompt: Rule = ({ shownText, fact }) => {
	const text = shownText.replaceAll(blank, ' ').replace(/[…“”"‘’()]/gu, ' ');
	const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
	const least = fact.kind === 'quote' ? 3 : 6;
	if (words.length < least) return `only ${words.length} words besides the blank`;
	const first = (words[0] ?? '').toLocaleLowerCase('en').replace(/[^\p{L}]/gu, '');
	if (fact.kind !== 'quote' && danglingStarts.has(first))
		return `starts with “${words[0]}”, unclear out of context`;
	return undefined;
};

/** Neither the answer nor another form of it may be readable in the prompt. */
export const answerInPrompt: Rule = ({ question, shownText, answerForms }) => {
	if (question.type === 'truefalse') return undefined;
	const form = findPhrase(shownText, answerForms);
	return form === undefined ? undefined : `“${form}” is in the prompt`;
};

/** A choice needs the answer and at least two distractors. */
export const tooFewOptions: Rule = ({ question }) =>
	question.type === 'choice' && question.choices.length < 3
		? `${question.choices.length === 1 ? 'no distractor' : 'only one distractor'} of the same kind`
		: undefined;

/** No distractor may be the answer in other words ("Xi" for "Xi Jinping", a plural, a case). */
export const distractorIsAnswer: Rule = ({ question, answerForms }) => {
	if (question.type !== 'choice') return undefined;
	const forms = [question.answer, ...answerForms].map(optionKey);
	const twin = question.choices.find((choice) => {
		if (choice === question.answer) return false;
		const key = optionKey(choice);
		return forms.some((form) => isSame(key, form));
	});
	return twin === undefined ? undefined : `“${twin}” is “${question.answer}” in other words`;
};

/** No two options may be the same or near the same. */
export const duplicateOptions: Rule = ({ question }) => {
	if (question.type !== 'choice') return undefined;
	const { choices } = question;
	const keys = choices.map(optionKey);
	for (let i = 0; i < keys.length; i++) {
		for (let j = i + 1; j < keys.length; j++) {
			if (isNear(keys[i] as OptionKey, keys[j] as OptionKey))
				return `“${choices[i]}” and “${choices[j]}” are alike`;
		}
	}
	return undefined;
};

/** The answer must not give itself away as by far the longest option. */
export const answerLongest: Rule = ({ question }) => {
	if (question.type !== 'choice') return undefined;
	const longest = Math.max(
		...question.choices
			.filter((choice) => choice !== question.answer)
			.map((choice) => choice.length),
	);
	const { length } = question.answer;
	return length > longest * 1.5 && length - longest >= 8
		? `answer has ${length} characters, the next longest ${longest}`
		: undefined;
};

/** The rules that judge one candidate alone, in the order they are applied. */
export const rules: readonly [RejectionReason, Rule][] = [
	['quote-not-in-line', quoteNotInLine],
	['unreadable-prompt', unreadablePrompt],
	['answer-in-prompt', answerInPrompt],
	['too-few-options', tooFewOptions],
	['distractor-is-answer', distractorIsAnswer],
	['duplicate-options', duplicateOptions],
	['answer-longest', answerLongest],
];
