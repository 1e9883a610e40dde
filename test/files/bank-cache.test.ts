import {
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheDirectory } from '../../src/files/bank-cache.js';
import { bundledBankPath } from '../../src/files/bank-path.js';
import { loadBank } from '../../src/files/load-bank.js';
import { loadBankCached } from '../../src/files/load-bank-cached.js';

let dir = '';
let cache = '';
let bank = '';
let article = '';
const env = () => ({ QUIZLINE_CACHE_DIR: cache });
const load = () => loadBankCached(bank, { cwd: dir, env: env() });
const entries = () => readdirSync(cache).filter((name) => name.endsWith('.json'));

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'quizline-cache-test-'));
	cache = path.join(dir, 'cache');
	bank = path.join(dir, 'bank.yaml');
	article = path.join(dir, 'putin-xi-sco-2022.txt');
	copyFileSync(bundledBankPath, bank);
	copyFileSync(bundledBankPath.replace(/\.yaml$/, '.txt'), article);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadBankCached', () => {
	it('gives what loadBank gives, from the cache the second time', async () => {
		const expected = loadBank(bank, dir);
		const first = await load();
		expect(entries()).toHaveLength(1);
		const second = await load();
		expect(first).toEqual(expected);
		expect(second).toEqual(expected);
	});

	it('is never stale: an edited bank is read afresh', async () => {
		await load();
		const text = readFileSync(bank, 'utf8').replace(
			'What is the article mainly about?',
			'What is the report mainly about?',
		);
		writeFileSync(bank, text);
		const result = await load();
		expect(result.ok && result.bank.questions.map((question) => question.prompt)).toContain(
			'What is the report mainly about?',
		);
	});

	it('is never stale: an edited article is checked again', async () => {
		expect((await load()).ok).toBe(true);
		const text = readFileSync(article, 'utf8').replace(
			'exceeded $140 billion',
			'exceeded $150 billion',
		);
		writeFileSync(article, text);
		const result = await load();
		expect(result.ok).toBe(false);
		expect(!result.ok && result.issues[0]?.message).toMatch(/quote not found on line 15/);
	});

	it('caches only valid banks', async () => {
		writeFileSync(bank, readFileSync(bank, 'utf8').replace('type: choice', 'type: essay'));
		expect((await load()).ok).toBe(false);
		expect(() => entries()).toThrow();
	});

	it('ignores a damaged entry and writes a good one', async () => {
		await load();
		const [entry] = entries();
		writeFileSync(path.join(cache, entry as string), '{"code": "half of an ent');
		expect(await load()).toEqual(loadBank(bank, dir));
		expect(JSON.parse(readFileSync(path.join(cache, entry as string), 'utf8'))).toHaveProperty(
			'bank',
		);
	});

	it('works when the cache cannot be written', async () => {
		writeFileSync(cache, 'a file where the folder should be');
		expect(await load()).toEqual(loadBank(bank, dir));
	});

	it('reports an unreadable bank like loadBank', async () => {
		const result = await loadBankCached(path.join(dir, 'missing.yaml'), { cwd: dir, env: env() });
		expect(result).toEqual(loadBank(path.join(dir, 'missing.yaml'), dir));
	});
});

describe('cacheDirectory', () => {
	it.each([
		[{ QUIZLINE_CACHE_DIR: '/c', QUIZLINE_STORE_DIR: '/s' }, 'linux', '/c'],
		[{ QUIZLINE_STORE_DIR: '/s' }, 'linux', '/s/cache'],
		[{ HOME: '/home/a' }, 'linux', '/home/a/.cache/quizline-nodejs'],
		[{ HOME: '/home/a', XDG_CACHE_HOME: '/x' }, 'linux', '/x/quizline-nodejs'],
		[{ HOME: '/Users/a' }, 'darwin', '/Users/a/Library/Caches/quizline-nodejs'],
	] as const)('%j on %s → %s', (variables, platform, expected) => {
		expect(cacheDirectory(variables, platform)).toBe(expected);
	});
});
