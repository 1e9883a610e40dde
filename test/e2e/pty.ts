import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node-pty';
import { cli as cliPath } from '../cli/helpers/run-cli.js';

/** How a process in the terminal ended. */
export type PtyExit = { readonly exitCode: number; readonly signal: number | undefined };

/** The CLI in a real pseudo-terminal: what it shows, keys to send, how it exits. */
export function playInPty(
	args: readonly string[],
	storeDir: string,
	size = { cols: 100, rows: 30 },
	env: NodeJS.ProcessEnv = {},
) {
	const child = spawn(process.execPath, [cliPath, ...args], {
		...size,
		env: definedOnly({
			...process.env,
			CI: 'false',
			QUIZLINE_STORE_DIR: storeDir,
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			...env,
		}),
	});
	let output = '';
	child.onData((data) => {
		output += data;
	});
	const ended = new Promise<PtyExit>((resolve) => {
		child.onExit(({ exitCode, signal }) => resolve({ exitCode, signal: signal || undefined }));
	});
	const exited = ended.then(({ exitCode }) => exitCode);
	const plain = () => stripVTControlCharacters(output);
	return {
		exited,
		/** How it ended: its exit code, or the number of the signal that ended it. */
		ended,
		/** Sends a signal to the process, as a closed window (SIGHUP) or `kill` (SIGTERM) does. */
		signal: (name: NodeJS.Signals) => child.kill(name),
		/** Everything written so far, without escape sequences. */
		text: plain,
		/** Everything written so far, escape sequences included. */
		raw: () => output,
		/** Waits until the screen shows `needle` after the given mark in the output. */
		async waitFor(needle: string | RegExp, from = 0, timeoutMs = 15_000): Promise<number> {
			const started = Date.now();
			for (;;) {
				const seen = plain().slice(from);
				const found = typeof needle === 'string' ? seen.includes(needle) : needle.test(seen);
				if (found) return plain().length;
				if (Date.now() - started > timeoutMs) {
					throw new Error(`"${needle}" did not show within ${timeoutMs} ms:\n${seen.slice(-2000)}`);
				}
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		},
		/** Sends one key, then lets the app take it in before the next. */
		async press(key: string): Promise<void> {
			child.write(key);
			await new Promise((resolve) => setTimeout(resolve, 60));
		},
		/** Resizes the terminal, as a window dragged smaller or wider does. */
		resize: (cols: number, rows: number) => child.resize(cols, rows),
		kill: () => child.kill(),
	};
}

/** The environment without unset (undefined) variables, as a child process takes it. */
function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
	return Object.fromEntries(
		Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
}
