// Candidates: "According to the article, why …?" from a cause the article states with a marker.
import { shuffle } from '../../core/random.js';
import type { ArticleFacts, Fact } from '../facts/facts.js';
import type { Candidate } from './candidate.js';
import { common, type FactView } from './question-parts.js';
import { readsAs, reasonsBeside } from './reason-pool.js';
import { whyQuestion } from './why-question.js';

type CauseFact = Extract<Fact, { kind: 'cause' }>;

/** The lead every cause question opens with: the reason is the article's, not the reader's. */
export const causeLead = 'According to the article,';

const lowerWords = new WeakMap<ArticleFacts, Set<string>>();

/** Words the article writes in lower case somewhere: "inflation" is no name. */
function commonWords(article: ArticleFacts): Set<string> {
	let words = lowerWords.get(article);
	if (!words) {
		words = new Set(
			article.sentences.flatMap((sentence) => sentence.text.match(/(?<=\s)\p{Ll}+\b/gu) ?? []),
		);
		lowerWords.set(article, words);
	}
	return words;
}

/**
 * A choice question asking why the effect happened: the key is the cause, the distractors
 * other reasons (or purposes, or clauses) the article gives for other things.
 */
export function causeQuestion(
	view: FactView & { readonly fact: CauseFact },
	article: ArticleFacts,
): Candidate | undefined {
	const { fact } = view;
	const { link } = fact;
	if (!readsAs(link.form, fact.text)) return undefined;
	const lower = commonWords(article);
	const why = whyQuestion(link.effect, (word) => lower.has(word.toLocaleLowerCase('en')));
	if (!why) return undefined;
	const distractors = reasonsBeside(
		article,
		link.form,
		fact.text,
		link.effect,
		fact.sentence.index,
	).map(capitalise);
	const key = capitalise(fact.text);
	const prompt = `${causeLead} ${why.charAt(0).toLocaleLowerCase('en')}${why.slice(1)}`;
	return {
		question: {
			...common(view, prompt, fact.text),
			skill: 'inference',
			type: 'choice',
			choices: shuffle([key, ...distractors], view.rng),
			answer: key,
			explanation: explain(fact),
		},
		fact,
		answerForms: [fact.text],
		shownText: why,
	};
}

/** "Line 3 says that the Committee decided to raise …, given “the economic outlook”." */
function explain(fact: CauseFact): string {
	const { link } = fact;
	const effect = link.effect.replace(/[\s,;:.]+$/u, '');
	const marker = link.marker.toLocaleLowerCase('en');
	const joint = link.form === 'purpose' ? (marker === 'to' ? ' ' : ` ${marker} `) : `, ${marker} `;
	return `Line ${fact.line} says why: ${effect}${joint}“${fact.text}”.`;
}

function capitalise(text: string): string {
	return `${text.charAt(0).toLocaleUpperCase('en')}${text.slice(1)}`;
}
