import os from 'node:os';
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
	/**
	 * Leave the file unread until its data is first asked for, and take `prepareWrites`
	 * without reading it: for a file whose bytes are known to have been read well before.
	 */
	deferRead?: boolean;
};

/** The folder conf should use, or undefined for conf's default place for 'quizline'. */
export function storeDirectory(options: StoreOptions): string | undefined {
	if (options.dir) return options.dir;
	const fromEnv = (options.env ?? process.env).QUIZLINE_STORE_DIR;
	return fromEnv ? fromEnv : undefined;
}

/** The score file the options name: in the folder given, or where conf puts it by default. */
export function storeFilePath(options: StoreOptions): string {
	return storeFileIn(storeDirectory(options) ?? confDefaultFolder());
}

/** The score file conf keeps in `dir`. */
export function storeFileIn(dir: string): string {
	return path.resolve(dir, 'scores.json');
}

/**
 * The folder conf keeps the score file in when none is set: env-paths' config folder for
 * 'quizline' (with conf's suffix, quizline-nodejs), worked out as env-paths does it (from
 * process.env, the platform and the home folder), so the store is placed without making conf.
 */
export function confDefaultFolder(
	env: NodeJS.ProcessEnv = process.env,
	platform: NodeJS.Platform = process.platform,
	home: string = os.homedir(),
): string {
	const name = 'quizline-nodejs';
	if (platform === 'darwin') return path.join(home, 'Library', 'Preferences', name);
	if (platform === 'win32') {
		return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), name, 'Config');
	}
	return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), name);
}
