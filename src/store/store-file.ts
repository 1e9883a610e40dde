import fs from 'node:fs';
import path from 'node:path';
import { currentSchemaVersion, emptyStoreData, type StoreData, storeDataSchema } from './schema.js';

/** What reading the score file found: valid data, or why the file cannot be used. */
export type StoreFileRead =
	| { readonly ok: true; readonly data: StoreData }
	| { readonly ok: false; readonly problem: string };

/** Reads and validates the score file; a missing file (or conf's bare `{}`) is an empty store. */
export function readStoreFile(filePath: string): StoreFileRead {
	let text: string;
	try {
		text = fs.readFileSync(filePath, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			return { ok: true, data: emptyStoreData() };
		throw error;
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'it is not valid JSON' };
	}
	if (isEmptyObject(raw)) return { ok: true, data: emptyStoreData() };
	const parsed = storeDataSchema.safeParse(raw);
	if (parsed.success) return { ok: true, data: parsed.data };
	return { ok: false, problem: describeProblem(raw, parsed.error.issues) };
}

/**
 * Moves an unusable score file aside as `<name>.corrupt-<timestamp>.json` in the same folder,
 * never overwriting an earlier backup, and returns the backup's path.
 */
export function backUpStoreFile(filePath: string, now: Date): string {
	const { dir, name, ext } = path.parse(filePath);
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	let backup = path.join(dir, `${name}.corrupt-${stamp}${ext}`);
	for (let n = 2; fs.existsSync(backup); n++) {
		backup = path.join(dir, `${name}.corrupt-${stamp}-${n}${ext}`);
	}
	fs.renameSync(filePath, backup);
	return backup;
}

function isEmptyObject(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.keys(value).length === 0
	);
}

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };

function describeProblem(raw: unknown, issues: readonly Issue[]): string {
	const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
	if (typeof version === 'number' && version > currentSchemaVersion) {
		return `it was written by a newer quizline (schemaVersion ${version})`;
	}
	const first = issues[0];
	if (!first) return 'it does not match the score schema';
	const where = first.path.map(String).join('.') || '(top level)';
	const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
	return `it does not match the score schema: ${where}: ${first.message}${more}`;
}
