import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { attemptStore, ScoreStore, type StoreError } from '../../src/store/score-store.js';
import { answerFor, systemError, useTempDir } from './helpers.js';

/** The StoreError of a failed write. */
function failure(action: () => unknown): StoreError {
	const outcome = attemptStore(action);
	if (outcome.ok) throw new Error('expected the write to fail');
	return outcome.error;
}

describe('a write that fails', () => {
	const dir = useTempDir();
	const journal = () => path.join(dir(), 'scores.journal.jsonl');
	const attempts = (store: ScoreStore) => store.profile('ann').questions['q-1']?.attempts ?? 0;
	afterEach(() => {
		vi.restoreAllMocks();
	});

	/** Makes writing a file whose name matches `pattern` fail with `code`. */
	function failFileWrites(pattern: RegExp, code: string) {
		const write = fs.writeFileSync;
		return vi.spyOn(fs, 'writeFileSync').mockImplementation((file, ...rest) => {
			if (pattern.test(String(file))) throw systemError(code, 'open', String(file));
			return write(file, ...(rest as [string]));
		});
	}

	test('on a full disk mid-line: one line, nothing recorded, the half line undone', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		const before = fs.readFileSync(journal(), 'utf8');
		const write = fs.writeSync;
		const halfWrite = (fd: number, data: Buffer, offset: number, length: number, at: number) =>
			write(fd, data, offset, Math.floor(length / 2), at);
		vi.spyOn(fs, 'writeSync')
			.mockImplementationOnce(halfWrite as never)
			.mockImplementationOnce(() => {
				throw systemError('ENOSPC', 'write');
			});
		const error = failure(() => store.recordAnswer('ann', undefined, answerFor('q-1')));
		expect(error.problem).toBe('full');
		expect(error.summary).toBe('the disk is full');
		expect(error.message).toBe(
			`The score store ${store.path} cannot be written: the disk is full (ENOSPC).`,
		);
		expect(fs.readFileSync(journal(), 'utf8')).toBe(before);
		expect(attempts(store)).toBe(1);
		vi.restoreAllMocks();
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		const fresh = ScoreStore.open({ dir: dir() });
		expect([attempts(fresh), fresh.warning]).toEqual([2, undefined]);
	});

	test.each([
		['EACCES', 'read-only', 'permission denied'],
		['EROFS', 'read-only', 'the file system is read-only'],
		['ENOSPC', 'full', 'the disk is full'],
	])(
		'when the folder refuses new files (%s): a StoreError, nothing left behind',
		(code, problem, summary) => {
			const store = ScoreStore.open({ dir: dir() });
			store.recordAnswer('ann', undefined, answerFor('q-1'));
			failFileWrites(/\.draft$/, code);
			const error = failure(() => store.recordAnswer('ann', undefined, answerFor('q-1')));
			expect([error.problem, error.summary]).toEqual([problem, summary]);
			expect(error.message).toBe(
				`The score store folder ${dir()} cannot be written: ${summary} (${code}).`,
			);
			expect(failure(() => store.prepareWrites()).problem).toBe(problem);
			expect(fs.readdirSync(dir()).sort()).toEqual(['scores.journal.jsonl', 'scores.json']);
			expect(attempts(ScoreStore.open({ dir: dir() }))).toBe(1);
		},
	);

	test('a journal that cannot be started costs speed, not answers: each counts once', () => {
		const store = ScoreStore.open({ dir: dir(), compactAfterBytes: 0 });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		// The file is written whole, then starting the new journal fails: the answer is stored.
		failFileWrites(/journal\.jsonl\..*\.draft$/, 'ENOSPC');
		for (let i = 0; i < 20; i++) store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(attempts(ScoreStore.open({ dir: dir() }))).toBe(21);
		vi.restoreAllMocks();
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(attempts(ScoreStore.open({ dir: dir() }))).toBe(22);
	});

	test('a lock held past the wait is a StoreError too', () => {
		const store = ScoreStore.open({ dir: dir(), lock: { timeoutMs: 50 } });
		fs.writeFileSync(`${store.path}.lock`, `${process.pid} ${randomUUID()}`);
		const error = failure(() => store.recordAnswer('ann', undefined, answerFor('q-1')));
		expect(error.problem).toBe('busy');
		expect(error.message).toMatch(/^The score store is busy: .*scores\.json\.lock was held/);
	});

	test('a bad call is a bug, not a store failure: attemptStore lets it through', () => {
		const store = ScoreStore.open({ dir: dir() });
		expect(() => attemptStore(() => store.finishSession('ann', 'missing'))).toThrow(RangeError);
	});
});
