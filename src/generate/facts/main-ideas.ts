// Facts: the central idea of a paragraph, and of the article, with the details around it.

import { danglingStarts } from '../read/excerpt.js';
import { type MainClause, mainClause } from '../read/main-clause.js';
import type { ArticleLine, Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import { credit, sentenceCentrality } from './article-profile.js';
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
	/** Sentences of the paragraph that share the key's words: they develop it. */
	readonly support: number;
	/** The paragraph's sentences in all. */
	readonly sentences: number;
};

/** A paragraph of fewer sentences has no idea apart from its sentences. */
const minSentences = 3;
/** A paragraph of more is not weighed sentence against sentence (the work grows with the square). */
const maxSentences = 12;
/** How far the key's score must stand above every other sentence's. */
export const minMargin = 0.15;

type Paragraph = {
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

/** The idea of each paragraph that has one clearly, then the article's, when its lead states it. */
export function findMainIdeas(
	lines: readonly ArticleLine[],
	sentences: readonly Sentence[],
	title?: string,
): MainIdea[] {
	const paragraphs = readerParagraphs(lines, sentences);
	const centrality = sentenceCentrality(sentences);
	const ideas = paragraphs.flatMap((paragraph) => {
		const idea = paragraphIdea(paragraph, centrality);
		return idea ? [idea] : [];
	});
	const article = articleIdea(paragraphs, centrality, title);
	return article ? [...ideas, article] : ideas;
}

/**
 * A sentence fit to be an option: a main clause that reads alone, no pronoun to resolve first,
 * not speech (opening a quotation or inside one the line opened before it), not a credit, not
 * cut from a sentence the segmenter split at an abbreviation ("U.S. | Rep. John Culberson").
 */
export function asIdea(sentence: Sentence, score: number, line: string): Idea | undefined {
	if (/[“”"]/u.test(sentence.text.slice(0, 2)) || credit.test(sentence.text)) return undefined;
	const before = line.slice(0, sentence.start);
	const opened = (before.match(/“/gu) ?? []).length - (before.match(/”/gu) ?? []).length;
	if (opened > 0 || (before.match(/"/gu) ?? []).length % 2 === 1) return undefined;
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
 * stated alone, or when fewer than two other sentences can stand beside it as details.
 */
function paragraphIdea(paragraph: Paragraph, centrality: readonly number[]): MainIdea | undefined {
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
	const key = asIdea(sentences[best] as Sentence, scores[best] as number, paragraph.line.text);
	if (!key) return undefined;
	const support = sentences.filter((_, j) => j !== best && shared(best, j) > 0).length;
	if (support < 2) return undefined;
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
		sentences: sentences.length,
	};
}

const calendar = new RegExp(`\\b(?:${[...months, ...weekdays].join('|')})\\b`, 'giu');

/**
 * The figures, years and days a statement names: one that names some states a particular,
 * never the article's idea, and no one mistakes it for a competing summary (as they might
 * "the two leaders have emerged as close partners in recent years").
 */
function specifics(text: string): number {
	return (text.match(/\d[\d,.]*/gu) ?? []).length + (text.match(calendar) ?? []).length;
}

/** The article's lead sentence as its idea, when it is among the most central and fits the title. */
function articleIdea(
	paragraphs: readonly Paragraph[],
	centrality: readonly number[],
	title: string | undefined,
): MainIdea | undefined {
	const first = paragraphs[0];
	const lead = first?.sentences[0];
	if (!first || !lead) return undefined;
	const leadScore = centrality[lead.index] ?? 0;
	if (title !== undefined) {
		const titleWords = new Set(contentWords(title));
		const sharedWithTitle = contentWords(lead.text).filter((word) => titleWords.has(word));
		if (new Set(sharedWithTitle).size < 2) return undefined;
	}
	const key = asIdea(lead, leadScore, first.line.text);
	if (!key) return undefined;
	// Details of other paragraphs: true, dated or counted, and each about one part of the article.
	const details = paragraphs.slice(1).flatMap((paragraph) => {
		const ranked = [...paragraph.sentences].sort(
			(a, b) => (centrality[b.index] ?? 0) - (centrality[a.index] ?? 0),
		);
		for (const sentence of ranked) {
			const score = centrality[sentence.index] ?? 0;
			if (leadScore - score < minMargin) continue;
			const idea = asIdea(sentence, score, paragraph.line.text);
			if (idea && specifics(idea.clause.text) > 0) return [idea];
		}
		return [];
	});
	if (details.length < 2) return undefined;
	const leadWords = new Set(contentWords(lead.text));
	const support = paragraphs
		.slice(1)
		.filter((paragraph) =>
			contentWords(paragraph.line.text).some((word) => leadWords.has(word)),
		).length;
	if (support * 2 < paragraphs.length - 1) return undefined;
	return {
		scope: 'article',
		paragraph: first.number,
		key,
		details,
		support,
		sentences: paragraphs.length,
	};
}
