// A long text's questions come from its most central sentences: the rest are not weighed.
import { describe, expect, it } from 'vitest';
import type { ArticleProfile } from '../../src/generate/facts/article-profile.js';
import type { ArticleFacts, Fact } from '../../src/generate/facts/facts.js';
import { mostCentralFacts } from '../../src/generate/generate-bank.js';

function articleOf(sentences: number, kinds: Record<number, Fact['kind']> = {}) {
	const list = Array.from({ length: sentences }, (_, index) => ({
		index,
		line: index + 1,
		start: 0,
		end: 10,
		text: `Sentence ${index}.`,
	}));
	const facts = list.map(
		(sentence) =>
			({
				kind: kinds[sentence.index] ?? 'figure',
				sentence,
				line: sentence.line,
			}) as unknown as Fact,
	);
	return { sentences: list, facts } as unknown as ArticleFacts;
}

/** Sentence i's centrality: the later, the more central. */
const profile = { centrality: (sentence: number) => sentence / 1000 } as ArticleProfile;

describe('mostCentralFacts', () => {
	it('weighs every fact of a text a bank can use whole', () => {
		const article = articleOf(24);
		expect(mostCentralFacts(article, profile, 2)).toEqual({ weighed: article.facts, unweighed: 0 });
	});

	it('weighs the facts of the twelve most central sentences per question, and spanning facts always', () => {
		const article = articleOf(40, { 0: 'sequence', 1: 'main-idea' });
		const { weighed, unweighed } = mostCentralFacts(article, profile, 2);
		expect(unweighed).toBe(16);
		expect(weighed.map((fact) => fact.sentence.index)).toEqual([
			0,
			1,
			...Array.from({ length: 24 }, (_, i) => 16 + i),
		]);
	});
});
