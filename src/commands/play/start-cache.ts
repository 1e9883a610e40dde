import type { LoadedBank } from '../../files/load-bank.js';
import {
	readStartCache,
	storeFingerprint,
	timeZoneName,
	writeStartCache,
} from '../../files/start-cache.js';
import { journalPathFor } from '../../store/journal-file.js';
import type { ProfileData } from '../../store/schema.js';
import { storeFilePath } from '../../store/store-options.js';
import { asStartProfile, startContext, startProfile } from './start-profile.js';

/** The trainer's start cache for one profile and bank: what it kept, and how to keep it anew. */
export type StartCache = {
	/** The profile's start part kept for the store's bytes as they are; undefined on a miss. */
	readonly profile: ProfileData | undefined;
	/**
	 * Keeps `read()`'s start part for the store's bytes (nothing when it fails), when they are the same before and after
	 * it reads them (so what it read is what they hold).
	 */
	keep(read: () => ProfileData): void;
};

/**
 * The start cache in `folder` for the score store `env` names: keyed by the store's bytes
 * (the file and its journal), the profile, the bank and its questions, and the time zone, so
 * any change to the store, by any writer, is a miss.
 */
export function openStartCache(
	folder: string,
	env: NodeJS.ProcessEnv,
	profile: string,
	loaded: LoadedBank,
): StartCache {
	const store = storeFilePath({ env });
	const journal = journalPathFor(store);
	const ids = loaded.bank.questions.map((question) => question.id);
	let contextText: string | undefined;
	// Worked out once: every fingerprint of the run hashes the same context.
	const context = () => {
		contextText ??= JSON.stringify([
			profile,
			startContext(loaded.key, ids, timeZoneName(process.env)),
		]);
		return contextText;
	};
	const fingerprint = () => {
		try {
			return storeFingerprint(store, journal, context);
		} catch {
			return undefined;
		}
	};
	const key = fingerprint();
	const kept = key === undefined ? undefined : asStartProfile(readStartCache(folder, key));
	return {
		profile: kept,
		keep(read) {
			const before = fingerprint();
			if (before === undefined || (kept && before === key)) return;
			let part: ProfileData;
			try {
				part = startProfile(read(), loaded.key, new Set(ids));
			} catch {
				return; // a store that cannot be read now is met by the next read that needs it
			}
			if (fingerprint() === before) writeStartCache(folder, before, part);
		},
	};
}
