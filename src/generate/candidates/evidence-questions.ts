// Candidates: "Which sentence of the article best shows that …?", a claim restated and its sentence.
import { shuffle } from '../../core/random.js';
import { isSpeech } from '../facts/cause-link.js';
import type { ArticleFacts, Fact } from '../facts/facts.js';
import { danglingStarts } from '../read/excerpt.js';
import type { Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import type { Candidate } from './candidate.js';
import { besideSentence, keySentence, wordsIn } from './option-sentences.js';
import { common, type FactView } from './question-parts.js';

type ClaimFact = Extract<Fact, { kind: 'claim' }>;

/** The lead of an evidence question; the claim follows it. */
export const evidenceLead = 'Which sentence of the article best shows that';

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
