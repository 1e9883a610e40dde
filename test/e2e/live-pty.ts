import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import pty from 'node-pty';
import { screenOf } from './screen.js';

const cli = path.resolve('dist/cli.js');

/** The built CLI in a pseudo-terminal, with everything it printed kept as plain text. */
export function spawnCli(
	args: readonly string[],
	cwd: string,
	env: NodeJS.ProcessEnv,
	{ cols, rows } = { cols: 100, rows: 40 },
) {
	const child = pty.spawn(process.execPath, [cli, ...args], {
		cols,
		rows,
		cwd,
		env: { ...process.env, CI: 'false', ...env },
	});
	let output = '';
	let exitCode: number | undefined;
	child.onData((data) => {
		output += data;
	});
	child.onExit((event) => {
		exitCode = event.exitCode;
	});
	return {
		get output() {
			return stripVTControlCharacters(output);
		},
		/** What the terminal shows now, one string of its lines. */
		screen() {
			return screenOf(output, cols, rows).join('\n');
		},
		get exitCode() {
			return exitCode;
		},
		write(data: string) {
			child.write(data);
		},
		kill() {
			if (exitCode === undefined) child.kill();
		},
		/** Sends a signal, as a closed window (SIGHUP) or `kill` (SIGTERM) does. */
		signal(name: NodeJS.Signals) {
			child.kill(name);
		},
	};
}

/** Polls until `find` returns something; fails after `timeoutMs` with what was seen. */
export async function eventually<T>(
	find: () => T | undefined | false,
	what: string,
	seen: () => string,
	timeoutMs = 15_000,
): Promise<T> {
	const started = Date.now();
	for (;;) {
		const found = find();
		if (found !== undefined && found !== false) return found;
		if (Date.now() - started > timeoutMs)
			throw new Error(`no ${what}; seen:\n${JSON.stringify(seen().slice(-3000))}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}
