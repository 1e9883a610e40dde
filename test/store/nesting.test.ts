import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cutDeepNesting } from '../../src/store/nesting.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, useTempDir } from './helpers.js';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('cutDeepNesting', () => {
	test('cuts what lies deeper than the limit, and names the top-level key it was under', () => {
		const value = { keep: [[1]], deep: { a: { b: { c: {} } } }, list: [[[[]]], 2] };
		expect(cutDeepNesting(value, 3)).toEqual(['deep', 'list']);
		// The top is level 1: `deep.a` is level 3, `deep.a.b` level 4.
		expect(value).toEqual({ keep: [[1]], deep: { a: {} }, list: [[null], 2] });
		expect(cutDeepNesting(value, 3)).toEqual([]);
	});

	test('walks any depth without overflowing the stack', () => {
		const value = JSON.parse(`{"x":${nested(200_000)}}`);
		expect(cutDeepNesting(value, 256)).toEqual(['x']);
		expect(() => JSON.stringify(value)).not.toThrow();
	});
});

describe('a store with extra data nested thousands deep', () => {
	const dir = useTempDir();
	const file = () => path.join(dir(), 'scores.json');
	const at = '2024-05-01T10:00:00.000Z';
	const record = { attempts: 1, correct: 1, lastAnswer: 'x', lastCorrect: true, lastSeen: at };

	test('keeps every write working, keeps the rest, and keeps the file as it was in a backup', () => {
		const original = `{"schemaVersion":1,"futureTop":{"a":1},"deep":${nested(20_000)},"profiles":{"ann":{"questions":{"q-1":${JSON.stringify({ ...record, bank: 'b', history: [] })}},"sessions":[],"notes":${nested(9000)}}}}`;
		fs.writeFileSync(file(), original);
		const store = ScoreStore.open({ dir: dir(), compactAfterBytes: 0 });
		expect(store.warning).toMatch(/nested more than 256 levels deep under "deep", "profiles"/);
		const backup = fs.readdirSync(dir()).find((name) => name.startsWith('scores.corrupt-'));
		expect(store.warning).toContain(backup);
		expect(fs.readFileSync(path.join(dir(), backup ?? 'missing'), 'utf8')).toBe(original);
		for (let i = 0; i < 20; i++) store.recordAnswer('ann', undefined, answerFor('q-1'));
		store.resetProfile('nobody');
		const raw = JSON.parse(fs.readFileSync(file(), 'utf8'));
		expect(raw.futureTop).toEqual({ a: 1 });
		const fresh = ScoreStore.open({ dir: dir() });
		expect(fresh.warning).toBeUndefined();
		expect(fresh.profile('ann').questions['q-1']?.attempts).toBe(21);
	});

	test('in a journal line, the line is left out and the rest is read', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		const journal = path.join(dir(), 'scores.journal.jsonl');
		const line = JSON.stringify({ op: 'reset', profile: 'ann', extra: 0 }).replace(
			'0',
			nested(20_000),
		);
		fs.appendFileSync(journal, `${line}\n`);
		const fresh = ScoreStore.open({ dir: dir() });
		expect(fresh.warning).toMatch(/1 lines of the score journal .* could not be read/);
		expect(fresh.profile('ann').questions['q-1']?.attempts).toBe(1);
	});
});
