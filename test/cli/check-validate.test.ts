import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from './helpers/run-cli.js';

const bank = path.join(root, 'questions', 'putin-xi-sco-2022.yaml');
const article = path.join(root, 'questions', 'putin-xi-sco-2022.txt');

/** A copy of the bundled bank and article in a temp folder, with `edit` applied to the bank. */
function bankCopy(edit: (text: string) => string): string {
	const dir = tempDir();
	copyFileSync(article, path.join(dir, 'putin-xi-sco-2022.txt'));
	const target = path.join(dir, 'bank.yaml');
	writeFileSync(target, edit(readFileSync(bank, 'utf8')));
	return target;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('quizline validate', () => {
	it('accepts the bundled bank', () => {
		const result = runCli(['validate']);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		expect(result.stdout).toMatch(
			/putin-xi-sco-2022\.yaml: ok \(\d+ questions: 1 order, 1 two-part\)/,
		);
	});

	it('rejects a copy whose one quote has one character changed, naming the id and line', () => {
		const broken = bankCopy((text) =>
			text.replace('exceeded $140 billion', 'exceeded $141 billion'),
		);
		const result = runCli(['validate', broken]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/bank\.yaml:\d+:\d+: question "[a-z0-9-]+": quote not found on line 15/,
		);
		noStackTrace(result.stderr);
	});

	it('reports YAML syntax errors as file:line:col', () => {
		const broken = bankCopy((text) => text.replace('questions:', 'questions: [unclosed'));
		const result = runCli(['validate', broken]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/bank\.yaml:\d+:\d+: /);
		noStackTrace(result.stderr);
	});

	it('checks an edited bank afresh after a valid one was cached, with line:col', () => {
		const target = bankCopy((text) => text);
		const env = { QUIZLINE_CACHE_DIR: tempDir() };
		expect(runCli(['validate', target], { env }).code).toBe(0);
		expect(runCli(['validate', target], { env }).code).toBe(0);
		writeFileSync(
			target,
			readFileSync(target, 'utf8').replace('questions:', 'questions: [unclosed'),
		);
		const result = runCli(['validate', target], { env });
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/bank\.yaml:\d+:\d+: /);
	});

	it('checks the bank afresh when its article changed since it was cached', () => {
		const target = bankCopy((text) => text);
		const env = { QUIZLINE_CACHE_DIR: tempDir() };
		expect(runCli(['validate', target], { env }).code).toBe(0);
		const copy = path.join(path.dirname(target), 'putin-xi-sco-2022.txt');
		writeFileSync(copy, readFileSync(copy, 'utf8').replace('$140 billion', '$141 billion'));
		const result = runCli(['validate', target], { env });
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/bank\.yaml:\d+:\d+: question "[a-z0-9-]+": quote not found/);
	});

	it('says which file is missing', () => {
		const result = runCli(['validate', 'nowhere.yaml']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('nowhere.yaml: cannot read the bank: no such file');
	});
});

describe('quizline check', () => {
	it('exit 0 for a right answer, with the answer and the quoted line', () => {
		const result = runCli(['check', 'trade-last-year', '140bn']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('✓ right');
		expect(result.stdout).toContain(
			'line 15 │ noting bilateral trade exceeded «$140 billion» last year.',
		);
	});

	it('exit 1 for a wrong answer; JSON for scripts', () => {
		const result = runCli(['check', 'trade-last-year', '$200 billion', '--json']);
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout)).toMatchObject({
			id: 'trade-last-year',
			correct: false,
			verdict: 'wrong',
			expected: '$140 billion',
			source: { line: 15, highlight: '$140 billion' },
		});
	});

	it.each([
		[['check', 'no-such-id', 'x'], 'no question with id "no-such-id"'],
		[['check', 'trade-last-year', 'lots'], 'expected a number'],
		[
			['check', 'trade-last-year', '1', '--bank', 'missing.yaml'],
			'missing.yaml: cannot read the bank',
		],
		[['check', 'trade-last-year'], 'expected [bank] <id> <answer>'],
	])('exit 2 for bad input: %j', (args, message) => {
		const result = runCli(args);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
		noStackTrace(result.stderr);
	});

	it.each([
		[['check', 'no-such-id', 'x'], 'unknown-id', 'no question with id "no-such-id"'],
		[['check', 'trade-last-year', 'lots'], 'invalid-answer', 'expected a number'],
		[['check', 'trade-last-year', 'x'.repeat(1001)], 'too-long', '1,001 characters'],
		[['check', 'trade-last-year', '1', '--bank', 'missing.yaml'], 'bank', 'cannot read the bank'],
	])(
		'with --json, bad input is one JSON document on stdout and exit 2: %j',
		(args, kind, message) => {
			const result = runCli([...args, '--json']);
			expect(result.code).toBe(2);
			const document = JSON.parse(result.stdout);
			expect(document).toMatchObject({ correct: false, verdict: 'invalid', error: { kind } });
			const issues: { message: string }[] = document.error.issues ?? [];
			expect(
				[document.error.message, ...issues.map((issue) => issue.message)].join('\n'),
			).toContain(message);
			expect(document.given.length).toBeLessThanOrEqual(201);
			expect(result.stderr).toContain(message);
			noStackTrace(result.stderr);
		},
	);

	it('never writes the score store', () => {
		const store = tempDir('quizline-store-');
		runCli(['check', 'trade-last-year', '140'], { env: { QUIZLINE_STORE_DIR: store } });
		// Only the validated-bank cache may appear there; no score file, no lock.
		expect(readdirSync(store).filter((name) => name !== 'cache')).toEqual([]);
	});
});
