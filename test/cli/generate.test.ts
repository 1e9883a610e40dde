// The built CLI end to end: `quizline generate` then `quizline validate`, and its bad inputs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist', 'cli.js');
const work = mkdtempSync(path.join(tmpdir(), 'quizline-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function quizline(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: work,
		encoding: 'utf8',
		env: { ...process.env, QUIZLINE_STORE_DIR: path.join(work, 'store'), NO_COLOR: '1' },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const article = path.join(work, 'news.txt');
copyFileSync(path.join(root, 'test/fixtures/articles/harbour-barrier-news.txt'), article);

// Each case starts the CLI a few times; a busy machine makes that slow, never wrong.
describe('quizline generate', { timeout: 90_000 }, () => {
	it('writes a bank that validate accepts, the same bytes on a second run', () => {
		const first = quizline('generate', 'news.txt', '-o', 'news.yaml');
		expect(first).toMatchObject({ code: 0, stderr: '' });
		expect(first.stdout).toMatch(
			/^news\.yaml: \d+ generated questions \(.*choice.*\)\nrejected \d+: /,
		);
		const bytes = readFileSync(path.join(work, 'news.yaml'), 'utf8');
		expect(bytes).toMatch(
			/^# yaml-language-server: \$schema=\.\/schema\.json\narticle:\n {2}file: news\.txt\n/,
		);
		expect(quizline('validate', 'news.yaml')).toMatchObject({ code: 0 });
		const second = quizline('generate', 'news.txt', '-o', 'news.yaml');
		expect(second.stdout).toMatch(/^news\.yaml: unchanged\n/);
		expect(second.stdout).toMatch(/merged: 0 added, \d+ kept, 0 removed/);
		expect(readFileSync(path.join(work, 'news.yaml'), 'utf8')).toBe(bytes);
	});

	it('puts the schema beside the bank it writes and says how to play it', () => {
		const dir = path.join(work, 'own');
		mkdirSync(dir);
		const first = quizline('generate', 'news.txt', '-o', 'own/my news.yaml');
		expect(first.code).toBe(0);
		expect(first.stdout).toContain('Wrote schema.json beside it');
		expect(first.stdout).toMatch(/\nNext: quizline play 'own\/my news\.yaml' .*\n$/);
		const schema = readFileSync(path.join(dir, 'schema.json'), 'utf8');
		expect(schema).toBe(readFileSync(path.join(root, 'questions', 'schema.json'), 'utf8'));
		// Present and current: nothing said; someone else's schema.json is left as it was.
		expect(quizline('generate', 'news.txt', '-o', 'own/my news.yaml').stdout).not.toContain(
			'schema.json',
		);
		writeFileSync(path.join(dir, 'schema.json'), '{"title":"my own"}');
		const foreign = quizline('generate', 'news.txt', '-o', 'own/other.yaml');
		expect(foreign.stdout).toContain('schema.json beside it is not quizline’s');
		expect(readFileSync(path.join(dir, 'schema.json'), 'utf8')).toBe('{"title":"my own"}');
	});

	it('writes YAML to stdout without -o, the report to stderr, and explains rejections', () => {
		const result = quizline('generate', 'news.txt', '--explain', '--max', '5');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^# yaml-language-server/);
		expect(result.stderr).toMatch(/<stdout>: 5 generated questions/);
		expect(result.stderr).toMatch(/^ {2}line \d+ \[[a-z-]+\] .+$/m);
	});

	it.each([
		['empty.txt', '', /^empty\.txt: the article is empty\n$/],
		[
			'binary.bin',
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
			/^binary\.bin:1:5: looks like a binary file/,
		],
		[
			'latin1.txt',
			Buffer.from('Caf\xe9 society\n', 'latin1'),
			/^latin1\.txt:1:4: is not UTF-8 text \(byte 0xe9\)/,
		],
		['missing.txt', undefined, /^missing\.txt: cannot read the article: no such file\n$/],
		['title.txt', '# Only a heading\n\n', /^out\.yaml: no question could be made from the article/],
	])('refuses %s with a clear message and exit 2', (name, content, message) => {
		if (content !== undefined) writeFileSync(path.join(work, name), content);
		const result = quizline('generate', name, '-o', 'out.yaml');
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
	});

	it('never clobbers a file that is not a bank of this article, unless --force', () => {
		const notes = path.join(work, 'notes.yaml');
		writeFileSync(notes, 'my: notes\n');
		const refused = quizline('generate', 'news.txt', '-o', 'notes.yaml');
		expect(refused.code).toBe(2);
		expect(refused.stderr).toMatch(
			/^notes\.yaml: exists and is not a valid bank .*; use --force to replace it\n$/,
		);
		expect(readFileSync(notes, 'utf8')).toBe('my: notes\n');
		copyFileSync(article, path.join(work, 'other.txt'));
		quizline('generate', 'other.txt', '-o', 'other.yaml');
		const otherArticle = quizline('generate', 'news.txt', '-o', 'other.yaml');
		expect(otherArticle.stderr).toMatch(/exists and is the bank of another article \(other\.txt\)/);
		expect(quizline('generate', 'news.txt', '-o', 'notes.yaml', '--force').code).toBe(0);
		expect(quizline('validate', 'notes.yaml').code).toBe(0);
	});

	it('says so when the bank cannot be written, and leaves no temporary file', () => {
		const result = quizline('generate', 'news.txt', '-o', 'no-such-folder/news.yaml');
		expect(result).toMatchObject({ code: 2, stdout: '' });
		expect(result.stderr).toBe('no-such-folder/news.yaml: cannot write the bank: no such folder\n');
	});

	it('rejects a bad --max as a usage error', () => {
		expect(quizline('generate', 'news.txt', '--max', '0').code).toBe(2);
	});
});
