import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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
