// Judge: the rules a candidate must pass, and what each may look at.

import type { Candidate } from '../candidates/candidate.js';
import { blank } from '../candidates/candidate.js';
import type { Pools } from '../candidates/pools.js';
import type { ArticleProfile } from '../facts/article-profile.js';
import { months, weekdays } from '../facts/dates.js';
import type { ArticleFacts } from '../facts/facts.js';
import { titles } from '../facts/person-cues.js';
import { danglingStarts } from '../read/excerpt.js';
import { findPhrase, isNear, isSame, type OptionKey, optionKey } from './alike.js';

/** What a rule may look at besides the candidate: its line and the article as a whole. */
export type RuleContext = {
	readonly line: string;
	readonly article: ArticleFacts;
	readonly profile: ArticleProfile;
	readonly pools: Pools;
};

/** A quality rule: a detail string when the candidate breaks it, undefined when it passes. */
export type Rule = (candidate: Candidate, context: RuleContext) => string | undefined;

/** The source quote must stand verbatim on its line (it always should; this guards the builder). */
export const quoteNotInLine: Rule = ({ question }, { line }) =>
	line.includes(question.source.quote)
		? undefined
		: `quote not found on line ${question.source.line}`;

/** A prompt must read on its own: enough words left around the blank, no "he"/"it" opening. */
export const unreadablePrompt: Rule = ({ shownText, fact }) => {
	const text = shownText.replaceAll(blank, ' ').replace(/[…“”"‘’()]/gu, ' ');
	const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
	const least = fact.kind === 'quote' ? 3 : 6;
	if (words.length < least) return `only ${words.length} words besides the blank`;
	if (/[/\p{L}]_____|_____[/\p{L}]/u.test(shownText) || splitsName(shownText, fact))
		return 'the blank cuts a word or a name in two';
	if (fact.kind === 'entity' && /\s(?:and|&)\s/u.test(fact.text))
		return `“${fact.text}” runs over two names`;
	// A word asked in its context may show only the clause around it.
	if (fact.kind === 'vocabulary') return undefined;
	// "…and south under 3rd Avenue to _____": a line that starts mid-sentence.
	if (/^(?:…\s*)?\p{Ll}/u.test(shownText)) return 'starts in the middle of a sentence';
	const opened = (shownText.match(/“/gu) ?? []).length;
	if (opened !== (shownText.match(/”/gu) ?? []).length) return 'a quotation mark is left open';
	const first = (words[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
	if (fact.kind !== 'quote' && danglingStarts.has(first))
		return `starts with “${words[0]}”, unclear out of context`;
	return undefined;
};

/** "in _____ Tuesday": a date after the blank is not part of a name. */
const calendarWords = new Set<string>([...weekdays, ...months]);

/**
 * "Bus routes from King _____": a capitalised word beside the blank continues the name (a title
 * before a person's name is fine: "Kazakh President _____").
 */
function splitsName(shownText: string, fact: Candidate['fact']): boolean {
	const before = /(?<=[\p{L}\p{N},;:]\s)(\p{Lu}[\p{L}’'.-]*)\s_____/u.exec(shownText)?.[1];
	if (before && !(fact.kind === 'entity' && fact.entity.kind === 'person' && titles.has(before)))
		return true;
	// "_____ arap Moi", "_____ van Gogh": a particle and a name after the blank go on with it.
	const after =
		/_____\s(?:(?:arap|van|von|de|da|del|der|bin|ibn|al|el|le|la|du|di|dos|das)\s)?(\p{Lu}\p{Ll}+)/u.exec(
			shownText,
		)?.[1];
	return after !== undefined && !calendarWords.has(after);
}

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

/**
 * No distractor may be the answer in other words ("Xi" for "Xi Jinping", a plural, a case, "US"
 * for "United States", "Beijing" for "China").
 */
export const distractorIsAnswer: Rule = ({ question, answerForms }, { profile }) => {
	if (question.type !== 'choice') return undefined;
	const forms = [question.answer, ...answerForms].map(optionKey);
	const country = profile.countries.relatedCountry(question.answer);
	const twin = question.choices.find((choice) => {
		if (choice === question.answer) return false;
		if (country && profile.countries.relatedCountry(choice) === country) return true;
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
