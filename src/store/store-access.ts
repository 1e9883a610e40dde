import fs from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import { type LockOptions, withLock } from './lock.js';
import { emptyStoreData, type StoreData } from './schema.js';
import { backUpStoreFile, readStoreFile } from './store-file.js';

/**
 * Locked, validated access to conf's file: reads parse and check the JSON; every change is a
 * read-modify-write under the lock file; an unusable file is moved aside, never dropped.
 */
export class StoreAccess {
	/** The JSON file. */
	readonly path: string;
	readonly #conf: Conf<StoreData>;
	readonly #now: () => Date;
	readonly #lockPath: string;
	readonly #lockOptions: LockOptions;
	#warning: string | undefined;

	constructor(conf: Conf<StoreData>, now: () => Date, lockOptions: LockOptions = {}) {
		this.#conf = conf;
		this.path = conf.path;
		this.#now = now;
		this.#lockPath = `${conf.path}.lock`;
		this.#lockOptions = lockOptions;
		fs.mkdirSync(path.dirname(conf.path), { recursive: true });
	}

	/** One line naming the backup file, once an unusable store has been moved aside. */
	get warning(): string | undefined {
		return this.#warning;
	}

	/** The stored data, read without the lock (conf writes atomically); an unusable file is
	 * moved aside under the lock. */
	read(): StoreData {
		const read = readStoreFile(this.path);
		if (read.ok) return read.data;
		return this.#locked(() => this.#load());
	}

	/** Runs `edit` on fresh data under the lock and writes the data back when it returns true. */
	update(edit: (data: StoreData) => boolean): boolean {
		return this.#locked(() => {
			const data = this.#load();
			const changed = edit(data);
			// conf's setter writes to a temporary file and renames it (via `atomically`).
			if (changed) this.#conf.store = data;
			return changed;
		});
	}

	#locked<T>(action: () => T): T {
		return withLock(this.#lockPath, action, this.#lockOptions);
	}

	/** Reads the file; an unusable one is moved aside and an empty store returned. */
	#load(): StoreData {
		const read = readStoreFile(this.path);
		if (read.ok) return read.data;
		const backup = backUpStoreFile(this.path, this.#now());
		this.#warning =
			`The score store ${this.path} could not be read (${read.problem}); ` +
			`its content was kept in ${backup} and a new, empty store was started.`;
		return emptyStoreData();
	}
}
