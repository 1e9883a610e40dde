// Facts: which sense of a word a sentence uses — its part of speech from the tagger, then the
// overlap of the sentence with each sense's gloss, examples and synonyms (after Lesk), and
// WordNet's own frequency order; no pick when the evidence does not clearly favour one sense.
import { contentWords } from '../read/words.js';
import type { Lexicon, PartOfSpeech, Sense } from './lexicon.js';

/** A word's sense as a sentence uses it, and how the pick was made. */
export type SensePick = {
	readonly sense: Sense;
	/** The word's other senses in the same part of speech. */
	readonly others: readonly Sense[];
	/** The sentence's words that the sense's gloss, examples or synonyms share. */
	readonly clues: readonly string[];
	/** `only`: the word has one sense here; `context`: the sentence points to it; `usual`: WordNet's corpus uses it far more often than the rest. */
	readonly by: 'only' | 'context' | 'usual';
};

/** Why no sense was picked. */
export type NoPick = { readonly refused: string };

/** The least overlap with the sentence that picks a sense, and the lead it must have. */
const leastClues = 2;
const leastLead = 2;
/** A first sense is the usual one when it was tagged this often, and this many times the rest. */
const usualTags = 8;
const usualShare = 4;

/** "negotiations" and "negotiated" meet at "negotiat": a crude stem, shared by both sides. */
export function stem(word: string): string {
	const bare = word
		.toLocaleLowerCase('en')
		.replace(/(?:ations?|ings?|ments?|ness|ities|ity|ies|ied|ied|ers?|ed|es|ly|s)$/u, '');
	return bare.length >= 4 ? bare.slice(0, 7) : word.toLocaleLowerCase('en');
}

/** The stems of a sentence's content words, the word itself left out. */
export function contextStems(sentence: string, word: string): Set<string> {
	const own = stem(word);
	const stems = new Set(contentWords(sentence).map(stem));
	stems.delete(own);
	return stems;
}

/** The sentence's stems that a sense's gloss, examples, broader sense and synonyms share. */
export function cluesOf(sense: Sense, context: ReadonlySet<string>, lemma: string): string[] {
	const own = stem(lemma);
	const words = [...contentWords(sense.gloss), ...sense.context, ...synonymWords(sense)];
	const clues = new Set<string>();
	for (const word of words) {
		const stemmed = stem(word);
		if (stemmed !== own && context.has(stemmed)) clues.add(stemmed);
	}
	return [...clues].sort();
}

function synonymWords(sense: Sense): string[] {
	return sense.synonyms.flatMap((synonym) => synonym.split(/[\s-]+/u));
}

/**
 * The sense of `lemma` (as `pos`) that `sentence` uses, or why none is picked: one sense is
 * taken as it is; of several, the one the sentence clearly points to, or WordNet's usual one
 * when the sentence favours no other.
 */
export function pickSense(
	lexicon: Lexicon,
	lemma: string,
	pos: PartOfSpeech,
	sentence: string,
): SensePick | NoPick {
	const listed = lexicon.senses(lemma, pos);
	if (!listed) return { refused: `WordNet has no ${pos} “${lemma}” among the less common words` };
	const context = contextStems(sentence, lemma);
	const [first, ...rest] = listed.senses;
	if (!first) return { refused: 'no sense' };
	if (rest.length === 0)
		return { sense: first, others: [], clues: cluesOf(first, context, lemma), by: 'only' };
	const scored = listed.senses
		.map((sense, order) => ({ sense, order, clues: cluesOf(sense, context, lemma) }))
		.sort((a, b) => b.clues.length - a.clues.length || a.order - b.order);
	const [best, second] = scored as [(typeof scored)[0], (typeof scored)[0]];
	const others = listed.senses.filter((sense) => sense !== best.sense);
	if (best.clues.length >= leastClues && best.clues.length - second.clues.length >= leastLead)
		return { sense: best.sense, others, clues: best.clues, by: 'context' };
	const [firstTags = 0, ...restTags] = listed.tagged;
	const restSum = restTags.reduce((sum, tags) => sum + tags, 0);
	const isUsual = firstTags >= usualTags && firstTags >= usualShare * Math.max(1, restSum);
	if (isUsual && best.order === 0 && best.clues.length > second.clues.length)
		return { sense: first, others: listed.senses.slice(1), clues: best.clues, by: 'usual' };
	return {
		refused: `${listed.senses.length} senses of “${lemma}” and no clear pick (overlaps ${scored.map((each) => each.clues.length).join('/')})`,
	};
}
