import { safeText } from '../core/safe-text.js';
import { colorEnabled } from '../format/style.js';

/** Which of the program's own escape sequences may reach a stream. */
export type GuardLevel = 'none' | 'colour' | 'terminal';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the program's own sequences
const colour = /\u001B\[[0-9;:]*m/g;
// SGR, cursor moves, erasing, cursor show/hide, synchronized output and the keyboard modes
// Ink writes. Never OSC (title, clipboard), DCS or a device report request.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the program's own sequences
const terminal = /\u001B\[[0-9;:?<>=]*[ABCDEFGHJKhlmu]/g;

/**
 * The last line of defence before a stream: everything but the program's own sequences (at
 * `level`) goes through `safeText`, so no OSC, DCS, C1, BEL, BS or CR reaches the terminal
 * from any text, even one a command forgot to clean. Tabs and line feeds stay.
 */
export function guardOutput(chunk: string, level: GuardLevel): string {
	if (level === 'none') return safeText(chunk, { tabWidth: 0 });
	const allowed = level === 'colour' ? colour : terminal;
	let out = '';
	let last = 0;
	allowed.lastIndex = 0;
	for (let match = allowed.exec(chunk); match; match = allowed.exec(chunk)) {
		out += safeText(chunk.slice(last, match.index), { tabWidth: 0 }) + match[0];
		last = match.index + match[0].length;
	}
	return out + safeText(chunk.slice(last), { tabWidth: 0 });
}

/** The level a stream allows: a terminal takes Ink's sequences, a pipe colour only if forced. */
export function guardLevelFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): GuardLevel {
	if (stream.isTTY === true) return 'terminal';
	return colorEnabled(stream, env) ? 'colour' : 'none';
}

type Writable = { write: (...args: never[]) => boolean; isTTY?: boolean };

/** Route every string written to `stream` through `guardOutput`, for the life of the process. */
export function installOutputGuard(stream: Writable, env: NodeJS.ProcessEnv): void {
	const level = guardLevelFor(stream, env);
	const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
	const guarded = (chunk: unknown, ...rest: unknown[]) => {
		const text =
			typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? decode(chunk) : chunk;
		return write(typeof text === 'string' ? guardOutput(text, level) : text, ...rest);
	};
	(stream as { write: unknown }).write = guarded;
}

function decode(bytes: Uint8Array): string {
	return new TextDecoder().decode(bytes);
}
