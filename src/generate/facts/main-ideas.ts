// Facts: the central idea of a paragraph, with the details around it, and what ideas are made of.

import { danglingStarts } from '../read/excerpt.js';
import { type MainClause, mainClause } from '../read/main-clause.js';
import { isInQuotation } from '../read/quotation.js';
import type { ArticleLine, Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import { credit } from './article-profile.js';
import { months, weekdays } from './dates.js';

/** A sentence summed up by its main clause, with how central it is where it stands. */
export type Idea = {
	readonly sentence: Sentence;
	readonly clause: MainClause;
	/** How central the sentence is in its paragraph (or, for the article, in the article), 0–1. */
	readonly score: number;
};

/** What a paragraph, or the article, is about: the key idea and the details beside it. */
export type MainIdea = {
	readonly scope: 'paragraph' | 'article';
	/** The paragraph's number as a reader counts them (headings and list items are not). */
	readonly paragraph: number;
	readonly key: Idea;
	/** True statements of the same paragraph (or of other paragraphs) that are not its idea. */
	readonly details: readonly Idea[];
	/** Sentences of the paragraph (paragraphs of the article) that take up the key's words. */
	readonly support: number;
	/** The key's words the rest takes up most, as the key writes them ("tunnel", "Putin"). */
	readonly echoes: readonly string[];
	/** The paragraph's sentences in all. */
	readonly sentences: number;
};

/** A paragraph of fewer sentences has no idea apart from its sentences. */
const minSentences = 3;
/** A paragraph of more is not weighed sentence against sentence (the work grows with the square). */
const maxSentences = 12;
/** How far the key's score must stand above every other sentence's. */
export const minMargin = 0.15;

/** A paragraph of the article with its number as a reader counts and its sentences. */
export type Paragraph = {
	readonly line: ArticleLine;
	readonly number: number;
	readonly sentences: readonly Sentence[];
};

/** The article's paragraphs, numbered as a reader counts them; none after a list (who counts it?). */
export function readerParagraphs(
	lines: readonly ArticleLine[],
	sentences: readonly Sentence[],
): Paragraph[] {
	const byLine = new Map<number, Sentence[]>();
	for (const sentence of sentences) {
		const list = byLine.get(sentence.line);
		if (list) list.push(sentence);
		else byLine.set(sentence.line, [sentence]);
	}
	const paragraphs: Paragraph[] = [];
	for (const line of lines) {
		if (line.kind === 'list') break;
		if (line.kind !== 'paragraph') continue;
		paragraphs.push({
			line,
			number: paragraphs.length + 1,
			sentences: byLine.get(line.number) ?? [],
		});
	}
	return paragraphs;
}

/**
 * A sentence fit to be an option: a main clause that reads alone, no pronoun to resolve first,
 * not speech (opening a quotation or inside one the line opened before it), not a credit, not
 * cut from a sentence the segmenter split at an abbreviation ("U.S. | Rep. John Culberson").
 */
export function asIdea(sentence: Sentence, score: number, line: string): Idea | undefined {
	if (/[“”"]/u.test(sentence.text.slice(0, 2)) || credit.test(sentence.text)) return undefined;
	if (isInQuotation(line, sentence.start)) return undefined;
	const before = line.slice(0, sentence.start);
	const previousWords =
		before
			.trimEnd()
			.split(/[.!?]\s+/u)
			.at(-1)
			?.split(/\s+/).length ?? 0;
	if (before.trim() !== '' && previousWords < 3) return undefined;
	const clause = mainClause(sentence.text);
	if (!clause) return undefined;
	const first =
		clause.text
			.split(/\s+/)[0]
			?.toLocaleLowerCase('en')
			.replace(/[^\p{L}]/gu, '') ?? '';
	if (danglingStarts.has(first)) return undefined;
	return { sentence, clause, score };
}

/**
 * The idea of a paragraph of three to twelve sentences: the sentence whose words the others
 * take up, helped by where it stands (a topic sentence leads) and how central it is in the
 * article; none when another sentence comes within `minMargin`, when the winner cannot be
 * stated alone, or when fewer than two other sentences can stand beside it as details. Each
 * paragraph that gets as far as cutting its sentences to clauses spends one of `budget`.
 */
export function paragraphIdea(
	paragraph: Paragraph,
	centrality: readonly number[],
	budget: { left: number } = { left: 1 },
): MainIdea | undefined {
	const { sentences } = paragraph;
	if (sentences.length < minSentences || sentences.length > maxSentences) return undefined;
	const quoted = sentences.filter((sentence) => /[“”"]/u.test(sentence.text)).length;
	if (quoted * 2 > sentences.length) return undefined;
	const words = sentences.map((sentence) => new Set(contentWords(sentence.text)));
	const shared = (a: number, b: number) => {
		const mine = words[a] as Set<string>;
		const theirs = words[b] as Set<string>;
		let count = 0;
		for (const word of mine) if (theirs.has(word)) count++;
		return count === 0 ? 0 : count / Math.sqrt(mine.size * theirs.size);
	};
	const local = sentences.map((_, i) =>
		sentences.reduce((sum, _other, j) => (i === j ? sum : sum + shared(i, j)), 0),
	);
	const top = Math.max(1e-9, ...local);
	const scores = sentences.map(
		(sentence, i) =>
			0.5 * ((local[i] as number) / top) +
			0.3 * (centrality[sentence.index] ?? 0) +
			(i === 0 ? 0.2 : 0),
	);
	const order = scores
		.map((_, i) => i)
		.sort((a, b) => (scores[b] as number) - (scores[a] as number));
	const [best, second] = order as [number, number];
	if ((scores[best] as number) - (scores[second] as number) < minMargin) return undefined;
	const support = sentences.filter((_, j) => j !== best && shared(best, j) > 0).length;
	// Cutting sentences to their clauses is the dear part: a long text pays it for a few paragraphs.
	if (support < 2 || budget.left <= 0) return undefined;
	budget.left--;
	const key = asIdea(sentences[best] as Sentence, scores[best] as number, paragraph.line.text);
	if (!key) return undefined;
	const others = sentences.filter((_, j) => j !== best).map((sentence) => sentence.text);
	const details = order
		.slice(1)
		.flatMap(
			(i) => asIdea(sentences[i] as Sentence, scores[i] as number, paragraph.line.text) ?? [],
		);
	if (details.length < 2) return undefined;
	// A summary is general: a key with more figures and dates than a detail is one more detail.
	const least = Math.min(...details.map((detail) => specifics(detail.clause.text)));
	if (specifics(key.clause.text) > least) return undefined;
	return {
		scope: 'paragraph',
		paragraph: paragraph.number,
		key,
		details,
		support,
		echoes: echoes(key.sentence.text, others, 1),
		sentences: sentences.length,
	};
}

/**
 * Up to three of the key's content words that most of `others` also use (each at least in
 * `least` of them), as the key writes them: what the explanation names as taken up.
 */
export function echoes(key: string, others: readonly string[], least: number): string[] {
	const inOthers = others.map((text) => new Set(contentWords(text)));
	const counts = [...new Set(contentWords(key))]
		.map((word) => ({ word, count: inOthers.filter((words) => words.has(word)).length }))
		.filter(({ word, count }) => count >= least && !calendarWord.test(word))
		.sort((a, b) => b.count - a.count);
	const tokens = key.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
	return counts.slice(0, 3).flatMap(({ word }) => {
		const written = tokens.find((token) => contentWords(token)[0] === word);
		return written ? [written.replace(/[’']s$/u, '')] : [];
	});
}

const calendarWord = new RegExp(`^(?:${[...months, ...weekdays].join('|')})$`, 'iu');
const calendar = new RegExp(`\\b(?:${[...months, ...weekdays].join('|')})\\b`, 'giu');

/**
 * The figures, years and days a statement names (and, when `spelled`, the counts it spells out):
 * one that names some states a particular, never the article's idea, and no one mistakes it for
 * a competing summary (as they might "the two leaders have emerged as close partners in recent
 * years"). A paragraph's key is weighed on written figures only: "seven routes … four stations"
 * can still be what the paragraph is about.
 */
export function specifics(text: string, spelled = false): number {
	return (
		(text.match(/\d[\d,.]*/gu) ?? []).length +
		(text.match(calendar) ?? []).length +
		(spelled ? (text.match(numberWords) ?? []).length : 0)
	);
}

/**
 * Counts a text may spell out ("seven bus routes", "four years"); "one" is too often no count,
 * and "the two leaders" names people already met, not a figure.
 */
const numberWords =
	/(?<!\bthe\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b/giu;
