import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { ensureBuilt, runCli, tempDir } from './helpers/run-cli.js';

beforeAll(() => ensureBuilt(), 60_000);

// Tests run as root here and there, where a chmod'ed folder stays writable: the stores below
// are unusable for everyone (a file where the folder should be, a folder where the file
// should be, a file from a newer quizline).

/** A QUIZLINE_STORE_DIR that is a file, not a folder. */
function fileAsFolder(): string {
	const file = path.join(tempDir('quizline-store-'), 'not-a-folder');
	fs.writeFileSync(file, 'x');
	return file;
}

/** A store folder whose scores.json is a folder. */
function folderAsFile(): string {
	const dir = tempDir('quizline-store-');
	fs.mkdirSync(path.join(dir, 'scores.json'));
	return dir;
}

/** A store folder whose scores.json was written by a newer quizline. */
function newerStore(): string {
	const dir = tempDir('quizline-store-');
	fs.writeFileSync(path.join(dir, 'scores.json'), JSON.stringify({ schemaVersion: 99 }));
	return dir;
}

const commands: [string, string[]][] = [
	['stats', ['stats']],
	['reset', ['reset', '--yes']],
	['check --record', ['check', 'xi-term-number', '1', '--record']],
];
const stores: [string, () => string, RegExp][] = [
	['a file as the store folder', fileAsFolder, /not a folder/],
	['a folder as the score file', folderAsFile, /folder/],
	['a file from a newer quizline', newerStore, /newer quizline|Update quizline/],
];

describe('a store that cannot be used', () => {
	for (const [command, args] of commands) {
		it.each(stores)(`${command}, %s: one clear message and exit 2`, (_, make, why) => {
			const dir = make();
			const result = runCli(args, { env: { QUIZLINE_STORE_DIR: dir } });
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(why);
			expect(result.stderr).toContain('score store');
			expect(result.stderr).not.toMatch(/\n\s+at /);
		});
	}

	it('a newer store is left as it is, not moved aside', () => {
		const dir = newerStore();
		// The bank cache lives in the store folder too; only the store's own files count here.
		const storeFiles = () => fs.readdirSync(dir).filter((name) => name.startsWith('scores'));
		const before = fs.readFileSync(path.join(dir, 'scores.json'), 'utf8');
		expect(runCli(['stats'], { env: { QUIZLINE_STORE_DIR: dir } }).code).toBe(2);
		expect(storeFiles()).toEqual(['scores.json']);
		expect(fs.readFileSync(path.join(dir, 'scores.json'), 'utf8')).toBe(before);
	});

	it('reset while another quizline holds the lock past the wait: nothing deleted, one line, exit 2', () => {
		const dir = tempDir('quizline-store-');
		const store = ScoreStore.open({ dir });
		store.startSession('default', { bank: 'b', mode: 'practice', questionIds: [] });
		// Held by this (live) test process, fresh: reset waits its 5 s, then gives up.
		fs.writeFileSync(path.join(dir, 'scores.json.lock'), `${process.pid} ${randomUUID()}`);
		const result = runCli(['reset', '--yes'], { env: { QUIZLINE_STORE_DIR: dir } });
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^Nothing deleted: The score store is busy: .*scores\.json\.lock/,
		);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		fs.rmSync(path.join(dir, 'scores.json.lock'));
		expect(ScoreStore.open({ dir }).profile('default').sessions).toHaveLength(1);
	}, 20_000);

	it('a store that works still records with check --record', () => {
		const dir = tempDir('quizline-store-');
		const result = runCli(['check', 'xi-term-number', '1', '--record'], {
			env: { QUIZLINE_STORE_DIR: dir },
		});
		expect(result.code).not.toBe(2);
		expect(ScoreStore.open({ dir }).profile('default').questions['xi-term-number']).toMatchObject({
			attempts: 1,
		});
	});
});
