// A cache of banks that passed validation, so `check`, `grade` and the other plain commands
// need neither the YAML parser nor zod when the bank has not changed. An entry is used only when
// the bank's and the article's texts are exactly those that were validated (their SHA-256 is
// compared) and the code is the same; the folder is safe to delete at any time.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import type { Bank } from '../core/bank/schema.js';
import { readText } from './read-text.js';

/**
 * Where validated banks are cached: `$QUIZLINE_CACHE_DIR`; else a `cache` folder inside
 * `$QUIZLINE_STORE_DIR` (so one variable moves all of quizline's files, as tests do); else the
 * system's cache folder (e.g. ~/.cache/quizline-nodejs on Linux).
 */
export function cacheDirectory(env: NodeJS.ProcessEnv): string {
	if (env.QUIZLINE_CACHE_DIR) return env.QUIZLINE_CACHE_DIR;
	if (env.QUIZLINE_STORE_DIR) return path.join(env.QUIZLINE_STORE_DIR, 'cache');
	return envPaths('quizline').cache;
}

/** A validated bank and the article text it was validated against. */
export type CachedBank = { readonly bank: Bank; readonly articleText: string };

type Entry = { readonly key: string; readonly articleHash: string; readonly bank: Bank };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let codeIdentity: string | undefined;

/** The running code (this module's file, its size and time): a rebuild or upgrade starts afresh. */
function codeId(): string {
	if (codeIdentity === undefined) {
		const file = fileURLToPath(import.meta.url);
		try {
			const stat = statSync(file);
			codeIdentity = `${file}\0${stat.size}\0${stat.mtimeMs}`;
		} catch {
			codeIdentity = file;
		}
	}
	return codeIdentity;
}

/** One entry per bank file, named by its path; the key inside says which texts it holds. */
function entryPath(dir: string, bankPath: string): string {
	return path.join(dir, `bank-${sha256(bankPath).slice(0, 32)}.json`);
}

function keyOf(bankText: string): string {
	return sha256(`quizline bank cache 1\0${codeId()}\0${bankText}`);
}

/** The cached bank for exactly this text and its article as it is now; undefined otherwise. */
export function readCachedBank(
	dir: string,
	bankPath: string,
	bankText: string,
): CachedBank | undefined {
	let entry: Partial<Entry>;
	try {
		entry = JSON.parse(readFileSync(entryPath(dir, bankPath), 'utf8')) as Partial<Entry>;
	} catch {
		return undefined;
	}
	const bank = entry?.bank;
	if (entry?.key !== keyOf(bankText) || !Array.isArray(bank?.questions)) return undefined;
	const articleName = bank?.article?.file;
	if (typeof articleName !== 'string') return undefined;
	const articleText = readText(path.resolve(path.dirname(bankPath), articleName));
	if (typeof articleText !== 'string' || sha256(articleText) !== entry.articleHash)
		return undefined;
	return { bank, articleText };
}

/** Remember a bank that passed validation; a cache that cannot be written is silently skipped. */
export function writeCachedBank(
	dir: string,
	bankPath: string,
	bankText: string,
	cached: CachedBank,
): void {
	const entry: Entry = {
		key: keyOf(bankText),
		articleHash: sha256(cached.articleText),
		bank: cached.bank,
	};
	const file = entryPath(dir, bankPath);
	const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
	try {
		mkdirSync(dir, { recursive: true });
		writeFileSync(temporary, JSON.stringify(entry));
		renameSync(temporary, file); // readers see the old entry or the new one, never half of one
	} catch {
		// A read-only or full disk only costs speed.
	}
}
