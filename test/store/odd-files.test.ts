import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ScoreStore, StoreError } from '../../src/store/score-store.js';
import { answerFor, systemError, useTempDir } from './helpers.js';

/** The StoreError that `action` throws (failing the test when it throws nothing or else). */
function storeErrorOf(action: () => unknown): StoreError {
	try {
		action();
	} catch (error) {
		if (error instanceof StoreError) return error;
		throw error;
	}
	throw new Error('expected a StoreError');
}

const profileJson = (extra = '') =>
	`{"schemaVersion":1,"profiles":{"ann":{"questions":{},"sessions":[]}}${extra}}`;

describe('score files that are not what they seem', () => {
	const dir = useTempDir();
	const file = () => path.join(dir(), 'scores.json');
	afterEach(() => {
		vi.restoreAllMocks();
	});

	test('a file that starts with a UTF-8 byte order mark is read, not moved aside', () => {
		fs.writeFileSync(file(), `\uFEFF${profileJson()}`);
		const store = ScoreStore.open({ dir: dir() });
		expect(store.warning).toBeUndefined();
		expect(store.profileNames()).toEqual(['ann']);
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(ScoreStore.open({ dir: dir() }).profile('ann').questions['q-1']?.attempts).toBe(1);
		expect(fs.readdirSync(dir()).filter((name) => name.includes('corrupt'))).toEqual([]);
	});

	test('a file from a newer quizline is refused in one line and left as it is', () => {
		const newer = '{"schemaVersion":2,"profiles":{},"wings":true}';
		fs.writeFileSync(file(), newer);
		const error = storeErrorOf(() => ScoreStore.open({ dir: dir() }));
		expect(error.problem).toBe('newer');
		expect(error.message).toContain(file());
		expect(error.message).toMatch(/newer quizline \(schemaVersion 2; this one reads 1\)/);
		expect(error.message).not.toContain('\n');
		expect(fs.readdirSync(dir())).toEqual(['scores.json']);
		expect(fs.readFileSync(file(), 'utf8')).toBe(newer);
	});

	test('a newer file met while the store is open stops writes and is not touched', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		fs.writeFileSync(file(), '{"schemaVersion":3,"profiles":{}}');
		expect(storeErrorOf(() => store.recordAnswer('ann', undefined, answerFor('q-2'))).problem).toBe(
			'newer',
		);
		expect(fs.readFileSync(file(), 'utf8')).toBe('{"schemaVersion":3,"profiles":{}}');
		expect(fs.readdirSync(dir()).filter((name) => name.includes('corrupt'))).toEqual([]);
	});

	test('a journal from a newer quizline is refused too', () => {
		fs.writeFileSync(file(), profileJson(',"journal":"j-1"'));
		fs.writeFileSync(
			path.join(dir(), 'scores.journal.jsonl'),
			'{"journal":"j-1","schemaVersion":2}\n',
		);
		expect(storeErrorOf(() => ScoreStore.open({ dir: dir() })).message).toMatch(
			/journal was written by a newer quizline/,
		);
	});

	test('a folder where the file should be is a clear error, not a crash', () => {
		fs.mkdirSync(file());
		const error = storeErrorOf(() => ScoreStore.open({ dir: dir() }));
		expect(error.problem).toBe('not-a-file');
		expect(error.message).toBe(
			`The score store ${file()} cannot be read: it is a folder, not a file (EISDIR).`,
		);
	});

	test('a file where the folder should be is a clear error', () => {
		const notAFolder = path.join(dir(), 'plain-file');
		fs.writeFileSync(notAFolder, '');
		expect(storeErrorOf(() => ScoreStore.open({ dir: notAFolder })).problem).toBe('not-a-file');
	});

	test('a file that may not be read is a clear error', () => {
		fs.writeFileSync(file(), profileJson());
		// However it is read (by name, or opened first), the file refuses.
		const read = fs.readFileSync;
		vi.spyOn(fs, 'readFileSync').mockImplementation((target, ...rest) => {
			if (target === file()) throw systemError('EACCES', 'open', file());
			return read(target, ...(rest as [BufferEncoding]));
		});
		const open = fs.openSync;
		vi.spyOn(fs, 'openSync').mockImplementation((target, ...rest) => {
			if (target === file()) throw systemError('EACCES', 'open', file());
			return open(target, ...(rest as [string]));
		});
		const error = storeErrorOf(() => ScoreStore.open({ dir: dir() }));
		expect(error.problem).toBe('unreadable');
		expect(error.message).toBe(
			`The score store ${file()} cannot be read: permission denied (EACCES).`,
		);
	});
});
