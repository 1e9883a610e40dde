import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, useTempDir } from './helpers.js';

describe('the journal of changes beside the score file', () => {
	const dir = useTempDir();
	const file = () => path.join(dir(), 'scores.json');
	const journal = () => path.join(dir(), 'scores.journal.jsonl');
	const lines = () => fs.readFileSync(journal(), 'utf8').split('\n').filter(Boolean);
	const attempts = (store: ScoreStore, id = 'q-1') =>
		store.profile('ann').questions[id]?.attempts ?? 0;

	test('an answer appends one line and leaves the score file alone', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		const written = fs.statSync(file());
		for (let i = 0; i < 5; i++) store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(fs.statSync(file()).mtimeMs).toBe(written.mtimeMs);
		// The first write made the file whole; the journal's first line names the file it follows.
		expect(lines()).toHaveLength(1 + 5);
		expect(JSON.parse(lines()[0] ?? '')).toEqual({
			journal: JSON.parse(fs.readFileSync(file(), 'utf8')).journal,
			schemaVersion: 1,
		});
		expect(attempts(ScoreStore.open({ dir: dir() }))).toBe(6);
	});

	test('two stores open on one folder see each other’s answers as they come', () => {
		const one = ScoreStore.open({ dir: dir() });
		const two = ScoreStore.open({ dir: dir() });
		for (let i = 1; i <= 3; i++) {
			one.recordAnswer('ann', undefined, answerFor('q-1'));
			expect(attempts(two)).toBe(2 * i - 1);
			two.recordAnswer('ann', undefined, answerFor('q-1'));
			expect(attempts(one)).toBe(2 * i);
		}
	});

	test('a line half written by a writer that died is not read, and the next write replaces it', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		fs.appendFileSync(journal(), '{"op":"answer","profile":"ann","answ');
		const reader = ScoreStore.open({ dir: dir() });
		expect(attempts(reader)).toBe(2);
		store.recordAnswer('ann', undefined, answerFor('q-2'));
		expect(lines().every((line) => JSON.parse(line))).toBe(true);
		const fresh = ScoreStore.open({ dir: dir() });
		expect(fresh.warning).toBeUndefined();
		expect([attempts(fresh), attempts(fresh, 'q-2'), attempts(reader, 'q-2')]).toEqual([2, 1, 1]);
	});

	test('a line that is not a change is left out, said once, and kept in a backup', () => {
		const store = ScoreStore.open({ dir: dir(), now: () => new Date('2024-05-01T10:00:00Z') });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		fs.appendFileSync(journal(), 'not json\n{"op":"answer","profile":"ann"}\n');
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(store.warning).toMatch(/^2 lines of the score journal .* could not be read/);
		const backup = path.join(dir(), 'scores.journal.corrupt-2024-05-01T10-00-00-000Z.jsonl');
		expect(store.warning).toContain(backup);
		expect(fs.readFileSync(backup, 'utf8')).toContain('not json\n');
		const fresh = ScoreStore.open({ dir: dir() });
		expect(fresh.warning).toBeUndefined();
		expect(attempts(fresh)).toBe(2);
	});

	test('once larger than the file, the journal is folded into it, counting nothing twice', () => {
		const store = ScoreStore.open({ dir: dir(), compactAfterBytes: 0 });
		store.recordAnswer('ann', undefined, answerFor('q-0'));
		let folds = 0;
		for (let i = 1; i < 60; i++) {
			const before = lines().length;
			store.recordAnswer('ann', undefined, answerFor(`q-${i % 3}`));
			if (lines().length < before) folds++;
			expect(fs.statSync(journal()).size).toBeLessThanOrEqual(fs.statSync(file()).size + 200);
		}
		expect(folds).toBeGreaterThan(2);
		const fresh = ScoreStore.open({ dir: dir() });
		expect([0, 1, 2].map((n) => attempts(fresh, `q-${n}`))).toEqual([20, 20, 20]);
	});

	test('a journal left from before the file was last written whole is not replayed', () => {
		const store = ScoreStore.open({ dir: dir(), compactAfterBytes: 0 });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		// As if a writer died between writing the file whole and starting the journal anew.
		const old = fs.readFileSync(journal());
		const raw = JSON.parse(fs.readFileSync(file(), 'utf8'));
		raw.profiles.ann.questions['q-1'].attempts = 2;
		fs.writeFileSync(file(), JSON.stringify({ ...raw, journal: 'newer-id' }));
		fs.writeFileSync(journal(), old);
		const fresh = ScoreStore.open({ dir: dir() });
		expect(attempts(fresh)).toBe(2);
		fresh.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(attempts(ScoreStore.open({ dir: dir() }))).toBe(3);
	});
});
