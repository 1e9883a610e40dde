import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/schema.js';
import { gradeAnswer } from '../../../src/core/grade/grade.js';
import { seededRng } from '../../../src/core/random.js';
import { candidatesFor } from '../../../src/generate/candidates/build-questions.js';
import type { QuestionInput } from '../../../src/generate/candidates/candidate.js';
import { otherDates, perturbFigure, sample } from '../../../src/generate/candidates/distractors.js';
import { buildPools } from '../../../src/generate/candidates/pools.js';
import { profileArticle } from '../../../src/generate/facts/article-profile.js';
import { findFacts } from '../../../src/generate/facts/facts.js';
import { findFigures } from '../../../src/generate/facts/figures.js';
import { excerptAround } from '../../../src/generate/read/excerpt.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';
import { assignIds, contentId, slugify } from '../../../src/generate/write/ids.js';
import { bundledArticle, judgedCandidates } from '../helpers.js';

describe('excerptAround', () => {
	const { sentences, lines } = segmentArticle(bundledArticle);
	const textOf = (n: number) => lines[n - 1]?.text ?? '';

	it('keeps a sentence of up to 40 words whole', () => {
		const sentence = sentences.find((each) => each.line === 2) ?? sentences[0];
		if (!sentence) throw new Error('no sentence');
		const excerpt = excerptAround(
			textOf(2),
			sentence,
			undefined,
			sentence.start,
			sentence.start + 5,
		);
		expect(excerpt).toMatchObject({ text: sentence.text, isCutBefore: false, isCutAfter: false });
	});

	it('cuts a long sentence to the clauses around the answer', () => {
		const long = sentences.find((each) => each.line === 10 && each.text.length > 300);
		if (!long) throw new Error('no long sentence');
		const at = textOf(10).indexOf('Ukrainians');
		const excerpt = excerptAround(textOf(10), long, undefined, at, at + 10);
		expect(excerpt.text).toContain('Ukrainians');
		expect(excerpt.text.length).toBeLessThan(long.text.length);
		expect(textOf(10).slice(excerpt.start, excerpt.end)).toBe(excerpt.text);
		expect(excerpt.isCutBefore).toBe(true);
	});

	it('takes the sentence before along when a sentence opens with a pronoun', () => {
		const he = sentences.find((each) => each.text.startsWith('He also met'));
		const before = he && sentences[he.index - 1];
		if (!he || !before) throw new Error('no pronoun sentence');
		const excerpt = excerptAround(textOf(he.line), he, before, he.start + 30, he.start + 40);
		expect(excerpt.text.startsWith('The Chinese leader traveled')).toBe(true);
	});
});

describe('distractors', () => {
	const rng = () => seededRng('test');

	it.each([
		['$140 billion', /^\$\d+ billion$/],
		['5,000-word', /^\d{1,3}(,\d{3})*-word$/],
		['five months', /^[a-z-]+ months$/],
		['4.5%', /^\d+\.\d%$/],
		['third term', /^[a-z]+ term$/],
	])('perturbs %s in the same format', (text, format) => {
		const [figure] = findFigures(`it was ${text} then`);
		if (!figure) throw new Error(`no figure in ${text}`);
		const variants = perturbFigure(figure, rng(), 3);
		expect(variants).toHaveLength(3);
		for (const variant of variants) expect(variant).toMatch(format);
		expect(new Set([...variants, text]).size).toBe(4);
	});

	it('offers dates of the same kind', () => {
		const weekday = { kind: 'weekday', start: 0, end: 8, text: 'Thursday' } as const;
		const days = otherDates(weekday, ['Wednesday'], rng(), 3);
		expect(days).toContain('Wednesday');
		for (const day of days) expect(day).toMatch(/day$/);
		const year = { kind: 'year', start: 0, end: 4, text: '2013' } as const;
		for (const other of otherDates(year, [], rng(), 3)) expect(other).toMatch(/^20[01]\d$/);
	});

	it('samples without repeats, deterministically, in time linear in the count', () => {
		const pool = Array.from({ length: 100_000 }, (_, index) => index);
		const first = sample(pool, 3, rng(), (n) => n % 2 === 0);
		expect(sample(pool, 3, rng(), (n) => n % 2 === 0)).toEqual(first);
		expect(new Set(first).size).toBe(3);
		for (const n of first) expect(n % 2).toBe(0);
	});
});

describe('ids', () => {
	const question: QuestionInput = {
		id: 'pending',
		type: 'short',
		prompt: 'Fill in the blank with a name: …',
		answer: 'Ivana Kottasová',
		source: { line: 24, quote: 'Ivana Kottasová contributed' },
	};

	it('derive from the content: readable slug and a hash', () => {
		expect(slugify('Ivana Kottasová’s “report”, part 2')).toBe('ivana-kottasovas-report-part');
		expect(contentId(question)).toMatch(/^fill-ivana-kottasova-[0-9a-z]{7}$/);
		expect(contentId({ ...question, prompt: 'Another wording' })).toBe(contentId(question));
		expect(
			contentId({ ...question, source: { line: 24, quote: 'Ivana Kottasová contributed to' } }),
		).not.toBe(contentId(question));
	});

	it('never reuse a taken id', () => {
		const taken = new Set([contentId(question)]);
		const [only] = assignIds([question], taken);
		expect(only?.id).toBe(`${contentId(question)}-2`);
	});
});

describe('numeric questions keep units and magnitudes', () => {
	it('accepts 140, 140bn and $140 billion for "$140 billion"', () => {
		const article = findFacts(
			'At the summit, officials said bilateral trade reached $140 billion last year between the two countries.',
		);
		const fact = article.facts.find((each) => each.kind === 'figure');
		if (!fact) throw new Error('no figure');
		const numeric = [
			...candidatesFor(fact, article, buildPools(article, profileArticle(article)), 'seed'),
		].find((candidate) => candidate.question.type === 'numeric');
		if (!numeric) throw new Error('no numeric question');
		expect(numeric.question).toMatchObject({ answer: 140e9, unit: '$' });
		// The blank holds the whole figure, so the key 140000000000 is what goes in it.
		expect(numeric.question.prompt).toContain('reached $_____ last year');
		expect(numeric.question.explanation).toContain('140 billion goes in the blank');
		const question = {
			tolerance: 0,
			tags: [],
			skill: 'recall',
			origin: 'generated',
			...numeric.question,
		} as Question;
		for (const given of ['140', '140bn', '$140 billion', '140,000,000,000']) {
			expect(gradeAnswer(question, given)).toMatchObject({ correct: true });
		}
		expect(gradeAnswer(question, '$200 billion')).toMatchObject({ correct: false });
	});
});

describe('figure questions on an ordinal', () => {
	const text =
		'In the second half of the 20th century, aluminium gained usage in transportation and packaging. Aluminium production became a source of concern.';
	const figureCandidates = judgedCandidates(text).filter(
		({ candidate }) => candidate.fact.kind === 'figure' && candidate.fact.text === 'second half',
	);

	it('asks nothing of "second half" (history, line 5): no number to type, no "third half"', () => {
		expect(figureCandidates).toEqual([]);
		// The sentence is still asked about otherwise.
		expect(judgedCandidates(text).length).toBeGreaterThan(0);
	});
});
