// Candidates: pronouns resolved so a quoted line reads on its own.

import type { Entity, Mention } from '../facts/entities.js';
import type { ArticleFacts } from '../facts/facts.js';
import { contentWords, withoutSpeech } from '../read/words.js';
import { blank, type Candidate } from './candidate.js';
import { entityForm } from './distractors.js';

/** A person's pronouns outside quotation marks; "her" is sorted out by the word after it. */
const personal = /\b(he|she|his|him|her)\b/giu;
/** How many sentences back an antecedent may stand. */
const reach = 6;

const bySentence = new WeakMap<ArticleFacts, Map<number, Mention[]>>();

/**
 * The first "he" (or "his", "him") and the first "she" (or "her") of a prompt name the person
 * instead ("For two weeks past Brantain had sought …") when the sentences just before name
 * exactly one person who fits and no one is named before the pronoun; otherwise the prompt is
 * left as it is (and the pronoun rule judges it). The quote stays the article's own words.
 */
export function resolveLeadingPronoun(candidate: Candidate, article: ArticleFacts): Candidate {
	const { shownText, question, fact } = candidate;
	const blanked = fact.kind === 'entity' && fact.entity.kind === 'person' ? fact.entity : undefined;
	const resolved = resolvedText(shownText, fact.sentence.index, blanked, article);
	if (resolved === shownText) return candidate;
	return {
		...candidate,
		shownText: resolved,
		question: { ...question, prompt: question.prompt.replace(shownText, resolved) },
	};
}

const resolvedTexts = new WeakMap<ArticleFacts, Map<string, string>>();

/**
 * A text shown from a sentence, its pronouns resolved: the same for every candidate that shows
 * it (and blanks a person of the same gender, or none), so worked out once per article.
 */
function resolvedText(
	shownText: string,
	sentence: number,
	blanked: Entity | undefined,
	article: ArticleFacts,
): string {
	let known = resolvedTexts.get(article);
	if (!known) {
		known = new Map();
		resolvedTexts.set(article, known);
	}
	const person = blanked ? `person:${blanked.gender ?? ''}` : '';
	const key = `${sentence}\u0000${person}\u0000${shownText}`;
	let resolved = known.get(key);
	if (resolved === undefined) {
		resolved = resolve(shownText, sentence, blanked, article);
		known.set(key, resolved);
	}
	return resolved;
}

function resolve(
	shownText: string,
	sentence: number,
	blanked: Entity | undefined,
	article: ArticleFacts,
): string {
	let resolved = shownText;
	for (const gender of ['male', 'female'] as const) {
		const found = firstPronoun(resolved, gender);
		if (!found || namesPersonBefore(resolved.slice(0, found.index), article, gender)) continue;
		// "_____ was among the guests; and he sought her out": the pronoun is the blank's person.
		if (isBlankPersonBefore(blanked, resolved.slice(0, found.index), gender)) continue;
		const person = antecedent(article, sentence, gender);
		if (!person) continue;
		const name = entityForm(person, true);
		const word = found.word.toLowerCase();
		const isPossessive = word === 'his' || (word === 'her' && isPossessiveHer(resolved, found));
		const replacement = isPossessive ? `${name}’s` : name;
		resolved = `${resolved.slice(0, found.index)}${replacement}${resolved.slice(found.index + found.word.length)}`;
	}
	return withoutConnective(withoutDateline(withFullName(resolved, article)));
}

/** Whether a blank before the pronoun stands for a person it may refer to. */
function isBlankPersonBefore(
	blanked: Entity | undefined,
	before: string,
	gender: 'female' | 'male',
): boolean {
	if (!blanked || !before.includes(blank)) return false;
	return blanked.gender === undefined || blanked.gender === gender;
}

/** "OSLO, Norway (AP) — Dr Maathai …": where the report was filed is no part of the statement. */
const dateline =
	/^\p{Lu}{2,}[\p{Lu}\s.]*(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?\s*(?:\([^)]{1,30}\)\s*)?[—–]\s*/u;

function withoutDateline(text: string): string {
	const match = dateline.exec(text);
	return match && /^\p{Lu}|^“|^"/u.test(text.slice(match[0].length))
		? text.slice(match[0].length)
		: text;
}

/** "However, the actual path …": a link to a sentence the reader is not shown, dropped. */
const connective =
	/^(?:But|However|And|Yet|So|Still|Also|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Indeed|Instead|Besides|Likewise|Similarly|Well|Oh|Ah)\b,?\s+(?=\p{L})/u;

function withoutConnective(text: string): string {
	const match = connective.exec(text);
	if (!match) return text;
	const rest = text.slice(match[0].length);
	return `${rest.charAt(0).toLocaleUpperCase('en')}${rest.slice(1)}`;
}

const shortNames = new WeakMap<ArticleFacts, Map<string, string | null>>();

/**
 * "the Committee" standing alone, where the article names one "Federal Open Market
 * Committee": the prompt names it in full the first time, since the reader has not seen it.
 */
function withFullName(text: string, article: ArticleFacts): string {
	let byHead = shortNames.get(article);
	if (!byHead) {
		byHead = new Map();
		for (const entity of article.index.entities.values()) {
			if (entity.kind !== 'org' || !entity.name.includes(' ')) continue;
			const head = entity.name.split(' ').at(-1) as string;
			byHead.set(head, byHead.has(head) && byHead.get(head) !== entity.name ? null : entity.name);
		}
		shortNames.set(article, byHead);
	}
	const match = /\b[Tt]he (\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/u.exec(text);
	const full = match ? byHead.get(match[1] as string) : undefined;
	if (!match || !full || text.includes(full)) return text;
	const theWord = match[0].startsWith('T') ? 'The' : 'the';
	return `${text.slice(0, match.index)}${theWord} ${full}${text.slice(match.index + match[0].length)}`;
}

/** The first pronoun of `gender` outside quotation marks. */
function firstPronoun(
	text: string,
	gender: 'female' | 'male',
): { index: number; word: string } | undefined {
	const outside = outsideQuotes(text);
	for (const match of outside.matchAll(personal)) {
		// "a chess player who, by the clever handling of his pieces": after a relative
		// pronoun, "his" may be anyone's.
		if (/\b(?:who|whom|whose|which|that)\b/iu.test(outside.slice(0, match.index))) return undefined;
		const word = match[1] as string;
		const isMale = /^(?:he|his|him)$/iu.test(word);
		if (isMale === (gender === 'male')) return { index: match.index, word };
	}
	return undefined;
}

let lastText: string | undefined;
let lastOutside = '';

/** The text with its quotations blanked out; asked for each gender in turn, so the last is kept. */
function outsideQuotes(text: string): string {
	if (text !== lastText) {
		lastOutside = withoutSpeech(text);
		lastText = text;
	}
	return lastOutside;
}

/** "her society" is hers; "told her", "her eagerly", "her." are her. */
function isPossessiveHer(text: string, found: { index: number; word: string }): boolean {
	const next = /^\s+([\p{L}’'-]+)/u.exec(text.slice(found.index + found.word.length))?.[1];
	return (
		next !== undefined &&
		/^\p{Ll}/u.test(next) &&
		!/ly$/u.test(next) &&
		contentWords(next).length > 0
	);
}

/** Whether someone who may be the pronoun's person is named in `text`. */
function namesPersonBefore(
	text: string,
	article: ArticleFacts,
	gender: 'female' | 'male',
): boolean {
	return peopleOf(article).some(
		(entity) =>
			entity.gender !== opposite(gender) && entity.forms.some((form) => text.includes(form)),
	);
}

const people = new WeakMap<ArticleFacts, readonly Entity[]>();

/** The people the article names, in its order, listed once per article. */
function peopleOf(article: ArticleFacts): readonly Entity[] {
	let found = people.get(article);
	if (!found) {
		found = [...article.index.entities.values()].filter((entity) => entity.kind === 'person');
		people.set(article, found);
	}
	return found;
}

function antecedent(
	article: ArticleFacts,
	sentence: number,
	gender: 'female' | 'male',
): Entity | undefined {
	let index = bySentence.get(article);
	if (!index) {
		index = new Map();
		for (const mention of article.index.mentions) {
			const list = index.get(mention.sentence);
			if (list) list.push(mention);
			else index.set(mention.sentence, [mention]);
		}
		bySentence.set(article, index);
	}
	for (let back = sentence - 1; back >= Math.max(0, sentence - reach); back--) {
		const people = new Set(
			(index.get(back) ?? [])
				.map((mention) => article.index.entities.get(mention.entity))
				.filter(
					(entity): entity is Entity =>
						entity?.kind === 'person' && entity.gender !== opposite(gender),
				),
		);
		if (people.size === 1) return [...people][0];
		if (people.size > 1) return undefined;
	}
	return onlyPerson(article, gender);
}

const only = new WeakMap<ArticleFacts, Map<string, Entity | undefined>>();

/** A text with one named woman (or one named man) in it, and no one of unknown gender: "she" is her. */
function onlyPerson(article: ArticleFacts, gender: 'female' | 'male'): Entity | undefined {
	let known = only.get(article);
	if (!known) {
		const people = [...article.index.entities.values()].filter(
			(entity) => entity.kind === 'person',
		);
		const isKnown = people.every((entity) => entity.gender !== undefined);
		known = new Map();
		for (const each of ['female', 'male'] as const) {
			const fitting = people.filter((entity) => entity.gender === each);
			known.set(each, isKnown && fitting.length === 1 ? fitting[0] : undefined);
		}
		only.set(article, known);
	}
	return known.get(gender);
}

const opposite = (gender: 'female' | 'male') => (gender === 'male' ? 'female' : 'male');
