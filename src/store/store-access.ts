import path from 'node:path';
import { checkWritable, makeFolder } from '../files/folders.js';
import { pathExists } from '../files/path-exists.js';
import type { StoreChange } from './apply-change.js';
import { fullChecks, loadFullChecks } from './checks.js';
import { journalPathFor } from './journal-file.js';
import { type LockOptions, withLock, withLockWhenFree } from './lock.js';
import { isPlainChange } from './quick-check.js';
import type { StoreData } from './schema.js';
import type { StoreConf } from './store-conf.js';
import { attemptStore, newerStoreError, StoreError, storeErrorFrom } from './store-error.js';
import { appendChange, repairView, type StoreLimits } from './store-repair.js';
import { loadView, refreshView, type StorePaths, type StoreView } from './store-view.js';

/**
 * Locked, validated access to conf's file and the journal beside it. A change is one line
 * appended to the journal under the lock; once the journal outgrows the file it is folded into
 * it (written whole by conf). Reads replay only the lines added since the last read, so neither
 * costs more as the history grows. An unusable file is moved aside, never dropped.
 */
export class StoreAccess {
	/** The JSON file. */
	readonly path: string;
	readonly #paths: StorePaths;
	readonly #limits: StoreLimits;
	readonly #lockOptions: LockOptions;
	#view: StoreView | undefined;
	readonly #warnings: string[] = [];
	/** True while `whenFree` holds the lock for the changes made inside it. */
	#isHeld = false;

	/** True until the data is first read, when the file was known good (see `deferRead`). */
	#isDeferred: boolean;

	constructor(
		file: StoreConf,
		limits: Omit<StoreLimits, 'conf'>,
		lock: LockOptions = {},
		deferRead = false,
	) {
		this.#isDeferred = deferRead;
		this.path = file.path;
		this.#paths = { store: file.path, journal: journalPathFor(file.path) };
		this.#limits = { ...limits, conf: file.conf };
		this.#lockOptions = lock;
	}

	/** One line about what was repaired (an unusable file moved aside …), once anything was. */
	get warning(): string | undefined {
		return this.#warnings.length > 0 ? this.#warnings.join(' ') : undefined;
	}

	/** The stored data as it is now; shared, so callers copy what they hand out. */
	read(): StoreData {
		this.#isDeferred = false;
		const read = this.#guard('read', () =>
			this.#view ? refreshView(this.#view, this.#paths) : loadView(this.#paths),
		);
		if (!read.ok && read.kind === 'newer') throw newerStoreError(this.path, read.problem);
		if (read.ok && read.view.cutUnder.length === 0 && read.view.badLines === 0) {
			this.#view = read.view;
			return read.view.data;
		}
		// Repairs write, under the lock; data that is merely odd can still be used unrepaired.
		const repaired = attemptStore(() => this.#writing(() => this.#fresh()));
		if (repaired.ok) return repaired.value.data;
		const { error } = repaired;
		if (!read.ok) {
			const message = `The score store ${this.path} could not be read (${read.problem}) and cannot be moved aside: ${error.summary}.`;
			throw new StoreError(error.problem, error.summary, message);
		}
		if (error.problem === 'newer') throw error;
		this.#note(`The score store ${this.path} holds data it cannot keep (${error.summary}).`);
		this.#view = read.view;
		return read.view.data;
	}

	/**
	 * Makes sure changes can be written now (the lock taken, so the folder takes new files; the
	 * journal, if any, writable); else throws. A store without a journal is written whole by its
	 * first change, not here: opening a store for writing costs no more than reading it.
	 */
	prepareWrites(): void {
		this.#writing(() => {
			// A file known good is not read here: only its journal, if any, is checked.
			if (this.#isDeferred && !this.#view) {
				if (pathExists(this.#paths.journal)) checkWritable(this.#paths.journal);
				return;
			}
			if (this.#fresh().journal) checkWritable(this.#paths.journal);
		});
	}

	/**
	 * Runs `prepare` on fresh data under the lock and stores the change it returns; none means
	 * nothing to change (false). A change that fails its schema is refused with a TypeError.
	 */
	commit(prepare: (data: StoreData) => StoreChange | undefined): boolean {
		return this.#writing(() => {
			const view = this.#fresh();
			const change = prepare(view.data);
			if (!change) return false;
			if (!isPlainChange(change)) {
				const checked = fullChecks().change(change);
				if (!checked.ok) throw new TypeError(`Refusing to store invalid data: ${checked.message}`);
			}
			this.#view = appendChange(view, change, this.#paths, this.#limits);
			return true;
		});
	}

	/**
	 * Waits for the lock without blocking the thread, then runs `action` (changes made with
	 * `commit` inside it) under it. A failure to lock or write rejects with a StoreError.
	 */
	async whenFree<T>(action: () => T): Promise<T> {
		// Writes come after the first frame: the full checks they may need are loaded by then.
		await loadFullChecks();
		const held = () => {
			this.#isHeld = true;
			try {
				return action();
			} finally {
				this.#isHeld = false;
			}
		};
		return this.#guard('write', () => {
			makeFolder(path.dirname(this.path));
			return withLockWhenFree(`${this.path}.lock`, held, this.#lockOptions);
		}).catch((error: unknown) => {
			this.#view = undefined;
			throw storeErrorFrom(error, this.path, 'write') ?? error;
		});
	}

	/** Under the lock: the view brought up to date and repaired. */
	#fresh(): StoreView {
		const read = this.#view ? refreshView(this.#view, this.#paths) : loadView(this.#paths);
		if (!read.ok && read.kind === 'newer') throw newerStoreError(this.path, read.problem);
		// A repair may replay journal lines only the full checks can judge: have them before
		// anything is moved aside (a ChecksNotLoadedError here has changed nothing).
		if (!read.ok || read.view.cutUnder.length > 0 || read.view.badLines > 0) fullChecks();
		const repaired = repairView(read, this.#paths, this.#limits);
		for (const note of repaired.notes) this.#note(note);
		this.#view = repaired.view;
		return repaired.view;
	}

	/** Runs `action` under the lock, with file system failures as StoreErrors. */
	#writing<T>(action: () => T): T {
		return this.#guard('write', () => {
			if (this.#isHeld) return action();
			makeFolder(path.dirname(this.path));
			return withLock(`${this.path}.lock`, action, this.#lockOptions);
		});
	}

	/** A file system failure becomes a StoreError, and the view is read afresh next time. */
	#guard<T>(doing: 'read' | 'write', action: () => T): T {
		try {
			return action();
		} catch (error) {
			this.#view = undefined;
			throw storeErrorFrom(error, this.path, doing) ?? error;
		}
	}

	#note(line: string): void {
		if (!this.#warnings.includes(line)) this.#warnings.push(line);
	}
}
