import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomically } from './atomic-write.js';
import { makeFolder } from './folders.js';

/** The start cache files' layout; another version is a miss. */
const layout = 1;
/** The folder of the cache folder that holds them, one file per key. */
const folderName = 'start';
/** How many keys are kept: the most recently written (a few stores, profiles or banks). */
const kept = 4;

/**
 * A name for the score file's bytes and its journal's as they are now (sha-1 of both, with
 * `context`), or undefined when there is no score file. Reading and hashing the bytes costs
 * a small part of parsing them.
 */
export function storeFingerprint(
	storePath: string,
	journalPath: string,
	context: () => string,
): string | undefined {
	const store = readBytes(storePath);
	if (store === undefined) return undefined;
	const journal = readBytes(journalPath);
	const hash = createHash('sha1').update(`${layout}\u0000${context()}\u0000${store.length}\u0000`);
	hash.update(store);
	hash.update(journal === undefined ? '\u0000none' : `\u0000${journal.length}\u0000`);
	if (journal !== undefined) hash.update(journal);
	return hash.digest('base64url');
}

/** What was kept under `key` in `folder`; undefined when missing, of another key, or odd. */
export function readStartCache(folder: string, key: string): unknown {
	try {
		const text = fs.readFileSync(path.join(folder, folderName, `${key}.json`), 'utf8');
		const raw = JSON.parse(text) as { layout?: unknown; key?: unknown; value?: unknown };
		return raw.layout === layout && raw.key === key ? raw.value : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Keeps `value` under `key` in `folder`, and of the other keys only the most recently kept;
 * a failure is ignored (the cache only saves time).
 */
export function writeStartCache(folder: string, key: string, value: unknown): void {
	try {
		const files = path.join(folder, folderName);
		makeFolder(files);
		const file = path.join(files, `${key}.json`);
		writeAtomically(file, JSON.stringify({ layout, key, value }), { flush: false });
		const others = fs
			.readdirSync(files)
			.filter((name) => name.endsWith('.json') && name !== `${key}.json`)
			.map((name) => ({ name, at: modified(path.join(files, name)) }))
			.sort((a, b) => b.at - a.at);
		for (const old of others.slice(kept - 1))
			fs.rmSync(path.join(files, old.name), { force: true });
	} catch {}
}

function modified(file: string): number {
	try {
		return fs.statSync(file).mtimeMs;
	} catch {
		return 0;
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

/**
 * What names the process's time zone without asking Intl (whose first use loads the zone
 * data): TZ, else the link or bytes of /etc/localtime where there is one, and the zone rules
 * Node carries; undefined where neither says (then Intl must be asked).
 */
export function timeZoneName(env: NodeJS.ProcessEnv): string | undefined {
	const rules = process.versions.tz ?? '';
	if (env.TZ !== undefined) return `TZ=${env.TZ}/${rules}`;
	try {
		return `link=${fs.readlinkSync('/etc/localtime')}/${rules}`;
	} catch {}
	try {
		const bytes = fs.readFileSync('/etc/localtime');
		return `bytes=${createHash('sha1').update(bytes).digest('base64url')}/${rules}`;
	} catch {
		return undefined;
	}
}
