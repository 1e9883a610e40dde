import { spawnSync } from 'node:child_process';
import {
	closeSync,
	copyFileSync,
	openSync,
	readFileSync,
	symlinkSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, runCli, tempDir } from './helpers/run-cli.js';

// Files that never end (issue 10): an article or a sheet's bank that is /dev/zero, a FIFO, a
// directory or a /proc entry is refused at once, and files over the size limit are not read.

const hostile = 'test/fixtures/hostile';
const isLinux = process.platform === 'linux';
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
const bankText = readFileSync(path.join(root, hostile, 'zero-article.yaml'), 'utf8');

/** A bank in a temp folder whose article is `article` (made by `make` in that folder). */
function bankWithArticle(article: string, make?: (dir: string) => void) {
	const dir = tempDir();
	make?.(dir);
	const bank = path.join(dir, 'bank.yaml');
	writeFileSync(bank, bankText.replace('/dev/zero', article));
	return { dir, bank };
}

describe('articles that are no text file', () => {
	it.runIf(isLinux).each([
		['zero-article.yaml', '"/dev/zero": it is a device, not a regular file'],
		['proc-article.yaml', '"/proc/self/environ": it is a system file (/proc/'],
		['directory-article.yaml', '".": it is a directory'],
	])('validate %s: refused with the line of article.file, exit 2', (name, reason) => {
		const result = runCli(['validate', `${hostile}/${name}`]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(`${hostile}/${name}:3:9: cannot read the article ${reason}`);
		noStackTrace(result.stderr);
	});

	it.runIf(isLinux)('a FIFO, and a symbolic link to /dev/zero, are refused too', () => {
		const fifo = bankWithArticle('article.txt', (dir) =>
			spawnSync('mkfifo', [path.join(dir, 'article.txt')]),
		);
		const fifoRun = runCli(['check', 'trade-last-year', '140 billion', '--bank', fifo.bank]);
		expect(fifoRun.code).toBe(2);
		expect(fifoRun.stderr).toContain('it is a named pipe (FIFO), not a regular file');
		const link = bankWithArticle('article.txt', (dir) =>
			symlinkSync('/dev/zero', path.join(dir, 'article.txt')),
		);
		const linkRun = runCli(['list', '--bank', link.bank]);
		expect(linkRun.code).toBe(2);
		expect(linkRun.stderr).toContain('it is a device, not a regular file');
	});

	it('an article over the limit names the file, the limit and how to raise it', () => {
		const { bank } = bankWithArticle('big.txt', (dir) => {
			const article = path.join(dir, 'big.txt');
			copyFileSync(path.join(root, 'questions', 'putin-xi-sco-2022.txt'), article);
			truncateSync(article, 9 * 1024 * 1024);
		});
		const result = runCli(['validate', bank]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(
			'bank.yaml:3:9: cannot read the article "big.txt": it is 9 MB, over the 8 MB limit (set QUIZLINE_MAX_INPUT_MB to read bigger files, e.g. QUIZLINE_MAX_INPUT_MB=10)',
		);
		const raised = runCli(['validate', bank], { env: { QUIZLINE_MAX_INPUT_MB: '10' } });
		// Read now: the sparse tail is NUL bytes, which no text file holds.
		expect(raised.stderr).toContain('"big.txt": it is not a text file');
	});
});

describe('banks', () => {
	it('a 50 MB bank is refused by its size, not read', () => {
		const dir = tempDir();
		const bank = path.join(dir, 'huge.yaml');
		writeFileSync(bank, bankText);
		truncateSync(bank, 50 * 1024 * 1024);
		const result = runCli(['validate', bank]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/huge\.yaml: cannot read the bank: it is 50 MB, over the 8 MB limit \(set QUIZLINE_MAX_INPUT_MB/,
		);
	});

	it('300 quotes missing from a 5.6 MB article: each named, exit 2, the search cut off', () => {
		const dir = tempDir();
		const line = 'The delegates met in Samarkand on Thursday; the talks went on.';
		writeFileSync(path.join(dir, 'big.txt'), `${line}\n`.repeat(90_000));
		const questions = Array.from(
			{ length: 300 },
			(_, i) =>
				`  - {id: q${i}, type: truefalse, prompt: P, answer: true, source: {line: 1, quote: "not said ${i}"}}\n`,
		);
		const bank = path.join(dir, 'bank.yaml');
		writeFileSync(bank, `article: {file: big.txt, title: T}\nquestions:\n${questions.join('')}`);
		const result = runCli(['validate', bank]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/bank\.yaml:3:\d+: question "q0": quote not found on line 1; closest is line 1 /,
		);
		expect(result.stderr).toContain('bank.yaml: … and 250 more problems in this file\n');
		expect(result.stderr).toContain(
			'quote not found on line 1; the rest of the article was not searched for it (too many quotes are missing)',
		);
		noStackTrace(result.stderr);
	});

	it.runIf(isLinux)('/dev/zero named as the bank is refused', () => {
		const result = runCli(['validate', '/dev/zero']);
		expect(result).toMatchObject({ code: 2 });
		expect(result.stderr).toContain(
			'/dev/zero: cannot read the bank: it is a device, not a regular file',
		);
	});
});

describe("an answer sheet's bank", () => {
	it.runIf(isLinux)('bank: /dev/zero is refused, the sheet not graded, exit 2', () => {
		const result = runCli(['grade', `${hostile}/zero-bank.answers.yaml`]);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			'/dev/zero: cannot read the bank: it is a device, not a regular file\n' +
				`${hostile}/zero-bank.answers.yaml: not graded: its bank /dev/zero is invalid\n`,
		);
	});

	it.runIf(isLinux)('a FIFO named by bank: is refused', () => {
		const dir = tempDir();
		spawnSync('mkfifo', [path.join(dir, 'class.yaml')]);
		const sheet = path.join(dir, 'ana.answers.yaml');
		writeFileSync(sheet, 'bank: class.yaml\nanswers:\n  trade-last-year: 140 billion\n');
		const result = runCli(['grade', sheet]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('it is a named pipe (FIFO), not a regular file');
	});
});

describe('answer sheets over the limit', () => {
	it('a sheet file over the limit is refused', () => {
		const dir = tempDir();
		const sheet = path.join(dir, 'big.answers.yaml');
		writeFileSync(sheet, 'answers:\n  trade-last-year: 140 billion\n');
		truncateSync(sheet, 9 * 1024 * 1024);
		const file = runCli(['grade', sheet]);
		expect(file.code).toBe(2);
		expect(file.stderr).toContain('cannot read the sheet: it is 9 MB, over the 8 MB limit');
	});

	it('with the limit raised, a million JSON answers are refused at answer 20,001, exit 2', () => {
		const dir = tempDir();
		const sheet = path.join(dir, 'ana.json');
		const entries = Array.from({ length: 1_000_000 }, (_, i) => `"no-such-question-${i}": "a"`);
		writeFileSync(sheet, `{"answers": {\n${entries.join(',\n')}\n}}\n`);
		const result = runCli(['grade', sheet], { env: { QUIZLINE_MAX_INPUT_MB: '64' } });
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/ana\.json:20002:1: too many answers: a sheet holds at most 20,000, and this is answer 20,001\n$/,
		);
		noStackTrace(result.stderr);
	});

	it.runIf(isLinux)('grade - < /dev/zero stops reading at the limit', () => {
		const zero = openSync('/dev/zero', 'r');
		const piped = spawnSync(process.execPath, [cli, 'grade', '-'], {
			stdio: [zero, 'pipe', 'pipe'],
			encoding: 'utf8',
			env: { PATH: process.env.PATH, QUIZLINE_STORE_DIR: process.env.QUIZLINE_STORE_DIR },
			timeout: 30_000,
		});
		closeSync(zero);
		expect(piped.status).toBe(2);
		expect(piped.stderr).toBe(
			'-: cannot read the sheet: it is larger than the 8 MB limit (set QUIZLINE_MAX_INPUT_MB to read bigger files, e.g. QUIZLINE_MAX_INPUT_MB=17)\n',
		);
	});
});

describe('generate', () => {
	it.runIf(isLinux)('refuses /dev/zero as the article', () => {
		const result = runCli(['generate', '/dev/zero']);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			'/dev/zero: cannot read the article: it is a device, not a regular file\n',
		);
	});
});
