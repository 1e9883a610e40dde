// Candidates: "According to the article, why …?" from a cause the article states with a marker.
import nlp from 'compromise';
import { type Rng, shuffle } from '../../core/random.js';
import type { ArticleFacts, Fact } from '../facts/facts.js';
import type { Sentence } from '../read/segment.js';
import type { Candidate } from './candidate.js';
import { keySentence } from './option-sentences.js';
import { common, type FactView } from './question-parts.js';
import { type PoolEntry, readsAs, reasonsBeside } from './reason-pool.js';
import { hasTwoClauses, whyQuestion } from './why-question.js';

type CauseFact = Extract<Fact, { kind: 'cause' }>;

/** The lead every cause question opens with: the reason is the article's, not the reader's. */
export const causeLead = 'According to the article,';

type Casing = { readonly lower: Set<string>; readonly capital: Set<string> };
const casings = new WeakMap<ArticleFacts, Casing>();

/** The words the article writes in lower case, and in capitals, inside its sentences. */
function casingOf(article: ArticleFacts): Casing {
	let casing = casings.get(article);
	if (!casing) {
		const inside = (pattern: RegExp) =>
			new Set(article.sentences.flatMap((sentence) => sentence.text.match(pattern) ?? []));
		casing = { lower: inside(/(?<=\s)\p{Ll}+\b/gu), capital: inside(/(?<=\s)\p{Lu}\p{Ll}+\b/gu) };
		casings.set(article, casing);
	}
	return casing;
}

/**
 * Whether a sentence's capitalised first word is an ordinary word, written in lower case
 * inside a question: "inflation", which the article writes so elsewhere, or "tolls", which
 * it never capitalises inside a sentence and which is no name; not "Convention" (Place).
 */
function isCommonWord(word: string, article: ArticleFacts): boolean {
	const { lower, capital } = casingOf(article);
	const lowered = word.toLocaleLowerCase('en');
	if (lower.has(lowered)) return true;
	if (capital.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
	return !nlp(word).has('#ProperNoun');
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
	// "The roadway was lowered … and other improvements were made to prepare …": whose reason?
	if (link.isEffectFirst && hasTwoClauses(link.effect)) return undefined;
	const why = link.isPhrase
		? `What ${link.marker.replace(/^(?:has|have|had)\s+/u, '').replace(/^leads? to$/u, 'led to')} ${link.effect.replace(/[\s,;:.]+$/u, '')}?`
		: whyQuestion(link.effect, (word) => isCommonWord(word, article));
	if (!why) return undefined;
	// "with the agency’s Mars 2020 rover mission": whose, the question need not say.
	const asked = why.replace(/\bthe \p{Ll}+[’']s\s(?=\p{L})/gu, 'the ');
	const cause = { form: link.form, key: fact.text, effect: link.effect, sentence: fact.sentence };
	const beside = reasonsBeside(article, cause);
	const distractors = beside.map((entry) => capitalise(entry.text));
	const key = capitalise(withoutTrailingPlace(fact.text, distractors));
	const support = supportPart(fact, beside, article, view.rng);
	const prompt = `${causeLead} ${asked.charAt(0).toLocaleLowerCase('en')}${asked.slice(1)}`;
	return {
		question: {
			...common(view, prompt, fact.text),
			skill: 'inference',
			type: 'choice',
			choices: shuffle([key, ...distractors], view.rng),
			answer: key,
			...(support ? { support } : {}),
			explanation: explain(fact),
		},
		fact,
		answerForms: [fact.text],
		shownText: asked,
	};
}

/** Part B of a cause question: the prompt a two-part question asks once the reason is given. */
export const supportPrompt = 'Which sentence of the article supports your answer?';

/** The most words a sentence of part B holds: it shows the effect and its reason together. */
const maxSupportWords = 40;

/**
 * Part B: the sentence that gives the reason, among the sentences the distractors came from,
 * each whole or cut after the clause holding its reason, so that it shows what the reason is
 * for; a reader who picked a wrong reason finds its sentence too. None when a sentence is too
 * long to offer or two read the same.
 */
function supportPart(
	fact: CauseFact,
	beside: readonly PoolEntry[],
	article: ArticleFacts,
	rng: Rng,
): { prompt: string; choices: string[]; answer: string } | undefined {
	if (beside.length < 2) return undefined;
	const lineOf = (sentence: Sentence, reason: string) => {
		const at = sentence.text.indexOf(reason);
		if (at < 0) return undefined;
		const { text } = sentence;
		// A reason that opens its sentence is for the clause after it: the sentence goes whole.
		const end = at < text.length / 2 ? text.length : at + reason.length;
		return keySentence(text, end, maxSupportWords);
	};
	const answer = lineOf(fact.sentence, fact.text);
	const others = beside.map((entry) => {
		const sentence = article.sentences[entry.sentence];
		return sentence ? lineOf(sentence, entry.text) : undefined;
	});
	const choices = [answer, ...others];
	if (!answer || choices.some((choice) => choice === undefined)) return undefined;
	if (new Set(choices).size < choices.length) return undefined;
	return { prompt: supportPrompt, choices: shuffle(choices as string[], rng), answer };
}

/** "Line 3 says that the Committee decided to raise …, given “the economic outlook”." */
function explain(fact: CauseFact): string {
	const { link } = fact;
	const effect = link.effect.replace(/[\s,;:.]+$/u, '');
	const marker = link.marker.toLocaleLowerCase('en');
	const joint = link.form === 'purpose' ? (marker === 'to' ? ' ' : ` ${marker} `) : `, ${marker} `;
	return `Line ${fact.line} says why: ${effect}${joint}“${fact.text}”.`;
}

/** How much longer than the longest distractor a key may run before its trailing place goes. */
const keyLengthShare = 1.4;

/**
 * "To demonstrate the viability … of heavier-than-air vehicles on the Red Planet": a key that
 * outruns its distractors gives itself away by length; a place named at its end ("on the Red
 * Planet", "in Florida") adds nothing to the reason and is left out when five words remain.
 */
export function withoutTrailingPlace(key: string, distractors: readonly string[]): string {
	const longest = Math.max(0, ...distractors.map((each) => each.length));
	if (longest === 0 || key.length <= longest * keyLengthShare) return key;
	const match =
		/\s(?:on|in|at|across|around|throughout)\s(?:the\s)?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*$/u.exec(
			key,
		);
	if (!match) return key;
	const rest = key.slice(0, match.index);
	return rest.split(/\s+/u).length >= 5 ? rest : key;
}

function capitalise(text: string): string {
	return `${text.charAt(0).toLocaleUpperCase('en')}${text.slice(1)}`;
}
