import { randomUUID } from 'node:crypto';
import {
	type AnswerInput,
	assertKey,
	findProfile,
	findSession,
	newSession,
	type SessionInit,
} from './changes.js';
import type { ClassSessionInput, ClassSessionRecord } from './class-schema.js';
import type { ProfileData, SessionRecord } from './schema.js';
import { emptyProfileData } from './schema-base.js';
import { StoreAccess } from './store-access.js';
import { lazyStoreConf } from './store-conf.js';
import type { StoreOptions } from './store-options.js';

export type { AnswerInput, SessionInit } from './changes.js';
export { ChecksNotLoadedError, loadFullChecks } from './checks.js';
export type { ClassSessionInput, ClassSessionRecord } from './class-schema.js';
export { StoreBusyError } from './lock.js';
export type {
	HistoryEntry,
	Mode,
	ProfileData,
	QuestionRecord,
	SessionAnswer,
	SessionRecord,
} from './schema.js';
export { attemptStore, StoreError, type StoreOutcome, type StoreProblem } from './store-error.js';
export type { StoreOptions } from './store-options.js';

/** When a change happened, if not now: a write retried later keeps the time it was made. */
export type ChangeTime = { readonly at?: Date };

/**
 * Profiles, answers and sessions in one JSON file kept by conf, with a journal of the changes
 * since it was last written whole. Every change is taken under a lock file, so several quizline
 * processes can share one store. File system failures are thrown as a StoreError, one line.
 */
export class ScoreStore {
	/**
	 * Opens the store at `dir`, `$QUIZLINE_STORE_DIR` or conf's default. A corrupt file is moved
	 * aside (see `warning`); one that cannot be read, or was written by a newer quizline, is a
	 * StoreError.
	 */
	static open(options: StoreOptions = {}): ScoreStore {
		const conf = lazyStoreConf(options);
		const now = options.now ?? (() => new Date());
		const limits = { now, compactAfterBytes: options.compactAfterBytes ?? 1_000_000 };
		const access = new StoreAccess(conf, limits, options.lock, options.deferRead);
		// Moves an unusable file aside now, so `warning` is set from the start.
		if (!options.deferRead) access.read();
		return new ScoreStore(access, now);
	}

	/** The JSON file. */
	readonly path: string;
	readonly #access: StoreAccess;
	readonly #now: () => Date;

	private constructor(access: StoreAccess, now: () => Date) {
		this.#access = access;
		this.path = access.path;
		this.#now = now;
	}

	/** Set when something had to be repaired (an unusable file moved aside …): one line. */
	get warning(): string | undefined {
		return this.#access.warning;
	}

	/** Checks that changes can be written now (the folder, the lock, the disk); else a StoreError. */
	prepareWrites(): void {
		this.#access.prepareWrites();
	}

	/**
	 * Runs `write` (calls of this store's change methods) once the lock is free, waiting for it
	 * without blocking the thread: a screen stays live while another quizline holds the store.
	 */
	whenFree<T>(write: () => T): Promise<T> {
		return this.#access.whenFree(write);
	}

	/** Starts a session for `profile` and returns its id (`id` when given). */
	startSession(
		profile: string,
		init: SessionInit,
		when: ChangeTime & { id?: string } = {},
	): string {
		const session = newSession(when.id ?? randomUUID(), init, this.#time(when));
		this.#access.commit(() => {
			assertKey('profile name', profile);
			return { op: 'start', profile, session };
		});
		return session.id;
	}

	/** Records one answer (and adds it to the session, if given); on disk when this returns. */
	recordAnswer(
		profile: string,
		sessionId: string | undefined,
		answer: AnswerInput,
		when: ChangeTime = {},
	): void {
		const at = this.#time(when);
		this.#access.commit((data) => {
			assertKey('profile name', profile);
			if (sessionId !== undefined) findSession(findProfile(data, profile), sessionId);
			return { op: 'answer', profile, session: sessionId, answer, at };
		});
	}

	/** Marks the session finished (the first finish time is kept). */
	finishSession(profile: string, sessionId: string, when: ChangeTime = {}): void {
		const at = this.#time(when);
		this.#access.commit((data) => {
			const session = findSession(findProfile(data, profile), sessionId);
			return session.end === undefined
				? { op: 'finish', profile, session: sessionId, at }
				: undefined;
		});
	}

	/** The profile as stored now (empty when there is none): a copy, though its records are shared
	 * and must not be changed (the store replaces them rather than change them). */
	profile(name: string): ProfileData {
		const found = findProfile(this.#access.read(), name);
		if (!found) return emptyProfileData();
		return { ...found, questions: { ...found.questions }, sessions: [...found.sessions] };
	}

	/** The names of all profiles, sorted. */
	profileNames(): string[] {
		return Object.keys(this.#access.read().profiles).sort();
	}

	/** The most recently started session of the profile that has no end yet. */
	lastUnfinishedSession(profile: string): SessionRecord | undefined {
		return this.profile(profile).sessions.findLast((session) => session.end === undefined);
	}

	/** Deletes the profile; false when there was none. */
	resetProfile(name: string): boolean {
		assertKey('profile name', name);
		return this.#access.commit((data) =>
			findProfile(data, name) ? { op: 'reset', profile: name } : undefined,
		);
	}

	/** Stores a class session a teacher ran and returns its id; on disk when this returns. */
	saveClassSession(input: ClassSessionInput): string {
		const record: ClassSessionRecord = { id: randomUUID(), ...input };
		this.#access.commit(() => ({ op: 'class', record }));
		return record.id;
	}

	/** The class sessions stored, oldest first. */
	classSessions(): ClassSessionRecord[] {
		return [...(this.#access.read().classSessions ?? [])];
	}

	#time(when: ChangeTime): string {
		return (when.at ?? this.#now()).toISOString();
	}
}
