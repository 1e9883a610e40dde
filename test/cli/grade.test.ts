import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeDocumentSchema } from '../../src/core/sheet/grade-document-schema.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { root, runCli, tempDir } from './helpers/run-cli.js';

const sheets = 'test/fixtures/sheets';

describe('quizline grade (built CLI)', () => {
	it('--json prints one document that the schema accepts, keys in its order', () => {
		const result = runCli([
			'grade',
			'--json',
			`${sheets}/good.answers.yaml`,
			`${sheets}/wrong.answers.yaml`,
		]);
		expect(result.code).toBe(1);
		const document = JSON.parse(result.stdout);
		expect(gradeDocumentSchema.parse(document)).toEqual(document);
		expect(JSON.stringify(gradeDocumentSchema.parse(document))).toBe(JSON.stringify(document));
		expect(document.totals).toEqual({ sheets: 2, questions: 12, right: 9, wrong: 2, missing: 1 });
		const bo = document.sheets[1];
		expect(bo.student).toBe('Bo Chen');
		expect(
			bo.results.map((result: { id: string; verdict: string }) => [result.id, result.verdict]),
		).toEqual([
			['vocab-protracted', 'wrong'],
			['sco-member-count', 'missing'],
			['trade-last-year', 'exact'],
			['xi-kazakhstan-2013', 'invalid'],
		]);
	});

	it('--junit writes one test case per question, failures with the answer and the quote', () => {
		const report = path.join(tempDir(), 'report.xml');
		const result = runCli(['grade', '--junit', report, `${sheets}/wrong.answers.yaml`]);
		expect(result.code).toBe(1);
		const xml = readFileSync(report, 'utf8');
		expect(xml.match(/<testcase /g)).toHaveLength(4);
		expect(xml.match(/<failure /g)).toHaveLength(3);
		expect(xml).toContain('<failure message="expected: 8 countries" type="missing">');
		expect(xml).toContain('Line 13: a regional security-focused grouping');
		expect(result.stdout).toContain('Total: 1/4 right');
	});

	it('reads a sheet from standard input', () => {
		const result = runCli(['grade', '-'], { input: 'id,answer\ntrade-last-year,140 billion\n' });
		expect(result).toMatchObject({ code: 0, stderr: '' });
		expect(result.stdout).toContain('✓ trade-last-year: 140 billion');
	});

	it('names the sheet, line and column of an unknown id and exits 2, still grading the others', () => {
		const result = runCli([
			'grade',
			`${sheets}/unknown-id.answers.yaml`,
			`${sheets}/good.answers.csv`,
		]);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			`${sheets}/unknown-id.answers.yaml:4:3: question "trade-last-yaer": no such question in the bank; did you mean "trade-last-year"? (see: quizline list)\n`,
		);
		expect(result.stdout).toContain('Total: 3/3 right');
	});

	it('grades against the bank a sheet names, relative to the sheet', () => {
		const dir = tempDir();
		for (const name of ['putin-xi-sco-2022.yaml', 'putin-xi-sco-2022.txt']) {
			const target = name.endsWith('.yaml') ? 'class-bank.yaml' : name;
			copyFileSync(path.join(root, 'questions', name), path.join(dir, target));
		}
		writeFileSync(
			path.join(dir, 'ana.yaml'),
			'bank: class-bank.yaml\nanswers:\n  trade-last-year: 140bn\n',
		);
		const result = runCli(['grade', '--json', path.join(dir, 'ana.yaml')]);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout).sheets[0].bank).toBe('class-bank');
		const named = runCli(['grade', '-'], { input: 'bank: no-such-bank\nanswers:\n  q: 1\n' });
		expect(named.stderr).toContain('-:1:7: "bank": no bank file "no-such-bank" next to the sheet');
		expect(named.code).toBe(2);
	});
});

describe('quizline check --record (built CLI)', () => {
	it('stores the attempt only when asked, for the given profile', () => {
		const store = tempDir();
		const env = { QUIZLINE_STORE_DIR: store };
		expect(runCli(['check', 'trade-last-year', '14'], { env }).code).toBe(1);
		expect(() => readFileSync(path.join(store, 'scores.json'))).toThrow();
		const recorded = runCli(['check', 'trade-last-year', '14', '--record', '--profile', 'ana'], {
			env,
		});
		expect(recorded.code).toBe(1);
		const data = JSON.parse(readFileSync(path.join(store, 'scores.json'), 'utf8'));
		expect(data.profiles.ana.questions['trade-last-year']).toMatchObject({
			attempts: 1,
			correct: 0,
		});
		expect(data.profiles.ana.sessions).toEqual([]);
	});

	it('stores a partly right attempt with its verdict, its count in place and part B', () => {
		const store = tempDir();
		const env = { QUIZLINE_STORE_DIR: store };
		expect(runCli(['check', 'order-of-meetings', 'c b d a', '--record'], { env }).code).toBe(1);
		const twoPart = ['check', 'why-putin-cozies-up', 'its army is not doing well in Ukraine'];
		expect(runCli([...twoPart, '--support', 'zzz', '--record'], { env }).code).toBe(2);
		const questions = ScoreStore.open({ dir: store }).profile('default').questions;
		expect(questions['order-of-meetings']).toMatchObject({ attempts: 1, correct: 0, partial: 1 });
		expect(questions['order-of-meetings']?.history[0]).toMatchObject({
			verdict: 'partial',
			inPlace: { right: 2, of: 4 },
		});
		expect(questions['why-putin-cozies-up']).toBeUndefined();
	});

	it('--json keeps its shape', () => {
		const result = runCli(['check', 'vocab-protracted', 'c', '--json']);
		expect(result.code).toBe(0);
		expect(Object.keys(JSON.parse(result.stdout))).toEqual([
			'id',
			'correct',
			'verdict',
			'given',
			'expected',
			'explanation',
			'source',
		]);
	});
});

describe('quizline list and show (built CLI)', () => {
	it('show without --reveal gives nothing away; with it, the answer and the quoted line', () => {
		const hidden = runCli(['show', 'vocab-protracted']);
		expect(hidden.code).toBe(0);
		expect(hidden.stdout).toContain('c) lasting a long time');
		expect(hidden.stdout).not.toMatch(/Answer:|line 1 │|drawn out/);
		const hiddenJson = JSON.parse(runCli(['show', 'vocab-protracted', '--json']).stdout);
		expect(JSON.stringify(hiddenJson)).not.toMatch(/"answer"|quote|explanation/);
		const shown = runCli(['show', 'vocab-protracted', '--reveal']);
		expect(shown.stdout).toContain('Answer: lasting a long time');
		expect(shown.stdout).toContain('line 1 │ over the «protracted» military assault');
	});

	it('list filters by tag and type, and never prints answers', () => {
		const result = runCli(['list', '--type', 'numeric', '--tags', 'economy', '--json']);
		const document = JSON.parse(result.stdout);
		expect(document.questions.map((question: { id: string }) => question.id)).toEqual([
			'trade-last-year',
			'trade-turnover-target',
			'xi-kazakhstan-2013',
		]);
		expect(result.stdout).not.toMatch(/"answer"|140000000000/);
		expect(runCli(['list', '--type', 'essay']).code).toBe(2);
	});

	it('list --skill keeps the questions that train one of the skills (and --type order its order questions), and refuses an unknown skill', () => {
		const result = runCli(['list', '--skill', 'main-idea,vocabulary', '--json']);
		expect(result.code).toBe(0);
		const { questions } = JSON.parse(result.stdout) as {
			questions: { id: string; skill: string }[];
		};
		expect(questions.map((question) => question.id)).toContain('article-main-idea');
		expect(questions.map((question) => question.id)).toContain('vocab-protracted');
		expect(new Set(questions.map((question) => question.skill))).toEqual(
			new Set(['main-idea', 'vocabulary']),
		);
		const mixed = runCli(['list', '--skill', 'main-idea', '--type', 'truefalse', '--json']);
		expect(
			JSON.parse(mixed.stdout).questions.map((question: { id: string }) => question.id),
		).toEqual(['return-to-world-stage']);
		const order = runCli(['list', '--type', 'order', '--json']);
		expect(
			JSON.parse(order.stdout).questions.map((question: { type: string }) => question.type),
		).toEqual(expect.arrayContaining(['order']));
		expect(
			JSON.parse(order.stdout).questions.every(
				(question: { type: string }) => question.type === 'order',
			),
		).toBe(true);
		const unknown = runCli(['list', '--skill', 'reading']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toContain(
			'unknown skill reading (expected recall, inference, vocabulary, main-idea, attribution)',
		);
	});
});
