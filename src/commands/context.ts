// What every command works out from its io the same way: colour, the terminal, the bank, the
// store. Fast commands (check, list, show, export) import this, so it imports nothing heavy: the
// store's code is loaded by openStore only when a command opens it.

import { bundledBankPath } from '../files/bank-path.js';
import { loadBankCached } from '../files/load-bank-cached.js';
import type { LoadResult } from '../files/load-result.js';
import { colorEnabled, createStyle, type Style } from '../format/style.js';
import type { CommandIo } from './io.js';
import type { OpenedStore, OpenStoreOptions } from './open-store.js';

/** The port `host` listens on and `join` addresses name when none is given. */
export const defaultPort = 7373;

/** The preamble of a command, worked out once from its io. */
export type CommandContext = {
	readonly io: CommandIo;
	/** Colour on standard output (a terminal, no NO_COLOR; FORCE_COLOR wins). */
	readonly color: boolean;
	/** The styles standard output uses: colour or plain text. */
	readonly style: Style;
	/** The terminal's width in columns; 0 when standard output is no terminal. */
	readonly width: number;
	/** Standard input and output are both a terminal (a screen can be drawn and keys read). */
	readonly isTerminal: boolean;
	/** The bank a command names, or the bundled one; from the cache when it is unchanged. */
	loadBank(file: string | undefined): Promise<LoadResult>;
	/** The score store, its repair notes written to standard error. */
	openStore(options?: OpenStoreOptions): Promise<OpenedStore>;
	/** Writes a line to standard error. */
	warn(line: string): void;
};

/** The context of a command run with `io`. */
export function commandContext(io: CommandIo): CommandContext {
	const color = colorEnabled(io.stdout, io.env);
	const warn = (line: string) => {
		io.stderr.write(`${line}\n`);
	};
	return {
		io,
		color,
		style: createStyle(color),
		width: io.stdout.isTTY ? ((io.stdout as { columns?: number }).columns ?? 0) : 0,
		isTerminal: io.stdin.isTTY === true && io.stdout.isTTY === true,
		loadBank: (file) => loadBankCached(file ?? bundledBankPath, io),
		// Imported only now: the store's StoreError must be the class the store's chunk throws,
		// not a copy bundled into the fast commands.
		openStore: async (options) =>
			(await import('./open-store.js')).openStore(io.env, warn, options),
		warn,
	};
}
