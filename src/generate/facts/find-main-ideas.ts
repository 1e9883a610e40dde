// Facts: the main ideas of an article: each paragraph's, and the whole's as its lead states it.
import type { ArticleLine, Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import { sentenceCentrality } from './article-profile.js';
import {
	asIdea,
	echoes,
	type Idea,
	type MainIdea,
	minMargin,
	type Paragraph,
	paragraphIdea,
	readerParagraphs,
	specifics,
} from './main-ideas.js';

/**
 * Paragraphs whose sentences are cut to their main clauses, in reading order, at most: a bank
 * asks a few main ideas, and a book's thousands of paragraphs would each cost a tagging pass.
 */
const maxWeighed = 60;

/** The idea of each paragraph that has one clearly, then the article's, when its lead states it. */
export function findMainIdeas(
	lines: readonly ArticleLine[],
	sentences: readonly Sentence[],
	title?: string,
): MainIdea[] {
	const paragraphs = readerParagraphs(lines, sentences);
	const centrality = sentenceCentrality(sentences);
	const budget = { left: isNumberingClear(lines) ? maxWeighed : 0 };
	const ideas = paragraphs.flatMap(
		(paragraph) => paragraphIdea(paragraph, centrality, budget) ?? [],
	);
	const article = articleIdea(paragraphs, centrality, title);
	return article ? [...ideas, article] : ideas;
}

/**
 * Whether a reader counts paragraphs as the lines do: not when blank lines part some paragraphs
 * while others follow each other line by line (a text wrapped by hand: is line 2 a paragraph?).
 */
function isNumberingClear(lines: readonly ArticleLine[]): boolean {
	let isParted = false;
	let isRun = false;
	lines.forEach((line, index) => {
		const previous = lines[index - 1];
		if (line.kind !== 'paragraph' || !previous) return;
		if (previous.kind === 'paragraph') isRun = true;
		if (previous.kind === 'blank') isParted = true;
	});
	return !(isParted && isRun);
}

/** How far below the lead's centrality a detail offered beside it must stand. */
const detailMargin = minMargin / 3;
/** Details weighed per paragraph, and paragraphs weighed: each costs a clause cut. */
const detailsPerParagraph = 3;
const maxDetailParagraphs = 30;

/** Share of the article's sentences a lead must stand among, by centrality, when no title backs it. */
const leadRank = 0.25;

/**
 * Share a lead must stand among when the title backs it: a title word it happens to share
 * ("for most of human history" under "History of aluminium") does not make background the point.
 */
const titledLeadRank = 0.4;

/** Whether `score` is among the top `share` of the article's sentences. */
function isAmongMostCentral(
	score: number,
	centrality: readonly number[],
	share = leadRank,
): boolean {
	const above = centrality.filter((each) => each > score).length;
	return above < Math.max(1, centrality.length * share);
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
		if (!isAmongMostCentral(leadScore, centrality, titledLeadRank)) return undefined;
	} else if (!isAmongMostCentral(leadScore, centrality)) return undefined;
	const key = asIdea(lead, leadScore, first.line.text);
	if (!key) return undefined;
	// Details of other paragraphs: true, dated or counted, and each about one part of the article.
	// A dated or counted statement is a particular, so it needs only to stand below the lead.
	const details = paragraphs.slice(1, 1 + maxDetailParagraphs).flatMap((paragraph) => {
		const ranked = [...paragraph.sentences].sort(
			(a, b) => (centrality[b.index] ?? 0) - (centrality[a.index] ?? 0),
		);
		const found: Idea[] = [];
		for (const sentence of ranked) {
			if (found.length >= detailsPerParagraph) break;
			const score = centrality[sentence.index] ?? 0;
			if (leadScore - score < detailMargin) continue;
			const idea = asIdea(sentence, score, paragraph.line.text);
			if (idea && specifics(idea.clause.text, true) > 0) found.push(idea);
		}
		return found;
	});
	if (details.length < 2) return undefined;
	// A paragraph comes back to the lead when it names something the lead names.
	const leadWords = new Set(contentWords(lead.text));
	const others = paragraphs.slice(1).map((paragraph) => paragraph.line.text);
	const support = others.filter((text) =>
		contentWords(text).some((word) => leadWords.has(word)),
	).length;
	if (support * 2 < others.length) return undefined;
	return {
		scope: 'article',
		paragraph: first.number,
		key,
		details,
		support,
		echoes: echoes(lead.text, others, 2),
		sentences: paragraphs.length,
	};
}
