import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The project folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built CLI (`npm run build`; `npm test` builds first). */
export const cli = path.join(root, 'dist', 'cli.js');

/** What a run of the CLI printed and how it ended. */
export type CliResult = {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
};

/** How to run the CLI. */
export type CliOptions = {
	readonly input?: string;
	readonly env?: NodeJS.ProcessEnv;
	readonly cwd?: string;
	/** Extra node flags, before the script. */
	readonly nodeArgs?: readonly string[];
};

const made: string[] = [];
// Registered when a test file imports this module, so tempDir() may be called anywhere.
afterAll(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder, removed after the test file. */
export function tempDir(prefix = 'quizline-cli-'): string {
	const dir = mkdtempSync(path.join(tmpdir(), prefix));
	made.push(dir);
	return dir;
}

/** Whether the built CLI is at least as new as every source file. */
function isBuilt(): boolean {
	if (!existsSync(cli)) return false;
	const built = statSync(cli).mtimeMs;
	return readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
		.every((entry) => built >= statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
}

/** Builds dist/ when a source file is newer than the build (`npm test` builds first anyway). */
export function ensureBuilt(): void {
	if (isBuilt()) return;
	spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
	if (!isBuilt()) throw new Error('dist/ is older than src/ after building');
}

/**
 * Run the built CLI with piped stdin; the store (and the bank cache in it) is the test file's
 * temporary QUIZLINE_STORE_DIR unless `env` says otherwise. Colour off, never a terminal.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
	if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
	const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
		cwd: options.cwd ?? root,
		input: options.input ?? '',
		encoding: 'utf8',
		env: {
			PATH: process.env.PATH,
			HOME: process.env.HOME,
			NO_COLOR: '1',
			QUIZLINE_STORE_DIR: process.env.QUIZLINE_STORE_DIR,
			...options.env,
		},
		timeout: 30_000,
	});
	if (result.error) throw result.error;
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
