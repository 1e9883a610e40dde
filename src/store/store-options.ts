import path from 'node:path';
import type { LockOptions } from './lock.js';

/** How to open a score store; every field is optional. */
export type StoreOptions = {
	/** Folder of the score file; wins over `QUIZLINE_STORE_DIR` and conf's default location. */
	dir?: string;
	/** The clock, for tests (defaults to the real time). */
	now?: () => Date;
	/** Where `QUIZLINE_STORE_DIR` is read (defaults to `process.env`; commands pass `io.env`). */
	env?: NodeJS.ProcessEnv;
	/** Lock waiting and staleness limits (defaults: wait 5 s, stale after 10 s). */
	lock?: LockOptions;
	/**
	 * The journal of changes is folded into the score file once it is larger than this many
	 * bytes and than the file itself (default 1 MB), so a write never costs more than the
	 * history it adds, and reading replays no more than the file holds.
	 */
	compactAfterBytes?: number;
};

/** The folder conf should use, or undefined for conf's default place for 'quizline'. */
export function storeDirectory(options: StoreOptions): string | undefined {
	if (options.dir) return options.dir;
	const fromEnv = (options.env ?? process.env).QUIZLINE_STORE_DIR;
	return fromEnv ? fromEnv : undefined;
}

/** The score file conf keeps in `dir`. */
export function storeFileIn(dir: string): string {
	return path.resolve(dir, 'scores.json');
}
