import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, useTempDir } from './helpers.js';

const fixedNow = () => new Date('2024-05-01T10:00:00.000Z');
const backupName = 'scores.corrupt-2024-05-01T10-00-00-000Z.json';

describe('a corrupt store file', () => {
	const dir = useTempDir();
	const file = () => path.join(dir(), 'scores.json');

	test.each([
		['invalid JSON', '{"schemaVersion": 1, "profiles": {', /not valid JSON/],
		['an empty file', '', /not valid JSON/],
		[
			'JSON failing the schema',
			'{"schemaVersion":1,"profiles":{"ann":{"questions":7}}}',
			/profiles\.ann/,
		],
		['JSON without schemaVersion', '{"profiles":{}}', /schemaVersion/],
		['a JSON array', '[1, 2]', /score schema/],
	])('%s is moved aside, named in the warning, and a new store starts', (_, content, reason) => {
		fs.writeFileSync(file(), content);
		const store = ScoreStore.open({ dir: dir(), now: fixedNow });
		const backup = path.join(dir(), backupName);
		expect(fs.readFileSync(backup, 'utf8')).toBe(content);
		expect(store.warning).toContain(backup);
		expect(store.warning).toMatch(reason);
		expect(store.warning).not.toContain('\n');
		expect(store.profileNames()).toEqual([]);
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(ScoreStore.open({ dir: dir() }).profile('ann').questions['q-1']?.attempts).toBe(1);
		expect(fs.readFileSync(backup, 'utf8')).toBe(content);
	});

	test('an earlier backup is never overwritten', () => {
		fs.writeFileSync(file(), 'first');
		ScoreStore.open({ dir: dir(), now: fixedNow });
		fs.writeFileSync(file(), 'second');
		const store = ScoreStore.open({ dir: dir(), now: fixedNow });
		const second = path.join(dir(), 'scores.corrupt-2024-05-01T10-00-00-000Z-2.json');
		expect(fs.readFileSync(path.join(dir(), backupName), 'utf8')).toBe('first');
		expect(fs.readFileSync(second, 'utf8')).toBe('second');
		expect(store.warning).toContain(second);
	});

	test('a file spoilt while the store is open is backed up before the next write', () => {
		const store = ScoreStore.open({ dir: dir(), now: fixedNow });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(store.warning).toBeUndefined();
		fs.writeFileSync(file(), 'garbage');
		store.recordAnswer('ann', undefined, answerFor('q-2'));
		expect(fs.readFileSync(path.join(dir(), backupName), 'utf8')).toBe('garbage');
		expect(store.warning).toContain(backupName);
		// The first answer went down with the file; the second, still in the journal, is kept.
		const kept = ScoreStore.open({ dir: dir() }).profile('ann').questions;
		expect([kept['q-1']?.attempts, kept['q-2']?.attempts]).toEqual([1, 1]);
	});

	test('a valid file and conf’s bare {} give no warning', () => {
		fs.writeFileSync(file(), '{}');
		const store = ScoreStore.open({ dir: dir() });
		expect(store.warning).toBeUndefined();
		expect(fs.readdirSync(dir())).toEqual(['scores.json']);
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(fs.readdirSync(dir()).sort()).toEqual(['scores.journal.jsonl', 'scores.json']);
		expect(ScoreStore.open({ dir: dir() }).warning).toBeUndefined();
	});
});
