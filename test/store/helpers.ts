import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach } from 'vitest';

/** A fresh temporary store folder per test, removed afterwards; call at the top of a describe. */
export function useTempDir(): () => string {
	let dir = '';
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-store-'));
	});
	afterEach(() => {
		fs.rmSync(dir, { recursive: true, force: true });
	});
	return () => dir;
}

/** A clock that starts at `start` and moves one second per call. */
export function steppingClock(start = '2024-05-01T10:00:00.000Z'): () => Date {
	let next = Date.parse(start);
	return () => {
		const now = new Date(next);
		next += 1000;
		return now;
	};
}

/** An answer for `questionId` with the usual fields filled in. */
export function answerFor(questionId: string, correct = true, answer = 'x') {
	return { questionId, bank: 'bank-a', answer, correct };
}

const root = fileURLToPath(new URL('../../', import.meta.url));
// The store's own modules and the file layer it writes through.
const srcDirs = ['store', 'files'].map((folder) => path.join(root, 'src', folder));
// The build bundles the store into one module, loaded lazily by the commands that need it.
const builtStore = path.join(root, 'dist', 'lazy', 'store', 'score-store.js');

/** Whether the built store is at least as new as every src/store and src/files module. */
function distIsFresh(): boolean {
	if (!fs.existsSync(builtStore)) return false;
	const built = fs.statSync(builtStore).mtimeMs;
	return srcDirs.every((srcDir) =>
		fs
			.readdirSync(srcDir)
			.filter((name) => name.endsWith('.ts'))
			.every((name) => built >= fs.statSync(path.join(srcDir, name)).mtimeMs),
	);
}

/** The built score store module (building it first when stale), for child processes. */
export function builtStoreModule(): string {
	if (!distIsFresh()) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
	if (!distIsFresh()) throw new Error('dist/lazy/store is older than src/store after building');
	return pathToFileURL(builtStore).href;
}

/**
 * A temporary store folder per test (as useTempDir) and a child-process script importing the
 * built store, built once before the tests; call at the top of a describe. `writeScript` puts
 * the script into the folder and gives its path.
 */
export function useStoreChild(name: string, source: (moduleUrl: string) => string) {
	const dir = useTempDir();
	let moduleUrl = '';
	beforeAll(() => {
		moduleUrl = builtStoreModule();
	}, 60_000);
	const writeScript = () => {
		const script = path.join(dir(), name);
		fs.writeFileSync(script, source(moduleUrl));
		return script;
	};
	return { dir, writeScript };
}

/** An error as the file system reports it, e.g. `systemError('ENOSPC', 'write')`. */
export function systemError(code: string, syscall: string, file?: string): NodeJS.ErrnoException {
	const error: NodeJS.ErrnoException = new Error(`${code}: simulated, ${syscall}`);
	error.code = code;
	error.syscall = syscall;
	if (file !== undefined) error.path = file;
	return error;
}
