// A pronoun after a blanked person is that person: it is not resolved to someone named before.
import { describe, expect, it } from 'vitest';
import { candidatesFor } from '../../../src/generate/candidates/build-questions.js';
import { buildPools } from '../../../src/generate/candidates/pools.js';
import { profileArticle } from '../../../src/generate/facts/article-profile.js';
import { findFacts } from '../../../src/generate/facts/facts.js';
import { realText } from '../helpers.js';

describe('blanks on the short story’s line 16', () => {
	const article = findFacts(realText('short-story'));
	const pools = buildPools(article, profileArticle(article));
	const prompts = article.facts
		.filter((fact) => fact.line === 16 && fact.kind === 'entity' && fact.text === 'Harvy')
		.flatMap((fact) => [...candidatesFor(fact, article, pools, 'quizline')])
		.map((candidate) => candidate.question.prompt);

	it('leave “he sought her out” to the blank’s person, not to Brantain named before', () => {
		const blanks = prompts.filter((prompt) => prompt.includes('_____'));
		expect(blanks.length).toBeGreaterThan(0);
		for (const prompt of blanks) expect(prompt).toContain('and he sought');
	});

	it('ask no "Who …?" of a sentence of two clauses', () => {
		expect(prompts.some((prompt) => prompt.startsWith('Who was among'))).toBe(false);
	});
});
