import pty from 'node-pty';
import { cliPath, root } from '../cli/run-cli.js';

/** The built CLI in a real pseudo-terminal, with a screen buffer to poll. */
export function spawnInPty(args: readonly string[], env: NodeJS.ProcessEnv, cols = 100, rows = 30) {
	const child = pty.spawn(process.execPath, [cliPath, ...args], {
		name: 'xterm-256color',
		cols,
		rows,
		cwd: root,
		env: definedOnly({ ...process.env, CI: 'false', ...env }),
	});
	let output = '';
	child.onData((data) => {
		output += data;
	});
	const exited = new Promise<number>((resolve) =>
		child.onExit(({ exitCode }) => resolve(exitCode)),
	);
	/** Poll the raw output (escape codes included) until it matches. */
	const waitFor = async (pattern: RegExp | string, timeoutMs = 15_000) => {
		const start = Date.now();
		const matches = () =>
			typeof pattern === 'string' ? output.includes(pattern) : pattern.test(output);
		while (!matches()) {
			if (Date.now() - start > timeoutMs) {
				throw new Error(`no ${String(pattern)} on screen; output so far:\n${plain(output)}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
	};
	return { child, exited, waitFor, output: () => output, screen: () => plain(output) };
}

/** Output without escape sequences. */
export function plain(text: string): string {
	// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping terminal escapes
	return text.replace(/\u001B\[[0-9;?]*[A-Za-z]/g, '');
}

/** The environment without unset (undefined) variables, as a child process takes it. */
function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
	return Object.fromEntries(
		Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
	);
}
