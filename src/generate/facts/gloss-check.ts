// Facts: whether a sense's gloss can stand as an answer a learner reads: plain words, a sensible
// length, not a technical field's, and not naming the word it defines.
import { contentWords } from '../read/words.js';
import type { Lexicon, Sense } from './lexicon.js';
import { lemmaCandidates } from './tag-word.js';
import { stem } from './word-senses.js';
import wordnetRules from './wordnet-rules.json' with { type: 'json' };

/** Glosses shorter or longer than these (in words) read badly as options. */
export const leastGlossWords = 3;
export const mostGlossWords = 12;
/** A gloss word rarer than this rank is one a learner may not know either. */
export const plainRank = 15000;
/**
 * Kinds of sense that name plants, animals, substances, body parts and units (a science
 * lesson), or things and places, whose meaning does not hang on the sentence.
 */
const technicalKinds: ReadonlySet<string> = new Set(wordnetRules.unaskedKinds);
/** Fields whose senses are a specialist's. */
const technicalDomains =
	/^(?:medicine|biology|chemistry|physics|anatomy|zoology|botany|genetics|pathology|mathematics|geometry|computer science|linguistics|grammar|music|electronics|engineering|astronomy|geology)$/u;

/**
 * How an adverb's gloss opens when it reads as an adverb's ("in the order given", "so as to …",
 * "rarely"): WordNet glosses some adverbs as adjectives ("predominantly": "much greater in
 * number or influence"), which no reader can put in the adverb's place.
 */
const adverbOpening =
	/^(?:in|to|with|without|by|so|from|into|toward|towards|at|on|for|as|under|over|beyond|after|before|not|more|less|most|least|very|too|quite|rather|almost|all|every|each|only|here|there|now|then|once|again|until|during|through|throughout|against|among|between|up|down|out|off|away|back|\p{L}+ly)\s/u;

/**
 * Why a sense's gloss cannot be a question's answer or option, or undefined when it can. An
 * option's gloss must be all plain words (`isOption`); an answer's may hold one rarer word.
 */
export function glossProblem(
	sense: Sense,
	lemma: string,
	lexicon: Lexicon,
	isOption = false,
): string | undefined {
	const words = sense.gloss.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
	if (words.length < leastGlossWords) return `the gloss “${sense.gloss}” is too short`;
	if (words.length > mostGlossWords) return `the gloss “${sense.gloss}” is too long`;
	if (sense.pos === 'r' && !adverbOpening.test(sense.gloss))
		return `the adverb's gloss “${sense.gloss}” reads as another part of speech's`;
	if (technicalKinds.has(sense.kind))
		return `a name of a ${sense.kind.slice(5)} is no word to learn`;
	if (sense.domain && technicalDomains.test(sense.domain))
		return `a term of ${sense.domain} is technical`;
	const lower = sense.gloss.toLocaleLowerCase('en');
	if (contentWords(lower).some((word) => isSameWord(word, lemma)))
		return `the gloss “${sense.gloss}” uses the word itself`;
	if (isOption && /\p{Lu}/u.test(sense.gloss)) return `the gloss “${sense.gloss}” names a name`;
	const unplain = contentWords(lower).filter((word) => !isPlain(word, lexicon));
	if (unplain.length >= 2 || (unplain.length === 1 && (isOption || words.length <= 4)))
		return `the gloss uses rare words (${unplain.join(', ')})`;
	return undefined;
}

/** "geology" in the gloss of "geological", "precedent" in that of "unprecedented". */
function isSameWord(word: string, lemma: string): boolean {
	if (stem(word) === stem(lemma)) return true;
	if (word.length >= 5 && lemma.includes(word)) return true;
	const prefix = Math.min(5, lemma.length - 1, word.length);
	return prefix >= 3 && word.slice(0, prefix) === lemma.slice(0, prefix);
}

/** A gloss word a reader knows: a common word or a not-so-rare one, in some form. */
function isPlain(word: string, lexicon: Lexicon): boolean {
	const forms = [
		word,
		word.replace(/(?:ing|ed|es|s|ly)$/u, ''),
		word.replace(/(?:ied|ies)$/u, 'y'),
		word.replace(/(?:ing|ed)$/u, 'e'),
	];
	return forms.some((form) => lexicon.isFamiliar(form, plainRank));
}

/** Prefixes that make a word's meaning plain from a base of five letters or more ("unusable"). */
const plainPrefixes = ['un', 're', 'non', 'over', 'under', 'mis', 'in', 'dis'];
/** Endings that do the same ("coldly", "frankness", "harmless"). */
const plainEndings: readonly (readonly [string, string])[] = [
	['ily', 'y'],
	['ly', ''],
	['ly', 'e'],
	['ness', ''],
	['iness', 'y'],
	['less', ''],
	['ful', ''],
	['ment', ''],
	['able', ''],
	['able', 'e'],
];

/**
 * A word any reader can take apart, not worth a question: two common words joined whose gloss
 * names one of them ("firelight": "the light of a fire"), or a common word with a plain prefix
 * or ending ("unusable", "coldly").
 */
export function isTransparent(lemma: string, gloss: string, lexicon: Lexicon, depth = 0): boolean {
	const common = (word: string) =>
		word.length >= 3 && lemmaCandidates(word).some((form) => lexicon.isFamiliar(form, 0));
	const glossWords = new Set(
		(gloss.toLocaleLowerCase('en').match(/\p{L}+/gu) ?? []).flatMap((word) =>
			lemmaCandidates(word),
		),
	);
	// "midday": "the middle of the day" names a part of the word.
	for (const word of glossWords)
		if (word.length >= 3 && word !== lemma && (lemma.startsWith(word) || lemma.endsWith(word)))
			return true;
	const isPlainBase = (base: string) =>
		common(base) || (depth === 0 && isTransparent(base, gloss, lexicon, 1));
	const isPrefixed = plainPrefixes.some(
		(prefix) =>
			lemma.startsWith(prefix) &&
			lemma.length - prefix.length >= 5 &&
			isPlainBase(lemma.slice(prefix.length)),
	);
	return (
		isPrefixed ||
		plainEndings.some(
			([ending, base]) =>
				lemma.endsWith(ending) && common(lemma.slice(0, lemma.length - ending.length) + base),
		)
	);
}
