// Facts: what the rules and the scorer know about the article as a whole.

import type { Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import { type CountryIndex, countryIndex } from './countries.js';
import type { Entity } from './entities.js';
import type { ArticleFacts } from './facts.js';

/** What the rules and the scorer know about the article as a whole. */
export type ArticleProfile = {
	readonly words: number;
	readonly countries: CountryIndex;
	/**
	 * Entities the article is about (a country with its capital and demonym counted as one):
	 * a blank on them is answered by the topic, not by reading.
	 */
	readonly mainSubjects: ReadonlySet<string>;
	/** Sentences that credit the writers or sources ("contributed to this report", "told CNN"). */
	readonly creditSentences: ReadonlySet<number>;
	/** People and outlets named in credits: never an answer, a distractor or a swap. */
	readonly creditNames: ReadonlySet<string>;
	/** Fiction: figures and dates in it are incidental. */
	readonly isNarrative: boolean;
	/** How central a sentence is (0–1): how much it shares the article's recurring words. */
	centrality(sentence: number): number;
	/** The group an entity counts in: its country's code, or itself. */
	groupOf(entity: Entity): string;
	/** Mentions of an entity's group in the article. */
	mentions(entity: Entity): number;
	/** The country a person is tied to by the article ("Kazakh President Tokayev" → KAZ). */
	countryOfPerson(entityKey: string): string | undefined;
};

export const credit =
	/\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|additional reporting|reporting by|writing by|editing by|edited by|photo(?:graph)?s? (?:by|courtesy)|all rights reserved|copyright|©)/iu;
/** "told CNN": an outlet named as the channel, not as the news. */
const outletCue = /\btold\s+(\p{Lu}[\p{L}.&]*(?:\s+\p{Lu}[\p{L}.&]*)*)/gu;

/** Read the article once for the profile the rules need. */
export function profileArticle(article: ArticleFacts): ArticleProfile {
	const countries = countryIndex();
	const { entities, mentions } = article.index;
	const groupOf = (entity: Entity) =>
		entity.kind === 'place' || entity.kind === 'nationality'
			? (countries.relatedCountry(entity.name) ?? entity.key)
			: entity.key;
	const perGroup = new Map<string, number>();
	for (const mention of mentions) {
		const entity = entities.get(mention.entity);
		if (!entity) continue;
		const group = groupOf(entity);
		perGroup.set(group, (perGroup.get(group) ?? 0) + 1);
	}
	const most = Math.max(0, ...perGroup.values());
	const mainGroups = new Set(
		[...perGroup].filter(([, count]) => count >= 4 && count >= most * 0.3).map(([group]) => group),
	);
	const mainSubjects = new Set(
		[...entities.values()].filter((entity) => mainGroups.has(groupOf(entity))).map((e) => e.key),
	);
	const creditSentences = new Set<number>();
	const creditNames = new Set<string>();
	// Each sentence's mentions, in the article's order: a long article is not read in full for
	// every credit line and every "told …".
	const mentionsIn = new Map<number, (typeof mentions)[number][]>();
	for (const mention of mentions) {
		const list = mentionsIn.get(mention.sentence);
		if (list) list.push(mention);
		else mentionsIn.set(mention.sentence, [mention]);
	}
	for (const sentence of article.sentences) {
		const here = mentionsIn.get(sentence.index) ?? [];
		if (credit.test(sentence.text)) {
			creditSentences.add(sentence.index);
			for (const mention of here) creditNames.add(mention.entity);
		}
		for (const match of sentence.text.matchAll(outletCue)) {
			const name = match[1] ?? '';
			for (const mention of here) {
				// "Xi told Tokayev": a person told is not an outlet.
				const isPerson = entities.get(mention.entity)?.kind === 'person';
				if (mention.text === name && !isPerson) creditNames.add(mention.entity);
			}
		}
	}
	const centrality = sentenceCentrality(article.sentences);
	const personCountries = personCountriesOf(article, countries);
	const words = article.lines.reduce((sum, line) => sum + countWords(line.text), 0);
	return {
		words,
		countries,
		mainSubjects,
		creditSentences,
		creditNames,
		isNarrative: isNarrative(article),
		centrality: (index) => centrality[index] ?? 0,
		groupOf,
		mentions: (entity) => perGroup.get(groupOf(entity)) ?? 0,
		countryOfPerson: (key) => personCountries.get(key),
	};
}

/** "Kazakh President …", "Russia’s foreign minister …", "Chinese leader …" right before a name. */
const countryTitle = /(\p{Lu}[\p{L}-]+)(?:[’']s)?\s+((?:\p{L}+\s+){1,3})$/u;
const titleWord =
	/\b(?:president|prime|minister|leader|king|queen|chancellor|premier|ambassador|spokes\p{L}+|envoy|general|official|counterpart)\b/iu;

/** Each person whose name the article writes right after a country's title, with that country. */
function personCountriesOf(article: ArticleFacts, countries: CountryIndex): Map<string, string> {
	const found = new Map<string, string>();
	const lines = new Map(article.lines.map((line) => [line.number, line.text]));
	for (const mention of article.index.mentions) {
		if (found.has(mention.entity)) continue;
		if (article.index.entities.get(mention.entity)?.kind !== 'person') continue;
		const before = (lines.get(mention.line) ?? '').slice(
			Math.max(0, mention.start - 50),
			mention.start,
		);
		const match = countryTitle.exec(before);
		const word = match && titleWord.test(match[2] ?? '') ? match[1] : undefined;
		const code = word ? countries.relatedCountry(word) : undefined;
		if (code) found.set(mention.entity, code);
	}
	return found;
}

const countWords = (text: string) =>
	text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * Each sentence's share of the article's recurring content words, scaled so the most central
 * sentence scores 1 (a word seen once adds nothing).
 */
export function sentenceCentrality(sentences: readonly Sentence[]): readonly number[] {
	const cached = centralities.get(sentences);
	if (cached) return cached;
	const perSentence = sentences.map((sentence) => new Set(contentWords(sentence.text)));
	const frequency = wordSpread(sentences);
	const raw = perSentence.map((words) => {
		if (words.size === 0) return 0;
		let sum = 0;
		for (const word of words) sum += Math.log((frequency.get(word) ?? 1) as number);
		return sum / Math.sqrt(words.size);
	});
	const top = raw.reduce((most, value) => Math.max(most, value), 1e-9);
	const scaled = raw.map((value) => value / top);
	centralities.set(sentences, scaled);
	return scaled;
}

const spreads = new WeakMap<readonly Sentence[], ReadonlyMap<string, number>>();

/** How many sentences use each content word, worked out once per article. */
export function wordSpread(sentences: readonly Sentence[]): ReadonlyMap<string, number> {
	let spread = spreads.get(sentences);
	if (!spread) {
		const counts = new Map<string, number>();
		for (const sentence of sentences)
			for (const word of new Set(contentWords(sentence.text)))
				counts.set(word, (counts.get(word) ?? 0) + 1);
		spread = counts;
		spreads.set(sentences, spread);
	}
	return spread;
}

/** Each article's centralities, worked out once: the facts and the profile both read them. */
const centralities = new WeakMap<readonly Sentence[], readonly number[]>();

/**
 * Fiction reads as dialogue and past-tense narration with almost no dates or figures: a fifth of
 * the paragraphs open speech, or "I"/"she"/"he" carry the text and dates are rare.
 */
function isNarrative(article: ArticleFacts): boolean {
	const paragraphs = article.lines.filter((line) => line.kind === 'paragraph');
	if (paragraphs.length === 0) return false;
	const datesAndFigures = article.facts.filter(
		(fact) => fact.kind === 'date' || (fact.kind === 'figure' && /\d/.test(fact.text)),
	).length;
	const sentences = Math.max(1, article.sentences.length);
	const text = paragraphs.map((line) => line.text).join(' ');
	const words = Math.max(1, countWords(text));
	const personal = (text.match(/\b(?:I|she|he|her|him|me|my)\b/gu) ?? []).length / words;
	return datesAndFigures / sentences < 0.08 && personal > 0.03;
}
