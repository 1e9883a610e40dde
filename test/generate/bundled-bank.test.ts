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

/** The questions the generator wrote for the bundled article, rated and approved in review. */
const reviewed = [
	'meaning-of-boon-0kozmcf',
	'true-false-xi-1m2lo5u',
	'true-false-china-011r5re',
	'meaning-of-coordinator-07n8irr',
	'who-said-vladimir-putin-0429v4f',
	'true-false-pacific-ocean-1az4syz',
	'true-false-tokayev-17e0hpg',
];

const generatedOf = (bank: Bank) =>
	bank.questions.filter((question) => question.origin === 'generated');

describe('the bundled bank', () => {
	const run = generate(bundledBank);

	it('is exactly what the generator writes from the article and its curated questions', () => {
		expect(run.yaml).toBe(bundledBank);
	});

	it('was reviewed whole: the 64 written questions and the 7 the generator made, all curated', () => {
		// Every question the generator wrote was rated by the rubric and approved in
		// `quizline review`; a regeneration keeps them as they are and backfills nothing.
		expect(generatedOf(run.bank)).toEqual([]);
		const curated = run.bank.questions.filter((question) => question.origin === 'curated');
		expect(curated).toHaveLength(71);
		for (const question of curated) expect(question.explanation, question.id).toMatch(/\w{3}/);
		// The generator's seven, approved as they were written.
		const approved = curated.filter((question) => reviewed.includes(question.id));
		expect(approved.map((question) => question.id).sort()).toEqual([...reviewed].sort());
		expect(new Set(approved.map((question) => question.type)).size).toBeGreaterThanOrEqual(2);
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
