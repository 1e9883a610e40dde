import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { withLock } from '../../src/store/lock.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, useTempDir } from './helpers.js';

// Nothing quizline writes looks like these: a lock file holds "<pid> <uuid>", made whole at once.
describe('a lock file quizline did not write', () => {
	const dir = useTempDir();
	const lockPath = () => path.join(dir(), 'scores.json.lock');
	// A long wait and stale limit: taking the lock over must not depend on either.
	const patient = { timeoutMs: 3000, staleMs: 60_000 };

	test.each([
		['garbage', 'garbage\n\u0000\u00ff'],
		['a word', 'locked'],
		['JSON', '{"pid": 1}'],
	])('holding %s is taken over at once', (_, content) => {
		fs.writeFileSync(lockPath(), content);
		const started = Date.now();
		expect(withLock(lockPath(), () => 'ran', patient)).toBe('ran');
		expect(Date.now() - started).toBeLessThan(2000);
		expect(fs.readdirSync(dir())).toEqual([]);
	});

	test('a live pid cut short of its token gets a second to be filled, then is taken over', () => {
		fs.writeFileSync(lockPath(), `${process.pid} 1b2c`);
		expect(withLock(lockPath(), () => 'ran', patient)).toBe('ran');
		expect(fs.readdirSync(dir())).toEqual([]);
	});

	test('an empty folder in its place is taken over at once and removed', () => {
		fs.mkdirSync(lockPath());
		const started = Date.now();
		expect(withLock(lockPath(), () => 'ran', patient)).toBe('ran');
		expect(Date.now() - started).toBeLessThan(2000);
		expect(fs.readdirSync(dir())).toEqual([]);
	});

	test('a folder with files in its place is moved aside, never deleted', () => {
		fs.mkdirSync(lockPath());
		fs.writeFileSync(path.join(lockPath(), 'keep.txt'), 'mine');
		expect(withLock(lockPath(), () => 'ran', patient)).toBe('ran');
		const [aside, ...more] = fs.readdirSync(dir());
		expect(more).toEqual([]);
		expect(aside).toMatch(/^scores\.json\.lock\.stale-/);
		expect(fs.readFileSync(path.join(dir(), aside ?? '', 'keep.txt'), 'utf8')).toBe('mine');
	});

	test('answers are recorded quickly past a garbage lock, one after another', () => {
		const store = ScoreStore.open({ dir: dir(), lock: patient });
		const started = Date.now();
		for (let i = 0; i < 5; i++) {
			fs.writeFileSync(lockPath(), 'garbage');
			store.recordAnswer('ann', undefined, answerFor('q-1'));
		}
		expect(Date.now() - started).toBeLessThan(2500);
		expect(store.profile('ann').questions['q-1']?.attempts).toBe(5);
	});
});
