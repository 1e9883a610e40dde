import type { ScoreStore } from '../store/score-store.js';
import { attemptStore, type StoreError } from '../store/store-error.js';

/** What a command needs of the store it opens. */
export type OpenStoreOptions = {
	/** The profile the command works on: a name the store cannot keep is refused up front. */
	readonly profile?: string;
	/** Check that changes can be written now (folder, lock, disk), not only read. */
	readonly forWriting?: boolean;
	/**
	 * Leave the store's full checks (zod) unloaded while data passes the quick check, for a
	 * start-up that draws first: they load when data needs them, or on the first write.
	 */
	readonly quickChecks?: boolean;
	/**
	 * The score file's bytes are those a run read well before: leave them unread until the
	 * data is first asked for (see `deferRead`).
	 */
	readonly isKnownGood?: boolean;
};

/** The store, or what to tell the user (one line and a hint) when it cannot be used. */
export type OpenedStore =
	| { readonly ok: true; readonly store: ScoreStore }
	| { readonly ok: false; readonly message: string };

/**
 * Opens the score store for a command at `env`'s QUIZLINE_STORE_DIR (or conf's place). What
 * had to be repaired on the way (a corrupt file moved aside …) is written with `warn`.
 *
 * The store's code is loaded only now: its file writer hooks SIGHUP, SIGINT and SIGTERM as soon
 * as it is imported, and such a handler cannot run while the main thread is busy parsing a bank,
 * so a signal then waited for the work to end. Commands open the store after their long work,
 * and a signal during it ends the process at once, as it does by default.
 */
export async function openStore(
	env: NodeJS.ProcessEnv,
	warn: (line: string) => void,
	options: OpenStoreOptions = {},
): Promise<OpenedStore> {
	const core = await import('../store/store-core.js');
	const { profile } = options;
	if (profile === '' || profile === '__proto__') {
		return { ok: false, message: `--profile: "${profile}" cannot be a profile name.` };
	}
	if (!options.quickChecks) await core.loadFullChecks();
	/** Runs `action`; data the quick check refused, met before anything changed, is judged in full. */
	const checked = async <T>(action: () => T): Promise<T> => {
		try {
			return action();
		} catch (error) {
			if (!(error instanceof core.ChecksNotLoadedError)) throw error;
			await core.loadFullChecks();
			return action();
		}
	};
	const opened = await checked(() =>
		attemptStore(() => core.ScoreStore.open({ env, deferRead: options.isKnownGood === true })),
	);
	if (!opened.ok) return { ok: false, message: storeFailureText(opened.error) };
	const store = opened.value;
	if (store.warning) warn(store.warning);
	const ready = options.forWriting
		? await checked(() => attemptStore(() => store.prepareWrites()))
		: opened;
	return ready.ok ? { ok: true, store } : { ok: false, message: storeFailureText(ready.error) };
}

/** The store failure as the user reads it: its line, then what to do about it. */
export function storeFailureText(error: StoreError): string {
	switch (error.problem) {
		case 'busy':
			return error.message;
		case 'newer':
			return `${error.message}\nOr set QUIZLINE_STORE_DIR to another folder for this quizline.`;
		default:
			return `${error.message}\nFix that, or set QUIZLINE_STORE_DIR to a folder quizline can read and write.`;
	}
}

/**
 * Reads the whole store now (a store opened with `isKnownGood` leaves that for later), with
 * the full checks when the quick check leaves the data to them. A failure is left for the
 * next read to meet.
 */
export async function readWhole(store: ScoreStore): Promise<void> {
	const core = await import('../store/store-core.js');
	try {
		store.profileNames();
	} catch (error) {
		if (!(error instanceof core.ChecksNotLoadedError)) return;
		await core.loadFullChecks();
		try {
			store.profileNames();
		} catch {}
	}
}
