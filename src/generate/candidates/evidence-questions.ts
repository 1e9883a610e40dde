// Candidates: "Which sentence of the article best shows that …?", a claim restated and its sentence.
import { shuffle } from '../../core/random.js';
import { isSpeech } from '../facts/causes.js';
import type { ArticleFacts, Fact } from '../facts/facts.js';
import { danglingStarts } from '../read/excerpt.js';
import type { Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import type { Candidate } from './candidate.js';
import { common, type FactView } from './question-parts.js';

type ClaimFact = Extract<Fact, { kind: 'claim' }>;

/** The lead of an evidence question; the claim follows it. */
export const evidenceLead = 'Which sentence of the article best shows that';
/** The most words an option holds; longer sentences are cut at a clause. */
const maxOptionWords = 32;

/**
 * A choice of sentences: the key the one that states the claim, the distractors sentences
 * about the same people or things that do not state it.
 */
export function evidenceQuestion(
	view: FactView & { readonly fact: ClaimFact },
	article: ArticleFacts,
): Candidate | undefined {
	const { fact } = view;
	const key = keySentence(fact.sentence.text, fact.end - fact.sentence.start);
	if (!key) return undefined;
	const distractors = sentencesBeside(article, fact, 6)
		.flatMap((sentence) => besideSentence(sentence.text, wordsIn(key)) ?? [])
		.slice(0, 3);
	const claim = fact.claim.text;
	// The rules read the claim as a statement the prompt makes.
	const shownText = `${claim.charAt(0).toLocaleUpperCase('en')}${claim.slice(1)}.`;
	return {
		question: {
			...common(view, `${evidenceLead} ${claim}?`, fact.text),
			skill: 'inference',
			type: 'choice',
			choices: shuffle([key, ...distractors], view.rng),
			answer: key,
			explanation: `Line ${fact.line} says “${fact.text}”: that is, ${fact.claim.text}.`,
		},
		fact,
		answerForms: [key],
		shownText,
	};
}

/**
 * Up to three sentences that share words with one side of the claim (who or what it is
 * about, or what it says of them) but not both: about the same people, not the same claim.
 */
export function sentencesBeside(article: ArticleFacts, fact: ClaimFact, count = 3): Sentence[] {
	const subject = new Set(contentWords(fact.claim.subject));
	const other = new Set(contentWords(fact.claim.other));
	const { words, byWord } = sentenceWords(article);
	const near = new Set<number>();
	for (const word of [...subject, ...other])
		for (const at of byWord.get(word) ?? [])
			if (Math.abs(at - fact.sentence.index) <= reach) near.add(at);
	const scored: { sentence: Sentence; shared: number }[] = [];
	const seen = new Set<string>();
	for (const at of [...near].sort((a, b) => a - b)) {
		const sentence = article.sentences[at] as Sentence;
		const own = words[at] as Set<string>;
		if (at === fact.sentence.index || !readsAlone(sentence.text)) continue;
		const key = [...own].sort().join(' ');
		if (seen.has(key)) continue;
		seen.add(key);
		const aboutSubject = [...subject].filter((word) => own.has(word)).length;
		const aboutOther = [...other].filter((word) => own.has(word)).length;
		if (aboutSubject > 0 === aboutOther > 0) continue;
		scored.push({ sentence, shared: aboutSubject + aboutOther });
	}
	const distance = (sentence: Sentence) => Math.abs(sentence.index - fact.sentence.index);
	return scored
		.sort((a, b) => b.shared - a.shared || distance(a.sentence) - distance(b.sentence))
		.slice(0, count)
		.map(({ sentence }) => sentence);
}

/** How far from the claim's sentence a distractor may come, in sentences. */
const reach = 200;

type SentenceWords = {
	readonly words: readonly Set<string>[];
	readonly byWord: ReadonlyMap<string, readonly number[]>;
};
const wordsByArticle = new WeakMap<ArticleFacts, SentenceWords>();

/** Each sentence's content words, and the sentences each word is in, once per article. */
function sentenceWords(article: ArticleFacts): SentenceWords {
	let found = wordsByArticle.get(article);
	if (!found) {
		const byWord = new Map<string, number[]>();
		const words = article.sentences.map((sentence) => {
			const own = new Set(contentWords(sentence.text));
			for (const word of own) {
				const list = byWord.get(word);
				if (list) list.push(sentence.index);
				else byWord.set(word, [sentence.index]);
			}
			return own;
		});
		found = { words, byWord };
		wordsByArticle.set(article, found);
	}
	return found;
}

/** A sentence fit to stand as an option: a statement of the article, opening on a name or noun. */
function readsAlone(text: string): boolean {
	const words = text.split(/\s+/u);
	const first = (words[0] ?? '').toLocaleLowerCase('en').replace(/[^\p{L}]/gu, '');
	return (
		words.length >= 6 &&
		/^\p{Lu}/u.test(text) &&
		/[.!]$/u.test(text) &&
		!isSpeech(text) &&
		!danglingStarts.has(first)
	);
}

/** Offsets where a sentence may be cut: after commas, semicolons, colons (a dash opens an aside). */
function clauseCuts(text: string): number[] {
	const cuts = [0];
	for (const match of text.matchAll(/[,;:](?=\s)/gu))
		cuts.push((match.index ?? 0) + match[0].length);
	cuts.push(text.length);
	return cuts;
}

const wordsIn = (piece: string) => piece.split(/\s+/u).filter(Boolean).length;

/** The sentence up to `cut`, with "…" when that is not its end. */
function upTo(text: string, cut: number): string {
	const piece = text
		.slice(0, cut)
		.trim()
		.replace(/[,;:–—\s]+$/u, '');
	return cut < text.length ? `${piece}…` : piece;
}

/**
 * The key: its sentence from the start through the clause that states the claim (offsets
 * in the sentence), or undefined when that is more than an option can hold.
 */
export function keySentence(text: string, end: number, most = maxOptionWords): string | undefined {
	const cuts = clauseCuts(text);
	const cut = cuts.find((each) => each >= end) ?? text.length;
	return wordsIn(text.slice(0, cut)) <= most ? upTo(text, cut) : undefined;
}

/**
 * A distractor: its sentence cut at the clause nearest the key's length, so none stands out,
 * and never to a lead phrase alone ("In a symbolic show of force and unity…"); undefined when
 * no cut fits.
 */
export function besideSentence(text: string, keyWords: number): string | undefined {
	const least = Math.max(10, keyWords - 4);
	const fits = clauseCuts(text)
		.slice(1)
		.filter((cut) => {
			const words = wordsIn(text.slice(0, cut));
			return words <= maxOptionWords && (words >= least || cut === text.length);
		});
	if (fits.length === 0) return undefined;
	const gap = (cut: number) => Math.abs(wordsIn(text.slice(0, cut)) - keyWords);
	return upTo(
		text,
		fits.reduce((a, b) => (gap(b) < gap(a) ? b : a)),
	);
}
