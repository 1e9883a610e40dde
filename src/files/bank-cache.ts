// A cache of banks that passed validation, so `check`, `grade` and the other plain commands
// need neither the YAML parser nor zod when the bank has not changed. An entry holds the exact
// texts of the bank and its article that were validated and is used only when both files still
// read the same, byte for byte, and the code is the same build: it is never stale. Comparing
// the texts costs less than hashing them (loading node:crypto alone takes 10–20 ms). The folder
// is safe to delete at any time.

import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bank } from '../core/bank/schema.js';
import { hashSeed } from '../core/random.js';
import { writeAtomically } from './atomic-write.js';
import { readText } from './read-text.js';

/**
 * Where validated banks are cached: `$QUIZLINE_CACHE_DIR`; else a `cache` folder inside
 * `$QUIZLINE_STORE_DIR` (so one variable moves all of quizline's files, as tests do); else the
 * system's cache folder, named as conf names the score store's (quizline-nodejs).
 */
export function cacheDirectory(env: NodeJS.ProcessEnv, platform = process.platform): string {
	if (env.QUIZLINE_CACHE_DIR) return env.QUIZLINE_CACHE_DIR;
	if (env.QUIZLINE_STORE_DIR) return path.join(env.QUIZLINE_STORE_DIR, 'cache');
	// The places env-paths gives; importing it would load node:process, which opens stdin.
	const home = env.HOME ?? env.USERPROFILE ?? homedir();
	if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'quizline-nodejs');
	if (platform === 'win32') {
		const local = env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local');
		return path.join(local, 'quizline-nodejs', 'Cache');
	}
	return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'quizline-nodejs');
}

/** A validated bank and the article text it was validated against. */
export type CachedBank = { readonly bank: Bank; readonly articleText: string };

type Entry = {
	readonly code: string;
	readonly bankText: string;
	readonly articleText: string;
	readonly bank: Bank;
};

/** Set by the build (scripts/build.mjs) from the sources and the lock file. */
declare const QUIZLINE_BUILD_ID: string | undefined;

let codeIdentity: string | undefined;

/**
 * The running code: the build's id, or (running from source) this file's path, size and time.
 * A rebuild or an upgrade starts afresh.
 */
function codeId(): string {
	if (codeIdentity !== undefined) return codeIdentity;
	if (typeof QUIZLINE_BUILD_ID === 'string') codeIdentity = `build ${QUIZLINE_BUILD_ID}`;
	else {
		const file = fileURLToPath(import.meta.url);
		try {
			const stat = statSync(file);
			codeIdentity = `source ${file}\0${stat.size}\0${stat.mtimeMs}`;
		} catch {
			codeIdentity = `source ${file}`;
		}
	}
	codeIdentity = `quizline bank cache 1\0${codeIdentity}`;
	return codeIdentity;
}

/** One entry per bank file, named after it: `bank-NAME-HASH.json`, HASH from its full path. */
function entryPath(dir: string, bankPath: string): string {
	const name = path
		.basename(bankPath)
		.replace(/[^\w.-]+/g, '_')
		.slice(0, 60);
	return path.join(dir, `bank-${name}-${hashSeed(bankPath).toString(16)}.json`);
}

/**
 * The cached bank for exactly this text and its article as it is now (read within `limit`
 * bytes, as any article is); undefined otherwise.
 */
export function readCachedBank(
	dir: string,
	bankPath: string,
	bankText: string,
	limit: number,
): CachedBank | undefined {
	let entry: Partial<Entry> | null;
	try {
		entry = JSON.parse(readFileSync(entryPath(dir, bankPath), 'utf8')) as Partial<Entry> | null;
	} catch {
		return undefined;
	}
	if (entry?.code !== codeId() || entry.bankText !== bankText) return undefined;
	const { bank, articleText } = entry;
	const articleName = bank?.article?.file;
	if (typeof articleName !== 'string' || !Array.isArray(bank?.questions)) return undefined;
	const current = readText(path.resolve(path.dirname(bankPath), articleName), limit);
	return current === articleText ? { bank, articleText } : undefined;
}

/** Remember a bank that passed validation; a cache that cannot be written is silently skipped. */
export function writeCachedBank(
	dir: string,
	bankPath: string,
	bankText: string,
	cached: CachedBank,
): void {
	const entry: Entry = {
		code: codeId(),
		bankText,
		articleText: cached.articleText,
		bank: cached.bank,
	};
	const file = entryPath(dir, bankPath);
	try {
		mkdirSync(dir, { recursive: true });
		// Readers see the old entry or the new one; a cache lost in a crash is only rebuilt.
		writeAtomically(file, JSON.stringify(entry), { flush: false });
	} catch {
		// A read-only or full disk only costs speed; the draft is already gone.
	}
}
