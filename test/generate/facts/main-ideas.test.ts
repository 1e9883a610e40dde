import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentenceCentrality } from '../../../src/generate/facts/article-profile.js';
import { findFacts } from '../../../src/generate/facts/facts.js';
import { findMainIdeas } from '../../../src/generate/facts/find-main-ideas.js';
import { paragraphIdea, readerParagraphs } from '../../../src/generate/facts/main-ideas.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';
import { bundledArticle } from '../helpers.js';

const realText = (name: string) =>
	readFileSync(new URL(`../../fixtures/real-texts/${name}.txt`, import.meta.url), 'utf8');
/** The line of a real text, as an article of its own. */
const lineOf = (name: string, line: number) => realText(name).split('\n')[line - 1] ?? '';

/** The main ideas an article's text yields. */
function ideasOf(text: string) {
	const { lines, sentences, title } = segmentArticle(text);
	return findMainIdeas(lines, sentences, title);
}

/** The paragraph ideas of one paragraph set among others that make it a normal article. */
function paragraphIdeas(text: string) {
	return ideasOf(text).filter((idea) => idea.scope === 'paragraph');
}

/** The encyclopedia article; its line 9, on bus routes, opens with what the rest develops. */
const encyclopedia = realText('encyclopedia');

describe('the main idea of a paragraph', () => {
	it('is the sentence the others take up, well clear of the rest, with the others as details', () => {
		const [idea] = paragraphIdeas(encyclopedia).filter((each) => each.key.sentence.line === 9);
		expect(idea?.key.clause.text).toBe(
			'The DSTT was served by seven bus routes that stopped at all four tunnel stations as well as stops near the former Convention Place station.',
		);
		expect(idea?.details.map((detail) => detail.clause.text)).toEqual([
			'Bus routes were divided into three bays labeled with their general direction.',
			'Bay A was served by three routes heading north toward Northgate and the University District and east to Kirkland via State Route 520.',
		]);
		expect(idea?.support).toBe(2);
		expect(idea?.echoes).toContain('bus');
	});

	it('is none when no sentence stands clear of the next (margin on centrality)', () => {
		// The Federal Reserve's first paragraph: a lead on growth, then spending, jobs, inflation
		// and prices, each nearly as central as the lead.
		expect(paragraphIdeas(lineOf('business-report', 1))).toEqual([]);
	});

	it('is none when the key names more dates and figures than a detail: it is one more detail', () => {
		// The tunnel's history: "planning … only began in 1974" leads, but it is an event like the
		// others, while "Light rail tracks were installed …" names no date at all.
		expect(paragraphIdeas(lineOf('encyclopedia', 4))).toEqual([]);
	});

	it('is none for a paragraph of one or two sentences, or one mostly quoted', () => {
		// Two sentences: China's tacit support, and Beijing's drills.
		expect(paragraphIdeas(bundledArticle.split('\n')[7] ?? '')).toEqual([]);
		// The science release's quoted engineer: three sentences, two of them inside quotation marks.
		expect(paragraphIdeas(lineOf('science-news', 10))).toEqual([]);
	});

	it('numbers paragraphs as a reader counts them: headings are not paragraphs', () => {
		const text = realText('encyclopedia');
		const { lines, sentences } = segmentArticle(text);
		const paragraphs = readerParagraphs(lines, sentences);
		// Line 1 is the title, lines 6 and 11 are section headings.
		expect(paragraphs.map((paragraph) => paragraph.line.number)).toEqual([
			2, 3, 4, 5, 7, 8, 9, 10, 12,
		]);
		// Line 9 is the seventh paragraph.
		expect(paragraphIdeas(text).map((idea) => idea.paragraph)).toEqual([7]);
	});

	it('is weighed for a bounded number of paragraphs: a book pays for a few, not thousands', () => {
		const { lines, sentences } = segmentArticle(encyclopedia);
		const paragraph = readerParagraphs(lines, sentences).find((each) => each.line.number === 9);
		if (!paragraph) throw new Error('line 9 is a paragraph');
		const centrality = sentenceCentrality(sentences);
		const budget = { left: 1 };
		expect(paragraphIdea(paragraph, centrality, budget)?.paragraph).toBe(7);
		expect(budget.left).toBe(0);
		expect(paragraphIdea(paragraph, centrality, budget)).toBeUndefined();
	});

	it('is none when blank lines part some paragraphs and others run line by line', () => {
		const lines = encyclopedia.split('\n');
		const parted = [...lines.slice(0, 3), '', ...lines.slice(3)].join('\n');
		expect(paragraphIdeas(parted)).toEqual([]);
		// Blank lines between every paragraph count as the lines do.
		const spaced = lines.join('\n\n');
		expect(paragraphIdeas(spaced).map((idea) => idea.paragraph)).toEqual([7]);
	});

	it('is none after a list: a reader might count its items or not', () => {
		const lines = encyclopedia.split('\n');
		const withList = [...lines.slice(0, 6), '- a list item', ...lines.slice(6)].join('\n');
		expect(paragraphIdeas(encyclopedia)).toHaveLength(1);
		expect(paragraphIdeas(withList)).toEqual([]);
	});
});

describe('the main idea of the article', () => {
	it('is the lead’s main clause when it fits the title, against dated details of later paragraphs', () => {
		const article = ideasOf(realText('news-report')).find((idea) => idea.scope === 'article');
		expect(article?.key.clause.text).toBe(
			'The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya.',
		);
		expect(article?.paragraph).toBe(1);
		for (const detail of article?.details ?? []) {
			expect(detail.sentence.line).toBeGreaterThan(2);
			expect(detail.clause.text).toMatch(
				/\d|January|February|March|April|May|June|July|August|September|October|November|December/,
			);
		}
	});

	it('takes dated details from later paragraphs that stand anywhere below the lead', () => {
		// The science release's lead is its most central sentence but one: a dated or counted
		// detail needs only to stand below it.
		const article = ideasOf(realText('science-news')).find((idea) => idea.scope === 'article');
		const details = article?.details ?? [];
		expect(article?.key.clause.text).toBe('NASA is sending a helicopter to Mars.');
		expect(details.length).toBeGreaterThanOrEqual(3);
		expect(new Set(details.map((detail) => detail.sentence.line)).size).toBeGreaterThanOrEqual(2);
		for (const detail of details) expect(detail.score).toBeLessThan(article?.key.score ?? 0);
	});

	it('is none when the title backs a lead that stands low among the sentences', () => {
		// "… so for most of human history it was unknown" shares "history" with "History of
		// aluminium", but it is background, not what the article is about.
		expect(ideasOf(realText('history')).some((idea) => idea.scope === 'article')).toBe(false);
	});

	it('is none when the lead does not share two words with the title', () => {
		const text = realText('news-report').replace(
			'Nobel Peace Prize awarded to Kenyan environmental activist',
			'An unusual morning in Oslo',
		);
		expect(ideasOf(text).some((idea) => idea.scope === 'article')).toBe(false);
	});

	it('without a title, only when the lead is among the article’s most central sentences', () => {
		// The bundled report's lead (Putin praises China's position) is; the Federal Reserve
		// statement's lead (information received since October) is not its point.
		expect(ideasOf(bundledArticle).some((idea) => idea.scope === 'article')).toBe(true);
		expect(ideasOf(realText('business-report')).some((idea) => idea.scope === 'article')).toBe(
			false,
		);
	});

	it('never offers a generalisation as a detail: "the two leaders have emerged as close partners"', () => {
		const article = ideasOf(bundledArticle).find((idea) => idea.scope === 'article');
		const details = article?.details.map((detail) => detail.clause.text) ?? [];
		expect(details.length).toBeGreaterThanOrEqual(2);
		expect(details.join('\n')).not.toMatch(
			/close partners|tacit support|contributed to this report/,
		);
	});

	it('becomes one fact keyed to the article and its lead, so the lead’s paragraph is not asked too', () => {
		const facts = findFacts(realText('news-report')).facts.filter(
			(fact) => fact.kind === 'main-idea',
		);
		const article = facts.find(
			(fact) => fact.kind === 'main-idea' && fact.idea.scope === 'article',
		);
		expect(article?.keys).toEqual(expect.arrayContaining(['main-idea@article', 'main-idea@2']));
		expect(article?.text).toBe(
			'The 2004 Nobel Peace Prize was awarded today to Dr Wangari Maathai from Kenya',
		);
	});
});
