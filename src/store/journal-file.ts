import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The journal beside the score file (`scores.json` → `scores.journal.jsonl`): one JSON change
 * per line, appended under the lock, after a first line naming the snapshot it follows.
 */
export function journalPathFor(storePath: string): string {
	const { dir, name } = path.parse(storePath);
	return path.join(dir, `${name}.journal.jsonl`);
}

/** Complete lines read from a journal, from some offset on. */
export type JournalRead = {
	/** The file's inode: a journal started anew is another file. */
	readonly ino: number;
	/** The offset just past the last complete line: where the next read starts. */
	readonly end: number;
	/** The complete lines read, without line breaks; a line still being written is left. */
	readonly lines: readonly string[];
};

/** Reads the journal's complete lines from byte `from` on; undefined when there is none. */
export function readJournal(file: string, from = 0): JournalRead | undefined {
	let fd: number;
	try {
		fd = fs.openSync(file, 'r');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	try {
		const { ino, size } = fs.fstatSync(fd);
		const buffer = Buffer.alloc(Math.max(0, size - from));
		let filled = 0;
		while (filled < buffer.length) {
			const got = fs.readSync(fd, buffer, filled, buffer.length - filled, from + filled);
			if (got === 0) break;
			filled += got;
		}
		const last = buffer.subarray(0, filled).lastIndexOf(0x0a);
		if (last < 0) return { ino, end: from, lines: [] };
		return { ino, end: from + last + 1, lines: buffer.toString('utf8', 0, last).split('\n') };
	} finally {
		fs.closeSync(fd);
	}
}

/**
 * Appends one line at `end`, cutting off first what lies past it (a line a failed or killed
 * writer left half written); returns the new end. A failed write is undone as far as it can be,
 * so that a retry does not count the change twice.
 */
export function appendJournalLine(file: string, line: string, end: number): number {
	const bytes = Buffer.from(`${line}\n`, 'utf8');
	const fd = fs.openSync(file, 'r+');
	try {
		if (fs.fstatSync(fd).size > end) fs.ftruncateSync(fd, end);
		try {
			let written = 0;
			while (written < bytes.length) {
				written += fs.writeSync(fd, bytes, written, bytes.length - written, end + written);
			}
			fs.fsyncSync(fd);
		} catch (error) {
			try {
				fs.ftruncateSync(fd, end);
			} catch {}
			throw error;
		}
		return end + bytes.length;
	} finally {
		fs.closeSync(fd);
	}
}

/** The first line of a journal that follows the snapshot whose `journal` field is `id`. */
export const journalHeader = (id: string, schemaVersion: number) =>
	JSON.stringify({ journal: id, schemaVersion });

/** Starts the journal anew, holding only its first line (written whole, then renamed in). */
export function startJournal(file: string, header: string): JournalRead {
	const draft = `${file}.${process.pid}-${randomUUID()}.draft`;
	try {
		fs.writeFileSync(draft, `${header}\n`, { flush: true });
		fs.renameSync(draft, file);
	} catch (error) {
		fs.rmSync(draft, { force: true });
		throw error;
	}
	const { ino, size } = fs.statSync(file);
	return { ino, end: size, lines: [] };
}
