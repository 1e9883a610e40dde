import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/article.js';
import { parseBank } from '../../src/core/bank/parse.js';
import type { Bank, QuestionType } from '../../src/core/bank/schema.js';
import { verifyBank } from '../../src/core/bank/verify.js';
import {
	defaultSeed,
	type GenerateOptions,
	generateBank,
} from '../../src/generate/generate-bank.js';
import { formatReport } from '../../src/generate/write/report.js';
import { bundledArticle, fixture, fixtureNames } from './helpers.js';

function generate(options: Partial<GenerateOptions> & { articleText: string }) {
	const result = generateBank({
		articleFile: 'article.txt',
		bankFile: 'bank.yaml',
		seed: defaultSeed,
		...options,
	});
	if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
	const parsed = parseBank(result.yaml, 'bank.yaml');
	if (!parsed.ok) throw new Error('generated bank does not parse');
	return { ...result, bank: parsed.bank, positions: parsed.positions };
}

const generatedOf = (bank: Bank) =>
	bank.questions.filter((question) => question.origin === 'generated');
const typesOf = (bank: Bank) => new Set(generatedOf(bank).map((question) => question.type));
const allTypes: QuestionType[] = ['short', 'choice', 'numeric', 'truefalse', 'order'];

describe.each(fixtureNames)('generating from %s', (name) => {
	const articleText = fixture(name);
	const run = generate({ articleText });

	it('writes a bank whose every quote stands verbatim on its line', () => {
		expect(verifyBank(run.bank, parseArticle(articleText), 'bank.yaml', run.positions)).toEqual([]);
		const lines = parseArticle(articleText).lines;
		for (const question of run.bank.questions) {
			expect(lines[question.source.line - 1]).toContain(question.source.quote);
			if (question.source.highlight)
				expect(question.source.quote).toContain(question.source.highlight);
		}
		const words = articleText.split(/\s+/).filter(Boolean).length;
		expect(generatedOf(run.bank).length).toBeGreaterThanOrEqual(Math.ceil(words / 80));
		expect(generatedOf(run.bank).length).toBeLessThanOrEqual(Math.round(words / 50));
		expect(typesOf(run.bank).size).toBeGreaterThanOrEqual(2);
	});

	it('is deterministic: same article and seed, same bytes; another seed, other questions', () => {
		expect(generate({ articleText }).yaml).toBe(run.yaml);
		expect(generate({ articleText, seed: 'other' }).yaml).not.toBe(run.yaml);
	});

	it('reads the same article with a BOM and CRLF line ends the same way', () => {
		expect(generate({ articleText: `\uFEFF${articleText.replaceAll('\n', '\r\n')}` }).yaml).toBe(
			run.yaml,
		);
	});

	it('counts every rejection under one reason', () => {
		const { counts, rejections } = run.report.filter;
		expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(rejections.length);
		const explained = formatReport(run.report, 'bank.yaml', true);
		// The summary, the rejections line, then every kept and every dropped candidate.
		expect(explained.length).toBe(2 + 1 + run.report.kept.length + 1 + rejections.length);
		expect(explained.filter((line) => / score \d\.\d{3}/.test(line)).length).toBeGreaterThanOrEqual(
			run.report.kept.length,
		);
	});
});

it('asks every kind of question across the three test texts', () => {
	const types = new Set(
		fixtureNames.flatMap((name) => [...typesOf(generate({ articleText: fixture(name) }).bank)]),
	);
	expect(types).toEqual(new Set(allTypes));
});

it('attributes quotes in the story to who said them', () => {
	const { bank } = generate({ articleText: fixture('lighthouse-story') });
	const whoSaid = bank.questions.filter((question) => question.skill === 'attribution');
	expect(whoSaid.length).toBeGreaterThanOrEqual(1);
	for (const question of whoSaid) {
		const answer = question.type === 'choice' || question.type === 'short' ? question.answer : '';
		// The cited line names the speaker: the highlight is a form of the answer.
		expect(answer).toContain(question.source.highlight);
	}
});

describe('merging into an existing bank', () => {
	const articleText = fixture('harbour-barrier-news');
	const first = generate({ articleText });

	it('reports added, kept and removed generated questions and keeps ids of unchanged ones', () => {
		const shorter = articleText.replace(/^Shipping companies.*\n/m, '');
		const second = generate({ articleText: shorter, existing: first.yaml });
		const { added = [], kept = [], removed = [] } = second.report.changes ?? {};
		expect(kept.length).toBeGreaterThan(3);
		expect(removed.length).toBeGreaterThan(0);
		expect(kept.length + added.length).toBe(generatedOf(second.bank).length);
		const before = new Set(generatedOf(first.bank).map((question) => question.id));
		for (const id of kept) expect(before.has(id)).toBe(true);
	});

	it('keeps a question turned curated untouched, even with an id a generated one would take', () => {
		const target = generatedOf(first.bank)[0];
		if (!target) throw new Error('nothing generated');
		const edited = first.yaml
			.replace(`id: ${target.id}\n`, `id: ${target.id}\n    # edited by hand\n`)
			.replace(/(id: [^\n]+\n(?:.*\n)*?\s+origin: )generated/, '$1curated');
		const merged = generate({ articleText, existing: edited });
		const again = merged.bank.questions.filter((question) => question.id === target.id);
		expect(again).toHaveLength(1);
		expect(again[0]?.origin).toBe('curated');
		expect(merged.yaml).toContain('# edited by hand');
		expect(merged.report.curated).toBe(1);
	});

	it('writes nothing when a kept curated question no longer matches the article', () => {
		const curated = first.yaml.replace('origin: generated', 'origin: curated');
		const changed = articleText.replace('Dutch engineers', 'Engineers');
		const result = generateBank({
			articleText: changed,
			articleFile: 'a.txt',
			bankFile: 'bank.yaml',
			seed: defaultSeed,
			existing: curated,
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const [issue] = result.issues;
		expect(issue?.message).toMatch(/quote not found on line 3/);
		expect(issue?.line).toBeGreaterThan(5);
		expect(issue?.questionId).toBe(generatedOf(first.bank)[0]?.id);
	});

	it('refuses an existing file that is not a bank, with its line and column', () => {
		const result = generateBank({
			articleText,
			articleFile: 'a.txt',
			bankFile: 'bank.yaml',
			seed: defaultSeed,
			existing: 'article: [unclosed\n',
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues[0]).toMatchObject({ file: 'bank.yaml', line: 2, col: 1 });
	});
});

it('keeps at most --max questions, the best of them, more than one kind among them', () => {
	const full = generate({ articleText: fixture('vessel-lake-observatory') });
	const { bank } = generate({ articleText: fixture('vessel-lake-observatory'), max: 5 });
	expect(generatedOf(bank)).toHaveLength(5);
	expect(typesOf(bank).size).toBeGreaterThanOrEqual(2);
	// A smaller bank keeps the better-scored questions.
	const mean = (items: readonly { score: number }[]) =>
		items.reduce((sum, item) => sum + item.score, 0) / items.length;
	const small = generate({ articleText: fixture('vessel-lake-observatory'), max: 5 });
	expect(mean(small.report.kept)).toBeGreaterThan(mean(full.report.kept));
});

it('takes the title from --title, the existing bank, the first heading, or the file name', () => {
	const news = fixture('harbour-barrier-news');
	expect(generate({ articleText: news }).bank.article.title).toBe(
		'Flood barrier opens in Rotterdam after a decade of delays',
	);
	expect(generate({ articleText: news, title: 'Given' }).bank.article.title).toBe('Given');
	expect(
		generate({ articleText: bundledArticle, articleFile: 'putin-xi.txt' }).bank.article.title,
	).toBe('Putin xi');
});
