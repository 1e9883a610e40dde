import type { NameClassifier } from './classify-name.js';
import type { Sentence } from './segment.js';
import { contentWords } from './words.js';

/** A common noun a sentence turns on, for a question on a sentence that names nothing. */
export type Keyword = {
	/** Offsets in the sentence text. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** In how many sentences of the article the word comes back. */
	readonly frequency: number;
};

/**
 * The article's recurring nouns, and in each sentence the one that recurs most (a word the
 * article uses once is no key idea). Only lower-case words: names are entities.
 */
export function findKeywords(
	sentences: readonly Sentence[],
	classifier: NameClassifier,
): { readonly perSentence: Map<number, Keyword>; readonly nouns: readonly string[] } {
	const frequency = new Map<string, number>();
	for (const sentence of sentences)
		for (const word of new Set(contentWords(sentence.text)))
			frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const perSentence = new Map<number, Keyword>();
	const nouns = new Set<string>();
	for (const sentence of sentences) {
		let best: Keyword | undefined;
		for (const match of sentence.text.matchAll(/(?<![\p{L}’'-])\p{Ll}{4,}(?![\p{L}’'-])/gu)) {
			const word = match[0];
			const count = frequency.get(contentWords(word)[0] ?? '') ?? 0;
			if (count < 2 || !classifier.isNoun(word)) continue;
			nouns.add(word);
			if (
				!best ||
				count > best.frequency ||
				(count === best.frequency && word.length > best.text.length)
			)
				best = { start: match.index, end: match.index + word.length, text: word, frequency: count };
		}
		if (best) perSentence.set(sentence.index, best);
	}
	return { perSentence, nouns: [...nouns].sort() };
}
