import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built CLI, as `npm test` builds it before running the tests. */
export const cliPath = path.join(root, 'dist', 'cli.js');

/** A fresh, empty folder. */
export const tempDir = (prefix = 'quizline-cli-') => mkdtempSync(path.join(tmpdir(), prefix));

export type CliResult = { status: number | null; stdout: string; stderr: string };

/** Run the built CLI with piped stdin and its own temp store unless one is given. */
export function runCli(
	args: readonly string[],
	options: { env?: NodeJS.ProcessEnv; input?: string; cwd?: string; nodeArgs?: string[] } = {},
): CliResult {
	const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cliPath, ...args], {
		cwd: options.cwd ?? root,
		input: options.input ?? '',
		encoding: 'utf8',
		env: {
			...process.env,
			QUIZLINE_STORE_DIR: tempDir('quizline-store-'),
			NO_COLOR: '1',
			...options.env,
		},
		timeout: 30_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Whether the built CLI is at least as new as every source file. */
function isBuilt(): boolean {
	if (!existsSync(cliPath)) return false;
	const built = statSync(cliPath).mtimeMs;
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
