import { randomUUID } from 'node:crypto';
import Conf from 'conf';
import { z } from 'zod';
import {
	type AnswerInput,
	applyAnswer,
	assertKey,
	ensureProfile,
	findProfile,
	findSession,
	newSession,
	type SessionInit,
} from './changes.js';
import {
	type ClassSessionInput,
	type ClassSessionRecord,
	classSessionSchema,
} from './class-schema.js';
import {
	emptyProfileData,
	type ProfileData,
	profileDataSchema,
	type SessionRecord,
	type StoreData,
} from './schema.js';
import { StoreAccess } from './store-access.js';
import { type StoreOptions, storeDirectory } from './store-options.js';

export type { AnswerInput, SessionInit } from './changes.js';
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
export type { StoreOptions } from './store-options.js';

/**
 * Profiles, answers and sessions in one JSON file kept by conf. Every change re-reads the file
 * and writes it back under a lock file, so several quizline processes can share one store.
 */
export class ScoreStore {
	/** Opens the store at `dir`, `$QUIZLINE_STORE_DIR` or conf's default; never throws for a corrupt file. */
	static open(options: StoreOptions = {}): ScoreStore {
		const cwd = storeDirectory(options);
		// No `defaults`, so conf writes nothing here; `clearInvalidConfig` keeps its constructor
		// from throwing on bad JSON, which StoreAccess then backs up (conf alone would drop it).
		const conf = new Conf<StoreData>({
			projectName: 'quizline',
			configName: 'scores',
			clearInvalidConfig: true,
			...(cwd ? { cwd } : {}),
		});
		const now = options.now ?? (() => new Date());
		const access = new StoreAccess(conf, now, options.lock);
		access.read(); // moves an unusable file aside now, so `warning` is set from the start
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

	/** Set when an unreadable store was moved aside: one line naming the backup file. */
	get warning(): string | undefined {
		return this.#access.warning;
	}

	/** Starts a session for `profile` and returns its id. */
	startSession(profile: string, init: SessionInit): string {
		const session = newSession(randomUUID(), init, this.#now().toISOString());
		this.#change(profile, (target) => {
			target.sessions.push(session);
		});
		return session.id;
	}

	/** Records one answer (and adds it to the session, if given); on disk when this returns. */
	recordAnswer(profile: string, sessionId: string | undefined, answer: AnswerInput): void {
		const at = this.#now().toISOString();
		this.#change(profile, (target) => {
			const session = sessionId === undefined ? undefined : findSession(target, sessionId);
			applyAnswer(target, session, answer, at);
		});
	}

	/** Marks the session finished (the first finish time is kept). */
	finishSession(profile: string, sessionId: string): void {
		const end = this.#now().toISOString();
		this.#change(profile, (target) => {
			findSession(target, sessionId).end ??= end;
		});
	}

	/** A copy of the profile as stored now (empty when there is none); changing it changes nothing. */
	profile(name: string): ProfileData {
		return findProfile(this.#access.read(), name) ?? emptyProfileData();
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
		return this.#access.update((data) => {
			if (!findProfile(data, name)) return false;
			delete data.profiles[name];
			return true;
		});
	}

	/** Stores a class session a teacher ran and returns its id; on disk when this returns. */
	saveClassSession(input: ClassSessionInput): string {
		const record: ClassSessionRecord = { id: randomUUID(), ...input };
		const checked = classSessionSchema.safeParse(record);
		if (!checked.success) {
			throw new TypeError(`Refusing to store invalid data:\n${z.prettifyError(checked.error)}`);
		}
		this.#access.update((data) => {
			data.classSessions = [...(data.classSessions ?? []), checked.data];
			return true;
		});
		return record.id;
	}

	/** The class sessions stored, oldest first. */
	classSessions(): ClassSessionRecord[] {
		return this.#access.read().classSessions ?? [];
	}

	/** Edits one profile on fresh data under the lock; the result is checked before writing. */
	#change(profile: string, edit: (target: ProfileData) => void): void {
		this.#access.update((data) => {
			const target = ensureProfile(data, profile);
			edit(target);
			// Refuse bad input (NaN, an unknown mode) here, so the file never becomes unreadable.
			const checked = profileDataSchema.safeParse(target);
			if (!checked.success) {
				throw new TypeError(`Refusing to store invalid data:\n${z.prettifyError(checked.error)}`);
			}
			return true;
		});
	}
}
