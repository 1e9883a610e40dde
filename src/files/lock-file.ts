import { randomUUID } from 'node:crypto';
import fs from 'node:fs';

// The file operations a lock file needs; what a lock means (who holds it, when it is abandoned)
// is the store's business.

/**
 * Creates `file` with `content` already inside, unless it exists (false): a private draft is
 * written, then hard-linked to the name (the link fails if the name is taken). A writer killed
 * at any point never leaves an empty file behind.
 */
export function createWithContent(file: string, content: string): boolean {
	const draft = `${file}.${process.pid}-${randomUUID()}.draft`;
	fs.writeFileSync(draft, content);
	try {
		fs.linkSync(draft, file);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw error;
	} finally {
		fs.rmSync(draft, { force: true });
	}
}

/** The file's text, or undefined when it cannot be read (gone, most often). */
export function readIfThere(file: string): string | undefined {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** Removes the file; nothing when there is none. */
export function removeFile(file: string): void {
	fs.rmSync(file, { force: true });
}

/** Renames `file` to `to` (atomic: of two movers, one wins); false when it could not. */
export function moveTo(file: string, to: string): boolean {
	try {
		fs.renameSync(file, to);
		return true;
	} catch {
		return false;
	}
}

/** Links `to` to the file at `file` again, unless `to` exists meanwhile. */
export function linkBack(file: string, to: string): void {
	try {
		fs.linkSync(file, to);
	} catch {}
}

/** A file and its age, anything else, or nothing. */
export type EntryAt =
	| { readonly kind: 'file'; readonly ageMs: number }
	| { readonly kind: 'other' }
	| { readonly kind: 'none' };

/** What is at `file` (not following a link): a file and its age, anything else, or nothing. */
export function entryAt(file: string): EntryAt {
	let stats: fs.Stats;
	try {
		stats = fs.lstatSync(file);
	} catch {
		return { kind: 'none' };
	}
	return stats.isFile() ? { kind: 'file', ageMs: Date.now() - stats.mtimeMs } : { kind: 'other' };
}

/** Removes a file, or an empty folder; a folder with anything in it stays, never deleted. */
export function removeFileOrEmptyFolder(file: string): void {
	try {
		if (fs.lstatSync(file).isDirectory()) fs.rmdirSync(file);
		else fs.rmSync(file, { force: true });
	} catch {}
}
