import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from './helpers/run-cli.js';

const bank = path.join(root, 'questions', 'putin-xi-sco-2022.yaml');
const article = path.join(root, 'questions', 'putin-xi-sco-2022.txt');

/** A copy of the bundled bank and article in a temp folder, with `edit` applied to the bank. */
function bankCopy(edit: (text: string) => string, name = 'bank.yaml') {
	const dir = tempDir();
	copyFileSync(article, path.join(dir, 'putin-xi-sco-2022.txt'));
	const file = path.join(dir, name);
	const text = edit(readFileSync(bank, 'utf8'));
	writeFileSync(file, text);
	return { dir, file, text };
}

/** The bank with one curated question as it was before lint put it right. */
const flawed = (text: string) =>
	text.replace(
		'prompt: At the February meeting of Putin and Xi, what two-word label did the two leaders give their partnership?',
		'prompt: At their February meeting, what two-word label did the leaders give their partnership?',
	);

/** 1-based line and column where the question's `id` key stands. */
function placeOf(text: string, id: string): string {
	const index = text.split('\n').indexOf(`  - id: ${id}`);
	expect(index).toBeGreaterThan(0);
	return `${index + 1}:5`;
}

const finding =
	'unresolved-pronoun: “their” has no antecedent in the prompt (fix: name who or what the pronoun stands for)';

describe('quizline lint', () => {
	it('exit 0 on the bundled bank, which is clean', () => {
		const result = runCli(['lint']);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		expect(result.stdout).toMatch(
			/^questions\/putin-xi-sco-2022\.yaml: clean \(\d+ questions\)\n$/,
		);
	});

	it('exit 1 with each finding at file:line:col of its question, with the fix', () => {
		const { dir, text } = bankCopy(flawed);
		const result = runCli(['lint', 'bank.yaml'], { cwd: dir });
		expect(result.code).toBe(1);
		expect(result.stdout).toBe(
			`bank.yaml:${placeOf(text, 'no-limits-partnership')}: question "no-limits-partnership": ${finding}\n1 finding in 1 question\n`,
		);
	});

	it('exit 2 for an invalid bank, reported as validate does, and the others still linted', () => {
		const broken = bankCopy((text) =>
			text.replace('exceeded $140 billion', 'exceeded $141 billion'),
		);
		const result = runCli(['lint', broken.file, bank, '--json']);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/bank\.yaml:\d+:\d+: question "[a-z0-9-]+": quote not found on line 15/,
		);
		expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
		const document = JSON.parse(result.stdout);
		expect(document).toMatchObject({ format: 'quizline-lint/1', status: 'error' });
		expect(document.banks).toHaveLength(1);
		expect(document.issues[0]).toMatchObject({ line: expect.any(Number), col: expect.any(Number) });
	});

	it('--json: one document of a stable shape', () => {
		const { dir, text } = bankCopy(flawed);
		const result = runCli(['lint', 'bank.yaml', '--json'], { cwd: dir });
		expect(result.code).toBe(1);
		const [line, col] = placeOf(text, 'no-limits-partnership').split(':').map(Number);
		expect(JSON.parse(result.stdout)).toEqual({
			format: 'quizline-lint/1',
			status: 'findings',
			totals: { banks: 1, questions: expect.any(Number), findings: 1 },
			banks: [
				{
					file: 'bank.yaml',
					questions: expect.any(Number),
					findings: [
						{
							file: 'bank.yaml',
							line,
							col,
							questionId: 'no-limits-partnership',
							rule: 'unresolved-pronoun',
							defect: 'pronoun without antecedent',
							detail: '“their” has no antecedent in the prompt',
							fix: 'name who or what the pronoun stands for',
							message: `bank.yaml:${line}:${col}: question "no-limits-partnership": ${finding}`,
						},
					],
				},
			],
			issues: [],
		});
	});

	it('--junit FILE: valid JUnit XML, a failure for the flawed question', () => {
		const { dir } = bankCopy(flawed);
		const result = runCli(['lint', 'bank.yaml', '--junit', 'lint.xml'], { cwd: dir });
		expect(result.code).toBe(1);
		const xml = readFileSync(path.join(dir, 'lint.xml'), 'utf8');
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		const suite = parsed.testsuites.testsuite;
		expect(parsed.testsuites['@_failures']).toBe('1');
		const failed = suite.testcase.filter((item: { failure?: unknown }) => item.failure);
		expect(failed.map((item: { '@_name': string }) => item['@_name'])).toEqual([
			'no-limits-partnership',
		]);
		expect(failed[0].failure['#text']).toContain(finding);
	});

	it('--junit - prints the XML instead, and refuses to share standard output with --json', () => {
		const printed = runCli(['lint', '--junit', '-']);
		expect(printed.code).toBe(0);
		expect(XMLValidator.validate(printed.stdout)).toBe(true);
		expect(printed.stdout).toContain('failures="0" errors="0"');
		const both = runCli(['lint', '--junit', '-', '--json']);
		expect(both.code).toBe(2);
		expect(both.stderr).toContain('give --junit a file name');
	});
});
