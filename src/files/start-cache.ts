import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './atomic-write.js';
import { makeFolder } from './folders.js';

/** The start cache file's layout; another version is a miss. */
const layout = 1;
const fileName = 'start-profile.json';

/**
 * A name for the score file's bytes and its journal's as they are now (sha-1 of both, with
 * `context`), or undefined when there is no score file. Reading and hashing the bytes costs
 * a small part of parsing them.
 */
export function storeFingerprint(
	storePath: string,
	journalPath: string,
	context: string,
): string | undefined {
	const store = readBytes(storePath);
	if (store === undefined) return undefined;
	const journal = readBytes(journalPath);
	const hash = createHash('sha1').update(`${layout}\u0000${context}\u0000${store.length}\u0000`);
	hash.update(store);
	hash.update(journal === undefined ? '\u0000none' : `\u0000${journal.length}\u0000`);
	if (journal !== undefined) hash.update(journal);
	return hash.digest('base64url');
}

/** What was kept under `key` in `folder`; undefined when missing, of another key, or odd. */
export function readStartCache(folder: string, key: string): unknown {
	try {
		const text = fs.readFileSync(path.join(folder, fileName), 'utf8');
		const raw = JSON.parse(text) as { layout?: unknown; key?: unknown; value?: unknown };
		return raw.layout === layout && raw.key === key ? raw.value : undefined;
	} catch {
		return undefined;
	}
}

/** Keeps `value` under `key` in `folder`, replacing what was there; a failure is ignored. */
export function writeStartCache(folder: string, key: string, value: unknown): void {
	try {
		makeFolder(folder);
		writeAtomically(path.join(folder, fileName), JSON.stringify({ layout, key, value }), {
			flush: false,
		});
	} catch {
		// The cache only saves time.
	}
}

function readBytes(file: string): Buffer | undefined {
	try {
		return fs.readFileSync(file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}
