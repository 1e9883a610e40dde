// Candidates: the reasons, purposes and clauses an article offers as distractors for "why".
import nlp from 'compromise';
import { type CauseForm, clauseEnd, isSpeech, trimCause } from '../facts/cause-link.js';
import { everyCauseAfter, findCauseLink } from '../facts/causes.js';
import type { ArticleFacts } from '../facts/facts.js';
import type { Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import { isClause } from './why-question.js';

/**
 * Something the article gives as a reason or a purpose (a clause given as a reason: "because
 * electrolytic baths could not withstand …"). A statement the article makes for no reason is
 * no fair wrong reason: a 20th-century fact offered for a 19th-century difficulty is ruled out
 * at sight.
 */
export type PoolEntry = {
	readonly text: string;
	readonly sentence: number;
	/** Its content words, and them joined: two entries alike in them are one. */
	readonly words: readonly string[];
	readonly normal: string;
};

type ReasonPool = Readonly<Record<CauseForm, readonly PoolEntry[]>>;

/** Noun phrases that read as circumstances a reason could be ("amid Western sanctions"). */
const circumstance = /\b(?:amid|following|after(?=\s+the\s))\s+/giu;
/**
 * "solar cells to charge …", "aerial vehicles to access …": "to" and a verb after a word that
 * does not itself take "to" (not "able to", "decided to", "has to").
 */
const infinitive =
	/(?<=\p{L}\s)(?<!\b(?:able|going|used|has|have|had|need|needs|want|wants|tried|decided|expected|continue|continues|continued|seeks|sought|began|begin|agreed|likely|plans|planned|refused|failed|is|are|was|were|be|been|ready|hopes|hoped|chose|set|due|according|up|down|order|ought|scheduled|dedicated|claims|claim|claimed|first|last|only|next|trying|wish|moved|sent|returned|rerouted|transferred|taken|brought|added|went|goes|go|came|come|led|leads|travel|travels|traveled|travelled|headed|heading|driven|close|closer|next|how|what|where|whether|about|back|forward|way|time|in|from)\s)to\s+(?!the\b|a\b|an\b|its\b|his\b|her\b|their\b|this\b|that\b|be\b|\d)\p{Ll}{3,}\s/gu;
/** Words that leave a reader asking who or what. */
const pronoun =
	/\b(?:he|she|it|they|them|him|her|his|its|their|this|these|those|we|you|i|our|your)\b/iu;
/** How far from the question's sentence a distractor may come, in sentences. */
const reach = 200;
/** How near it may come: "to accommodate both buses and Central Link", two sentences before
 * "to replace the Breda fleet", was a reason for the same change. */
const minApart = 3;

const pools = new WeakMap<ArticleFacts, ReasonPool>();

/** An article's reasons, purposes and short clauses, once per article. */
export function reasonPool(article: ArticleFacts): ReasonPool {
	let pool = pools.get(article);
	if (!pool) {
		pool = buildPool(article);
		pools.set(article, pool);
	}
	return pool;
}

function buildPool(article: ArticleFacts): ReasonPool {
	const reason: PoolEntry[] = [];
	const clause: PoolEntry[] = [];
	const purpose: PoolEntry[] = [];
	const byForm: Record<CauseForm, PoolEntry[]> = { reason, clause, purpose };
	for (const sentence of article.sentences) {
		const { text, index } = sentence;
		if (isSpeech(text)) continue;
		const add = (form: CauseForm, piece: string) => {
			const trimmed = piece.trim();
			const count = trimmed.split(/\s+/u).length;
			if (count < 2 || count > 16 || pronoun.test(trimmed)) return;
			const words = contentWords(trimmed);
			// "the closure": a reason of one content word says too little to be weighed.
			if (words.length < 2) return;
			byForm[form].push({ text: trimmed, sentence: index, words, normal: words.join(' ') });
		};
		const first = findCauseLink(sentence);
		if (first?.form !== 'purpose' && first) add(first.form, trimCause(first.cause));
		for (const link of everyCauseAfter(text))
			if (link.form === 'purpose') add('purpose', trimCause(link.cause));
		for (const match of text.matchAll(infinitive))
			add('purpose', trimCause(text.slice(match.index, clauseEnd(text, match.index))));
		for (const match of text.matchAll(circumstance)) {
			const from = match.index + match[0].length;
			add('reason', text.slice(from, clauseEnd(text, from)));
		}
	}
	// "to stop and reverse direction" is part of "to allow light rail trains to stop and …".
	const whole = (entries: PoolEntry[]) =>
		entries.filter(
			(entry) =>
				!entries.some((other) => other.text !== entry.text && other.text.includes(entry.text)),
		);
	return { reason: whole(reason), clause: whole(clause), purpose: whole(purpose) };
}

/** The cause a question asks for: its form, its words, its effect, and its sentence. */
export type AskedCause = {
	readonly form: CauseForm;
	readonly key: string;
	readonly effect: string;
	readonly sentence: Sentence;
};

/**
 * Up to `count` distractors of the cause's form: from other sentences, sharing no content word
 * with the key or with the rest of its sentence ("as the overhead wire was replaced for light
 * rail trains" makes "to prepare for light rail service" half right), not restating the
 * effect, nearest the key in length.
 */
export function reasonsBeside(article: ArticleFacts, asked: AskedCause, count = 3): PoolEntry[] {
	const { form, key, effect, sentence: own } = asked;
	const sentence = own.index;
	const effectWords = new Set(contentWords(effect));
	const keyWords = new Set([
		...contentWords(key),
		...contentWords(own.text).filter((word) => !effectWords.has(word)),
	]);
	const length = wordCount(key);
	const seen = new Set<string>();
	const fits = reasonPool(article)[form].filter((entry) => {
		const { words, normal } = entry;
		// A reason given just before or after is likely a reason for the same thing, and right too.
		const apart = Math.abs(entry.sentence - sentence);
		if (apart < minApart || apart > reach) return false;
		if (seen.has(normal) || words.length === 0) return false;
		seen.add(normal);
		if (words.some((word) => keyWords.has(word))) return false;
		return words.filter((word) => effectWords.has(word)).length * 2 < words.length;
	});
	const distance = (entry: PoolEntry) =>
		Math.abs(wordCount(entry.text) - length) * 100 + Math.abs(entry.sentence - sentence);
	const picked: PoolEntry[] = [];
	// Reading an entry's grammar is the costly step: only the nearest few are read.
	for (const entry of fits.sort((a, b) => distance(a) - distance(b))) {
		if (picked.length >= count) break;
		if (readsAs(form, entry.text)) picked.push(entry);
	}
	return picked;
}

const wordCount = (text: string) => text.split(/\s+/u).length;

const readings = new Map<string, boolean>();

/** A purpose opens on "to" and a verb; a clause has a subject and a verb with a tense. */
export function readsAs(form: CauseForm, text: string): boolean {
	if (form === 'reason') return !/^(?:to|that|which|who)\b/iu.test(text);
	const key = `${form}:${text}`;
	let reads = readings.get(key);
	if (reads === undefined) {
		if (form === 'purpose') {
			// "to protect the forests often met with …": the purpose ran into the main verb.
			const tags = (nlp(text).terms().json() as { terms: { tags: string[] }[] }[]).map(
				(term) => term.terms[0]?.tags ?? [],
			);
			reads =
				tags[1]?.includes('Verb') === true && !tags.some((each) => each.includes('PastTense'));
		} else {
			// A clause offered as a reason has what a "why" question needs: a subject and a verb.
			reads = isClause(text);
		}
		readings.set(key, reads);
	}
	return reads;
}
