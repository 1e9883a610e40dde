// Vocabulary questions on the real texts: each text with less common words gets a few, each a
// choice among meanings whose key is the word's sense in its cited sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/core/bank/parse.js';
import { defaultSeed, generateBank } from '../../src/generate/generate-bank.js';
import { bundledArticle, lexicon } from './helpers.js';

const read = (name: string) =>
	readFileSync(new URL(`../fixtures/real-texts/${name}.txt`, import.meta.url), 'utf8');

const texts = {
	'bundled article': bundledArticle,
	'news-report': read('news-report'),
	encyclopedia: read('encyclopedia'),
	'science-news': read('science-news'),
	'business-report': read('business-report'),
	'short-story': read('short-story'),
};

function vocabularyOf(articleText: string, withLexicon = true) {
	const result = generateBank({
		articleText,
		articleFile: 'a.txt',
		bankFile: 'a.yaml',
		seed: defaultSeed,
		...(withLexicon ? { lexicon: lexicon() } : {}),
	});
	if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
	const parsed = parseBank(result.yaml, 'a.yaml');
	if (!parsed.ok) throw new Error('the generated bank does not parse');
	return parsed.bank.questions.filter((question) => question.skill === 'vocabulary');
}

describe.each(Object.entries(texts))('vocabulary questions on the %s', (_, text) => {
	const questions = vocabularyOf(text);
	const words = text.split(/\s+/).filter(Boolean).length;

	// Precision first: a text whose words have no fair wrong meanings near them gets none.
	it('has at most five per 1000 words', () => {
		expect(questions.length).toBeLessThanOrEqual(Math.ceil((words * 5) / 1000));
	});

	it('asks each as a choice among four meanings, the word highlighted in its sentence', () => {
		for (const question of questions) {
			if (question.type !== 'choice') throw new Error(`${question.id} is no choice`);
			const word = /^What does “([^”]+)” mean as it is used here\? /u.exec(question.prompt)?.[1];
			expect(word, question.prompt).toBeDefined();
			expect(question.source.highlight).toBe(word);
			expect(question.source.quote).toContain(word);
			expect(question.tags).toEqual(['vocabulary']);
			expect(question.id.startsWith(`meaning-of-${word?.toLowerCase()}-`)).toBe(true);
			expect(question.choices).toHaveLength(4);
			expect(new Set(question.choices).size).toBe(4);
			expect(question.choices).toContain(question.answer);
			expect(question.explanation).toContain(`“${word}”`);
			expect(question.explanation).toContain(`it means “${question.answer}”`);
		}
	});
});

it('asks some words across the real texts', () => {
	const asked = Object.values(texts).flatMap((text) => vocabularyOf(text));
	expect(asked.length).toBeGreaterThanOrEqual(2);
	for (const question of asked) expect(question.explanation).toMatch(/it means “/u);
});

it('makes no vocabulary question without the word data', () => {
	expect(vocabularyOf(bundledArticle, false)).toEqual([]);
});
