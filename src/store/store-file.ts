import path from 'node:path';
import { backUpFile } from '../files/back-up.js';
import { readWithIdentity } from '../files/file-identity.js';
import { type CheckIssue, fullChecks } from './checks.js';
import { cutDeepNesting, maxNesting } from './nesting.js';
import { isPlainStoreData } from './quick-check.js';
import type { StoreData } from './schema.js';
import { currentSchemaVersion, emptyStoreData } from './schema-base.js';

/** What reading the score file found: valid data, or why the file cannot be used. */
export type StoreFileRead =
	| {
			readonly ok: true;
			readonly data: StoreData;
			/** The top-level keys under which data nested too deep was left out (mostly none). */
			readonly cutUnder: readonly string[];
	  }
	/** `newer`: written by a newer quizline, to be left as it is; `corrupt`: unusable. */
	| { readonly ok: false; readonly kind: 'corrupt' | 'newer'; readonly problem: string };

let parses = 0;

/** How many times this process has parsed a score file's text (for tests: once per start). */
export const storeTextParses = (): number => parses;

/**
 * Parses and validates the score file's text; empty JSON (conf's bare `{}`) is an empty store.
 * Data as quizline writes it passes the quick check; anything else goes to the full schemas
 * (a ChecksNotLoadedError when they are not loaded: load them and call again).
 */
export function parseStoreText(text: string): StoreFileRead {
	parses++;
	let raw: unknown;
	try {
		// Editors on some systems save UTF-8 with a byte order mark; JSON.parse rejects it.
		raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch {
		return { ok: false, kind: 'corrupt', problem: 'it is not valid JSON' };
	}
	if (isEmptyObject(raw)) return { ok: true, data: emptyStoreData(), cutUnder: [] };
	const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
	if (typeof version === 'number' && version > currentSchemaVersion) {
		const problem = `it was written by a newer quizline (schemaVersion ${version}; this one reads ${currentSchemaVersion})`;
		return { ok: false, kind: 'newer', problem };
	}
	// Data that passes the quick check has the store's own shape, nested a few levels at most.
	if (isPlainStoreData(raw)) return { ok: true, data: raw, cutUnder: [] };
	const checks = fullChecks();
	const cutUnder = cutDeepNesting(raw, maxNesting);
	const parsed = checks.storeData(raw);
	if (!parsed.ok) return { ok: false, kind: 'corrupt', problem: describeProblem(parsed.issues) };
	return { ok: true, data: parsed.data, cutUnder };
}

/** Reads and validates the score file; a missing file is an empty store. */
export function readStoreFile(filePath: string): StoreFileRead {
	const read = readWithIdentity(filePath);
	return read ? parseStoreText(read.text) : { ok: true, data: emptyStoreData(), cutUnder: [] };
}

/**
 * Keeps a store file that cannot stay as it is as `<name>.corrupt-<timestamp><ext>` in the
 * same folder, never overwriting an earlier backup, and returns the backup's path. `move`
 * renames the file; otherwise it is copied and stays.
 */
export function backUpStoreFile(filePath: string, now: Date, move = true): string {
	const { dir, name, ext } = path.parse(filePath);
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	return backUpFile(filePath, path.join(dir, `${name}.corrupt-${stamp}${ext}`), move);
}

function isEmptyObject(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.keys(value).length === 0
	);
}

function describeProblem(issues: readonly CheckIssue[]): string {
	const first = issues[0];
	if (!first) return 'it does not match the score schema';
	const where = first.path.map(String).join('.') || '(top level)';
	const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
	return `it does not match the score schema: ${where}: ${first.message}${more}`;
}
