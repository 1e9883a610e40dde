import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { StoreBusyError, withLock } from '../../src/store/lock.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, useTempDir } from './helpers.js';

/** The pid of a process that has already ended. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', '']);
	if (child.pid === undefined) throw new Error('could not spawn node');
	return child.pid;
}

describe('the store lock', () => {
	const dir = useTempDir();
	const lockPath = () => path.join(dir(), 'scores.json.lock');

	test('is held while the action runs and released afterwards, even when it throws', () => {
		withLock(lockPath(), () => {
			expect(fs.readFileSync(lockPath(), 'utf8')).toMatch(new RegExp(`^${process.pid} `));
		});
		expect(fs.existsSync(lockPath())).toBe(false);
		expect(() =>
			withLock(lockPath(), () => {
				throw new Error('boom');
			}),
		).toThrow('boom');
		expect(fs.existsSync(lockPath())).toBe(false);
	});

	test('a lock held by a live process makes a writer wait, then give up with a clear error', () => {
		const store = ScoreStore.open({ dir: dir(), lock: { timeoutMs: 50 } });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		const held = `${process.pid} ${randomUUID()}`;
		fs.writeFileSync(lockPath(), held);
		const reader = ScoreStore.open({ dir: dir(), lock: { timeoutMs: 50 } });
		expect(reader.profile('ann').questions['q-1']?.attempts).toBe(1);
		expect(() => store.recordAnswer('ann', undefined, answerFor('q-1'))).toThrow(StoreBusyError);
		expect(() => withLock(lockPath(), () => 1, { timeoutMs: 50 })).toThrow(
			/is busy: .*scores\.json\.lock/,
		);
		expect(fs.readFileSync(lockPath(), 'utf8')).toBe(held);
		expect(store.profile('ann').questions['q-1']?.attempts).toBe(1);
	});

	test('a lock whose process has ended is taken over', () => {
		fs.writeFileSync(lockPath(), `${deadPid()} ${randomUUID()}`);
		const store = ScoreStore.open({ dir: dir(), lock: { timeoutMs: 1000 } });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(store.profile('ann').questions['q-1']?.attempts).toBe(1);
		expect(fs.readdirSync(dir()).sort()).toEqual(['scores.journal.jsonl', 'scores.json']);
	});

	test('a lock older than the stale limit is taken over even if its pid lives', () => {
		fs.writeFileSync(lockPath(), `${process.pid} ${randomUUID()}`);
		const old = new Date(Date.now() - 60_000);
		fs.utimesSync(lockPath(), old, old);
		const store = ScoreStore.open({ dir: dir(), lock: { timeoutMs: 1000 } });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(fs.readdirSync(dir()).sort()).toEqual(['scores.journal.jsonl', 'scores.json']);
	});

	test('a lock that another holder took over is not removed by the old holder', () => {
		withLock(lockPath(), () => {
			fs.writeFileSync(lockPath(), 'other-holder');
		});
		expect(fs.readFileSync(lockPath(), 'utf8')).toBe('other-holder');
	});

	test('an empty lock left by a writer killed while creating it is taken over', () => {
		fs.writeFileSync(lockPath(), '');
		const past = new Date(Date.now() - 2000);
		fs.utimesSync(lockPath(), past, past);
		expect(withLock(lockPath(), () => 'ran', { timeoutMs: 1000, staleMs: 60_000 })).toBe('ran');
		expect(fs.existsSync(lockPath())).toBe(false);
	});

	test('a fresh empty lock is left alone: its writer may still be filling it', () => {
		fs.writeFileSync(lockPath(), '');
		expect(() => withLock(lockPath(), () => 'ran', { timeoutMs: 50, staleMs: 60_000 })).toThrow(
			StoreBusyError,
		);
	});

	test('leaves no draft files behind', () => {
		withLock(lockPath(), () => undefined);
		expect(fs.readdirSync(dir()).filter((name) => name.includes('.draft'))).toEqual([]);
	});
});
