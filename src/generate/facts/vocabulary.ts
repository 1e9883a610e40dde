// Facts: the less common words of an article worth asking the meaning of, each with the sense
// its sentence uses; names, defined terms, inflections and obscure glosses sorted out first.
import nlp from 'compromise';
import type { Sentence } from '../read/segment.js';
import type { Mention } from './entities.js';
import type { ArticleFacts, Fact } from './facts.js';
import { glossProblem, isTransparent } from './gloss-check.js';
import type { Lexicon, PartOfSpeech } from './lexicon.js';
import { lemmaCandidates, type TaggedWord, tagWord } from './tag-word.js';
import { pickSense, type SensePick } from './word-senses.js';

/** A word of the article whose meaning in its sentence a question can ask. */
export type WordUse = {
	/** The word as the article writes it ("protracted"). */
	readonly form: string;
	readonly lemma: string;
	readonly pos: PartOfSpeech;
	readonly rank: number;
	readonly pick: SensePick;
	/** The noun an adjective stands before ("war" in "a protracted war"). */
	readonly head?: string;
	readonly lexicon: Lexicon;
};

/** A word use found in a sentence, with its offsets in the line. */
export type FoundWord = {
	readonly sentence: Sentence;
	readonly start: number;
	readonly end: number;
	readonly use: WordUse;
};

/** The most vocabulary questions a bank asks, however long the article. */
const mostWords = 40;

/** Vocabulary questions an article may have: about five per 1000 words, one at least. */
export function vocabularyLimit(words: number): number {
	return Math.min(mostWords, Math.max(1, Math.ceil((words * 5) / 1000)));
}
/** Sentences tagged at most, per word asked: the tagger is the costly step. */
const taggingsPerWord = 12;

/** Sentences a word is tried in before it is given up as having no clear sense. */
const mostUnclear = 3;

/** Lower-case words alone (not parts of a hyphenated or apostrophed word). */
const wordPattern = /(?<![\p{L}\p{N}’'-])\p{Ll}{4,}(?![\p{L}\p{N}’'-])/gu;

/** One word of a sentence that the lexicon lists in some form. */
type Occurrence = { sentence: Sentence; start: number; form: string; rank: number };

/**
 * The words worth asking about, at most `limit`, one per lemma, in reading order: rarer words
 * are tried first, and each must pass every check (not a name, not defined by the article, one
 * sense clearly picked, a plain gloss).
 */
export function findVocabulary(
	sentences: readonly Sentence[],
	mentions: readonly Mention[],
	lexicon: Lexicon,
	limit: number,
	hasOptions: (use: WordUse, sentence: string) => boolean = () => true,
): { found: FoundWord[]; refused: Map<string, string> } {
	const defined = definitions(sentences);
	const named = namedSpans(mentions);
	const occurrences: Occurrence[] = [];
	const ranks = new Map<string, number | undefined>();
	for (const sentence of sentences) {
		for (const match of sentence.text.matchAll(wordPattern)) {
			const form = match[0];
			// A British spelling of a common word ("travellers") is common: no rank to ask it by.
			if (!ranks.has(form))
				ranks.set(form, hasCommonSpelling(form, lexicon) ? undefined : bestRank(form, lexicon));
			const rank = ranks.get(form);
			if (rank === undefined) continue;
			const start = sentence.start + (match.index ?? 0);
			if (named(sentence.line, start, start + form.length)) continue;
			occurrences.push({ sentence, start, form, rank });
		}
	}
	// The rarer words first, each word's first use first; the same order for the same article.
	occurrences.sort((a, b) => b.rank - a.rank || a.sentence.index - b.sentence.index);
	const found: FoundWord[] = [];
	const refused = new Map<string, string>();
	const asked = new Set<string>();
	const unclear = new Map<string, number>();
	let taggings = 0;
	for (const occurrence of occurrences) {
		if (found.length >= limit || taggings >= limit * taggingsPerWord) break;
		const key = occurrence.form.toLocaleLowerCase('en');
		if (asked.has(key) || refused.has(key)) continue;
		// The tagger is costly: a word none of whose readings could be asked is left untagged,
		// and a word no sentence of a few has a clear sense in is given up.
		if ((unclear.get(key) ?? 0) >= mostUnclear) continue;
		if (!mayAsk(occurrence, lexicon)) {
			unclear.set(key, (unclear.get(key) ?? 0) + 1);
			continue;
		}
		taggings++;
		const use = wordUse(occurrence, lexicon, defined);
		if ('refused' in use) {
			refused.set(key, use.refused);
			continue;
		}
		if (isJobTitle(use, occurrence, mentions)) {
			refused.set(key, `“${occurrence.form}” is part of a job title before a name`);
			continue;
		}
		// Precision first: a word with no three fair wrong meanings near it is not asked.
		if (!hasOptions(use, occurrence.sentence.text)) {
			refused.set(key, `no three fair wrong meanings near “${use.lemma}”`);
			continue;
		}
		asked.add(key);
		asked.add(use.lemma);
		const { sentence, start, form } = occurrence;
		found.push({ sentence, start, end: start + form.length, use });
	}
	found.sort((a, b) => a.sentence.index - b.sentence.index || a.start - b.start);
	return { found, refused };
}

/**
 * Whether some reading of the word (a lemma in a part of speech) has a sense the sentence
 * clearly picks, with a gloss fit to be an answer: checked before the tagger runs.
 */
function mayAsk({ form, sentence }: Occurrence, lexicon: Lexicon): boolean {
	for (const lemma of lemmaCandidates(form))
		for (const pos of ['n', 'v', 'a', 'r'] as const) {
			if (!lexicon.senses(lemma, pos)) continue;
			const pick = pickSense(lexicon, lemma, pos, sentence.text);
			if ('refused' in pick || glossProblem(pick.sense, lemma, lexicon)) continue;
			if (!isTransparent(lemma, pick.sense.gloss, lexicon)) return true;
		}
	return false;
}

/**
 * "travellers", "colour", "organise": a British spelling is rare in a frequency list built from
 * American text, though the word is common; its American form decides.
 */
function hasCommonSpelling(form: string, lexicon: Lexicon): boolean {
	const word = form.toLocaleLowerCase('en');
	const variants = [
		word.replace(/ll(?=(?:ed|ing|er|ers)$)/u, 'l'),
		word.replace(/our(?=s?$|ed$|ing$)/u, 'or'),
		word.replace(/is(?=e[sd]?$|ing$|ation)/u, 'iz'),
		word.replace(/re(?=s?$)/u, 'er'),
		word.replace(/ogue(?=s?$)/u, 'og'),
	].filter((variant) => variant !== word);
	return variants.some((variant) =>
		lemmaCandidates(variant).some((lemma) => lexicon.isFamiliar(lemma, lexicon.leastRank)),
	);
}

/** The highest rank among a form's possible lemmas, when the lexicon lists one. */
function bestRank(form: string, lexicon: Lexicon): number | undefined {
	let best: number | undefined;
	for (const lemma of lemmaCandidates(form)) {
		const rank = lexicon.rank(lemma);
		if (rank !== undefined && (best === undefined || rank > best)) best = rank;
	}
	return best;
}

/** One occurrence judged: the word's use, or why it is not asked. */
function wordUse(
	{ sentence, start, form }: Occurrence,
	lexicon: Lexicon,
	defined: (word: string) => boolean,
): WordUse | { refused: string } {
	const tagged: TaggedWord | { refused: string } = tagWord(
		nlp(sentence.text),
		start - sentence.start,
		form,
		lexicon,
	);
	if ('refused' in tagged) return tagged;
	const { lemma, pos } = tagged;
	if (defined(lemma) || defined(form.toLocaleLowerCase('en')))
		return { refused: `the article defines “${form}” itself` };
	const pick = pickSense(lexicon, lemma, pos, sentence.text);
	if ('refused' in pick) return pick;
	const problem = glossProblem(pick.sense, lemma, lexicon);
	if (problem) return { refused: problem };
	if (isTransparent(lemma, pick.sense.gloss, lexicon))
		return { refused: `“${lemma}” is plain from its parts` };
	const rank = lexicon.rank(lemma) ?? 0;
	return { form, lemma, pos, rank, pick, lexicon, ...(tagged.head ? { head: tagged.head } : {}) };
}

/**
 * Words the article explains itself: "a bilateral (two-sided) deal", "so-called hybrids",
 * "known as a rover", "stub, or short branch", "headway means …", or a word in quotation marks.
 */
export function definedWords(sentences: readonly Sentence[]): Set<string> {
	const words = new Set<string>();
	for (const sentence of sentences)
		for (const pattern of definitionPatterns)
			for (const match of sentence.text.matchAll(pattern))
				if (match[1]) words.add(match[1].toLocaleLowerCase('en'));
	return words;
}

/**
 * Whether the article defines a word, asked word by word: only the sentences that hold the
 * word are read for a definition, so a long article is not scanned in full for each pattern.
 */
function definitions(sentences: readonly Sentence[]): (word: string) => boolean {
	const known = new Map<string, boolean>();
	return (word) => {
		let isDefined = known.get(word);
		if (isDefined === undefined) {
			const holding = sentences.filter((sentence) => sentence.text.includes(word));
			isDefined = definedWords(holding).has(word);
			known.set(word, isDefined);
		}
		return isDefined;
	};
}

/** How an article explains a word: see `definedWords`. */
const definitionPatterns = [
	/(\p{Ll}+)\s*\(/gu,
	/(\p{Ll}+),\s+(?:or|meaning|which means|that is|i\.e\.)\s/gu,
	/(\p{Ll}+)\s+(?:means|meant|refers to|is defined as|is the term for|is short for)\s/gu,
	/(?:called|termed|known as|dubbed|so-called|the term|the word)\s+(?:an?\s+|the\s+)?(\p{Ll}+)/gu,
	/[“"‘](\p{Ll}+)[”"’]/gu,
];

/** How far after a role word a person's name may start and the word still be their title. */
const titleReach = 60;

/**
 * "National Security Council coordinator for strategic communications John Kirby": a word for
 * someone's role standing before a person's name is their title, a label to skip, not a word
 * to learn.
 */
function isJobTitle(
	use: WordUse,
	{ sentence, start, form }: Occurrence,
	mentions: readonly Mention[],
): boolean {
	if (use.pos !== 'n' || !/^(?:someone|somebody|a person|one)\b/u.test(use.pick.sense.gloss))
		return false;
	const end = start + form.length;
	return mentions.some(
		(mention) =>
			mention.line === sentence.line &&
			mention.entity.startsWith('person:') &&
			mention.start > end &&
			mention.start - end <= titleReach &&
			!/[,.;:“”"]/u.test(sentence.text.slice(end - sentence.start, mention.start - sentence.start)),
	);
}

/** Whether a stretch of a line lies within a name the article uses ("Bank of England"). */
function namedSpans(mentions: readonly Mention[]) {
	const byLine = new Map<number, Mention[]>();
	for (const mention of mentions) {
		const list = byLine.get(mention.line);
		if (list) list.push(mention);
		else byLine.set(mention.line, [mention]);
	}
	return (line: number, start: number, end: number) =>
		(byLine.get(line) ?? []).some((mention) => mention.start < end && start < mention.end);
}

/** The article's facts with its vocabulary facts added, in reading order. */
export function withVocabulary(
	article: ArticleFacts,
	lexicon: Lexicon,
	words: number,
	hasOptions?: (use: WordUse, sentence: string) => boolean,
): ArticleFacts {
	const { found } = findVocabulary(
		article.sentences,
		article.index.mentions,
		lexicon,
		vocabularyLimit(words),
		hasOptions,
	);
	const facts: Fact[] = found.map(({ sentence, start, end, use }) => ({
		kind: 'vocabulary',
		word: use,
		keys: [`vocabulary:${use.lemma}`],
		line: sentence.line,
		sentence,
		start,
		end,
		text: use.form,
	}));
	const all = [...article.facts, ...facts].sort((a, b) => a.line - b.line || a.start - b.start);
	return { ...article, facts: all };
}
