// Real texts nobody on the project wrote (test/fixtures/real-texts/SOURCES.md), with a blind
// teacher's ratings of what the generator made from them (ratings.tsv beside them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/article.js';
import { verifyBank } from '../../src/core/bank/verify.js';
import { generateParsed } from './helpers.js';

const read = (name: string) =>
	readFileSync(new URL(`../fixtures/real-texts/${name}`, import.meta.url), 'utf8');

/** The non-fiction texts: each must yield at least one question per 80 words. */
const nonFiction = [
	'news-report',
	'encyclopedia',
	'science-news',
	'business-report',
	'history',
	'travel-guide',
] as const;

/** The texts a teacher has rated: every one of the set. */
const rated = [...nonFiction, 'short-story'];

const generate = generateParsed;

describe.each([...nonFiction, 'short-story'])('the regression text %s', (name) => {
	const text = read(`${name}.txt`);
	const { bank, positions } = generate(text);
	const words = text.split(/\s+/).filter(Boolean).length;

	it('gives a valid bank, every question explained and sourced verbatim', () => {
		expect(verifyBank(bank, parseArticle(text), 'a.yaml', positions)).toEqual([]);
		for (const question of bank.questions) {
			expect(question.explanation, question.id).toMatch(/\w{3}/);
			expect(
				question.source.highlight === undefined ||
					question.source.quote.includes(question.source.highlight),
			).toBe(true);
		}
	});

	it('keeps at most one question per 50 words and one per sentence', () => {
		expect(bank.questions.length).toBeLessThanOrEqual(Math.round(words / 50));
		const sentences = new Set<string>();
		// Two questions never cite the same whole sentence of a line; a question on a paragraph's
		// idea may cite a sentence another question asks about.
		const spans = (tags: readonly string[]) =>
			tags.some((tag) => ['main-idea', 'sequence', 'evidence', 'comparison'].includes(tag));
		for (const question of bank.questions.filter((each) => !spans(each.tags))) {
			const key = `${question.source.line}:${question.source.quote}`;
			expect(sentences.has(key), question.id).toBe(false);
			sentences.add(key);
		}
	});
});

it.each(nonFiction)('%s still yields at least one question per 80 words', (name) => {
	const text = read(`${name}.txt`);
	const words = text.split(/\s+/).filter(Boolean).length;
	expect(generate(text).bank.questions.length).toBeGreaterThanOrEqual(Math.ceil(words / 80));
});

it('keeps a rating for every text of the set', () => {
	const rows = read('ratings.tsv').trim().split('\n').slice(1);
	const texts = new Set(rows.map((row) => row.split('\t')[0]));
	for (const name of rated) expect(texts.has(name)).toBe(true);
	for (const row of rows) expect(row.split('\t')[3]).toMatch(/^(?:ACCEPTABLE|UNACCEPTABLE)$/);
});
