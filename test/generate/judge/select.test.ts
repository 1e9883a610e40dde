import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	bankFloor,
	bankSize,
	defaultSeed,
	generateBank,
} from '../../../src/generate/generate-bank.js';
import { spansSentences } from '../../../src/generate/judge/question-kind.js';
import { bundledArticle, fixture, fixtureNames } from '../helpers.js';

function keptOf(articleText: string, max?: number) {
	const result = generateBank({
		articleText,
		articleFile: 'a.txt',
		bankFile: 'a.yaml',
		seed: defaultSeed,
		...(max === undefined ? {} : { max }),
	});
	if (!result.ok) throw new Error(result.issues[0]?.message);
	return result.report;
}

describe('overgenerate, score, keep the best', () => {
	it('sizes the bank at about one question per 50 words, capped by --max', () => {
		expect(bankSize(950)).toBe(19);
		expect(bankSize(20)).toBe(1);
		expect(bankSize(950, 5)).toBe(5);
		expect(keptOf(bundledArticle).kept.length).toBeLessThanOrEqual(19);
		expect(keptOf(bundledArticle, 4).kept).toHaveLength(4);
	});

	it.each(['history', 'encyclopedia'])(
		'%s: asks one answer once while the bank is above its floor (Hall was “American” twice)',
		(name) => {
			const text = readFileSync(
				new URL(`../../fixtures/real-texts/${name}.txt`, import.meta.url),
				'utf8',
			);
			const words = text.split(/\s+/).filter(Boolean).length;
			const { kept, filter } = keptOf(text);
			expect(kept.length).toBeGreaterThan(Math.ceil(words / 80));
			const answers = kept
				.map(({ candidate }) => candidate)
				.filter(({ question }) => question.type !== 'truefalse')
				.map(({ fact }) => (fact.kind === 'entity' ? fact.entity.key : fact.text.toLowerCase()));
			expect(answers.length - new Set(answers).size).toBe(0);
			expect(filter.rejections.some((rejection) => rejection.reason === 'overused-answer')).toBe(
				true,
			);
		},
	);

	it('asks a nationality once, true/false swaps included (Hall was “American” in a blank and a swap)', () => {
		const text = readFileSync(
			new URL('../../fixtures/real-texts/history.txt', import.meta.url),
			'utf8',
		);
		const { kept } = keptOf(text);
		const nationalities = kept
			.map(({ candidate }) => candidate.fact)
			.flatMap((fact) =>
				fact.kind === 'entity' && fact.entity.kind === 'nationality' ? [fact.entity.key] : [],
			);
		expect(nationalities.length).toBeGreaterThan(0);
		expect(nationalities.length).toBe(new Set(nationalities).size);
	});

	it('fills up with copied true statements only to one question per 80 words', () => {
		expect(bankFloor(1016, bankSize(1016))).toBe(13);
		expect(bankFloor(1016, bankSize(1016), 30)).toBe(20);
		const text = readFileSync(
			new URL('../../fixtures/real-texts/news-report.txt', import.meta.url),
			'utf8',
		);
		const words = text.split(/\s+/).filter(Boolean).length;
		const { kept, filter } = keptOf(text);
		const past = filter.rejections.filter((rejection) => rejection.reason === 'copied-enough');
		expect(past.length).toBeGreaterThan(0);
		// Left out for their share only once the bank reached its floor; other questions (an
		// ordering question here) may still fill it to its size.
		expect(kept.length).toBeGreaterThanOrEqual(Math.ceil(words / 80));
		expect(kept.length).toBeLessThanOrEqual(bankSize(words));
		for (const rejection of past) expect(rejection.question).toMatchObject({ answer: true });
	});

	it.each(['bundled', ...fixtureNames])(
		'%s: never two questions on one sentence (but on a paragraph’s) or one fact',
		(name) => {
			const { kept, filter } = keptOf(name === 'bundled' ? bundledArticle : fixture(name));
			const sentences = kept
				.filter(({ candidate }) => !spansSentences(candidate))
				.map(({ candidate }) => candidate.fact.sentence.index);
			expect(new Set(sentences).size).toBe(sentences.length);
			const keys = kept.flatMap(({ candidate }) => candidate.fact.keys);
			expect(new Set(keys).size).toBe(keys.length);
			// What was outscored carries its score; what broke a rule names its defect class.
			for (const rejection of filter.rejections) {
				if (rejection.reason === 'same-sentence' || rejection.reason === 'bank-full')
					expect(rejection.score).toEqual(expect.any(Number));
			}
			expect(filter.rejections.some((rejection) => rejection.defect !== undefined)).toBe(true);
		},
	);

	it('keeps the better-scored of two questions on one sentence', () => {
		const { kept, filter } = keptOf(bundledArticle);
		const best = new Map(kept.map((item) => [item.candidate.fact.sentence.index, item.score]));
		for (const rejection of filter.rejections) {
			if (rejection.reason !== 'same-sentence') continue;
			const winner = best.get(rejection.fact.sentence.index);
			if (winner !== undefined) expect(winner).toBeGreaterThanOrEqual(rejection.score ?? 0);
		}
	});

	it('never keeps two questions where one prompt holds the other’s answer on the same fact', () => {
		const { kept } = keptOf(bundledArticle);
		for (const a of kept) {
			for (const b of kept) {
				if (a === b || b.candidate.question.type === 'truefalse') continue;
				const answer = String(b.candidate.question.answer);
				const sameLine = a.candidate.fact.line === b.candidate.fact.line;
				if (sameLine) expect(a.candidate.question.prompt.includes(answer)).toBe(false);
			}
		}
	});
});
