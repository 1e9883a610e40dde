// The bundled bank is the generator's output from the bundled article plus its curated
// questions: regenerate it with `npm run generate`, and this test fails on any drift.
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/core/bank/parse.js';
import type { Bank } from '../../src/core/bank/schema.js';
import { defaultSeed, generateBank } from '../../src/generate/generate-bank.js';
import { bundledArticle, bundledBank, lexicon } from './helpers.js';

function generate(existing: string | undefined, seed = defaultSeed) {
	const result = generateBank({
		articleText: bundledArticle,
		articleFile: 'putin-xi-sco-2022.txt',
		bankFile: 'questions/putin-xi-sco-2022.yaml',
		seed,
		lexicon: lexicon(),
		...(existing === undefined ? {} : { existing }),
	});
	if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
	const parsed = parseBank(result.yaml, 'bank.yaml');
	if (!parsed.ok) throw new Error('generated bank does not parse');
	return { ...result, bank: parsed.bank };
}

const generatedOf = (bank: Bank) =>
	bank.questions.filter((question) => question.origin === 'generated');

describe('the bundled bank', () => {
	const run = generate(bundledBank);

	it('is exactly what the generator writes from the article and its curated questions', () => {
		expect(run.yaml).toBe(bundledBank);
	});

	it('holds generated questions of several types after the 64 curated ones, each explained', () => {
		expect(generatedOf(run.bank).length).toBeGreaterThanOrEqual(5);
		// No backfill: every generated question is one the article alone would get.
		const alone = generate(undefined);
		const fresh = new Set(generatedOf(alone.bank).map((question) => question.id));
		for (const question of generatedOf(run.bank)) expect(fresh.has(question.id)).toBe(true);
		// The 64 curated questions cover most facts: what is left is asked in two types at least.
		expect(
			new Set(generatedOf(run.bank).map((question) => question.type)).size,
		).toBeGreaterThanOrEqual(2);
		for (const question of generatedOf(run.bank)) expect(question.explanation).toMatch(/\w{3}/);
		expect(run.bank.questions.filter((question) => question.origin === 'curated')).toHaveLength(64);
		expect(run.report.changes).toMatchObject({ added: [], removed: [] });
		expect(bundledBank.startsWith('# yaml-language-server: $schema=./schema.json\n')).toBe(true);
		expect(run.bank.article).toEqual({
			file: 'putin-xi-sco-2022.txt',
			title: 'Putin and Xi meet at the SCO summit',
			source: 'CNN, 15 September 2022',
		});
	});

	it('keeps curated questions byte for byte, comments included', () => {
		const curatedBlock = bundledBank.slice(
			bundledBank.indexOf('  # ── Line 1'),
			bundledBank.indexOf('  # ── Generated'),
		);
		expect(curatedBlock.length).toBeGreaterThan(10_000);
		const regenerated = generate(bundledBank, 'another seed');
		expect(regenerated.yaml).toContain(curatedBlock);
	});
});
