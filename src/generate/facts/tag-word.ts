// Facts: one word of a sentence as the tagger reads it — its part of speech and its lemma
// (compromise's root, then WordNet's detachment rules), or why it is not asked about.
import type nlp from 'compromise';
import type { Lexicon, PartOfSpeech } from './lexicon.js';
import wordnetRules from './wordnet-rules.json' with { type: 'json' };

type Doc = ReturnType<typeof nlp>;
type Term = {
	text: string;
	normal?: string;
	root?: string;
	tags?: string[];
	post?: string;
	offset?: { start: number };
};

/** A word's part of speech and lemma in its sentence. */
export type TaggedWord = {
	readonly lemma: string;
	readonly pos: PartOfSpeech;
	/** The noun the word stands before, when it is an adjective ("war" in "a protracted war"). */
	readonly head?: string;
};

/** WordNet's detachment rules (morphy): inflected ending → lemma ending, per part of speech. */
const detachments = wordnetRules.detachments as unknown as Readonly<
	Record<PartOfSpeech, readonly (readonly [string, string])[]>
>;

/** The lemmas a form may have in a part of speech (or in any): itself, then its detachments. */
export function lemmaCandidates(form: string, pos?: PartOfSpeech): string[] {
	const word = form.toLocaleLowerCase('en');
	const found = [word];
	const parts = pos ? [pos] : (Object.keys(detachments) as PartOfSpeech[]);
	for (const part of parts) {
		for (const [ending, replacement] of detachments[part]) {
			if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
			const stem = word.slice(0, word.length - ending.length);
			found.push(stem + replacement);
			// "stopped", "bigger": WordNet lists these as exceptions; undoubling finds them.
			if (replacement === '' && /([b-df-hj-np-tv-z])\1$/u.test(stem)) found.push(stem.slice(0, -1));
		}
	}
	return [...new Set(found)];
}

/** Tags that make a word part of a name, a number or a function word: never asked about. */
const refusedTags = [
	'ProperNoun',
	'Person',
	'Place',
	'Organization',
	'Value',
	'Acronym',
	'Auxiliary',
	'Copula',
	'Modal',
	'Pronoun',
	'Preposition',
	'Determiner',
	'Conjunction',
];

/** The part of speech compromise gives a term, by WordNet's letters. */
function posOf(tags: readonly string[]): PartOfSpeech | undefined {
	if (tags.includes('Adjective')) return 'a';
	if (tags.includes('Adverb')) return 'r';
	if (tags.includes('Verb')) return 'v';
	if (tags.includes('Noun')) return 'n';
	return undefined;
}

/**
 * The word at `offset` of the tagged sentence: its part of speech, its lemma as the lexicon
 * lists it, and the noun it qualifies. A participle between a determiner and a noun ("the
 * protracted war") is an adjective, whatever the tagger says.
 */
export function tagWord(
	doc: Doc,
	offset: number,
	form: string,
	lexicon: Lexicon,
): TaggedWord | { refused: string } {
	doc.compute('root');
	const terms = (
		doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]
	).flatMap((sentence) => sentence.terms);
	const at = terms.findIndex((term) => term.offset?.start === offset);
	const term = terms[at];
	if (!term || term.text !== form) return { refused: `the tagger splits “${form}” differently` };
	const tags = term.tags ?? [];
	const refusedTag = refusedTags.find((tag) => tags.includes(tag));
	if (refusedTag) return { refused: `“${form}” is tagged ${refusedTag}` };
	const before = terms[at - 1]?.tags ?? [];
	const after = terms[at + 1];
	const next = after?.tags ?? [];
	const isAttributive =
		(before.includes('Determiner') ||
			before.includes('Adjective') ||
			before.includes('Possessive')) &&
		next.includes('Noun') &&
		!next.includes('Pronoun');
	let pos = posOf(tags);
	if (pos === 'v' && isAttributive && /(?:ed|en|ing)$/u.test(form)) pos = 'a';
	if (!pos) return { refused: `“${form}” is no noun, verb, adjective or adverb` };
	const misfit = syntaxMisfit(pos, before, next, terms[at - 1]?.text ?? '');
	if (misfit) return { refused: `“${form}” ${misfit}` };
	// "authoritarian states": a noun before a noun may be an adjective the tagger missed.
	if (pos === 'n' && next.includes('Noun') && lexicon.senses(form.toLocaleLowerCase('en'), 'a'))
		return { refused: `“${form}” before a noun may be a noun or an adjective` };
	const lemma = [term.root, ...lemmaCandidates(form, pos)].find(
		(candidate): candidate is string =>
			candidate !== undefined && lexicon.senses(candidate, pos) !== undefined,
	);
	if (!lemma) return { refused: `no ${pos} lemma of “${form}” among the less common words` };
	const head = pos === 'a' ? headNoun(terms, at + 1) : undefined;
	return { lemma, pos, ...(head ? { head } : {}) };
}

/** What may stand before each part of speech, by the tagger's tags. */
const fitsBefore: Readonly<Record<PartOfSpeech, readonly string[]>> = {
	n: ['Determiner', 'Adjective', 'Possessive', 'Preposition', 'Value', 'Noun'],
	v: ['Auxiliary', 'Modal', 'Copula', 'Pronoun', 'Noun', 'Adverb', 'Conjunction'],
	a: ['Copula', 'Adverb', 'Determiner', 'Possessive', 'Adjective', 'Preposition'],
	r: [],
};

/**
 * Why the words around a tagged word do not bear its part of speech out ("is forecast to
 * rise" is no noun, whatever the tagger says), or undefined when they do.
 */
function syntaxMisfit(
	pos: PartOfSpeech,
	before: readonly string[],
	next: readonly string[],
	beforeText: string,
): string | undefined {
	if (pos === 'r') return undefined;
	if (pos === 'v' && /^to$/iu.test(beforeText)) return undefined;
	if (pos === 'v' && ['Determiner', 'Adjective', 'Possessive'].some((tag) => before.includes(tag)))
		return 'follows a word that a verb does not';
	if (pos === 'a' && next.includes('Noun')) return undefined;
	if (fitsBefore[pos].some((tag) => before.includes(tag))) return undefined;
	return `does not stand where ${pos === 'n' ? 'a noun' : pos === 'v' ? 'a verb' : 'an adjective'} would`;
}

/** The noun a phrase starting at `from` ends with ("military assault" → "assault"), if any. */
function headNoun(terms: readonly Term[], from: number): string | undefined {
	let head: string | undefined;
	for (let at = from; at < terms.length; at++) {
		const term = terms[at] as Term;
		const tags = term.tags ?? [];
		if (tags.includes('ProperNoun') || tags.includes('Pronoun')) return undefined;
		const isNoun = tags.includes('Noun');
		if (!isNoun && !tags.includes('Adjective')) break;
		if (isNoun) head = term.normal ?? term.text;
		// A phrase ends at its punctuation ("misery of his expression", "face--").
		if (/[^\p{L}\p{N}]$/u.test(term.text.trim()) || (term as { post?: string }).post?.trim()) break;
	}
	return head && /^\p{L}+$/u.test(head) ? head : undefined;
}
