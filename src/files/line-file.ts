import fs from 'node:fs';
import { writeAtomically } from './atomic-write.js';
import { withOpenFile } from './file-identity.js';

/** Complete lines read from a file of lines, from some offset on. */
export type LinesRead = {
	/** The file's inode: a file started anew is another file. */
	readonly ino: number;
	/** The offset just past the last complete line: where the next read starts. */
	readonly end: number;
	/** The complete lines read, without line breaks; a line still being written is left. */
	readonly lines: readonly string[];
};

/** Reads the file's complete lines from byte `from` on; undefined when there is no file. */
export function readCompleteLines(file: string, from = 0): LinesRead | undefined {
	return withOpenFile(file, (fd) => {
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
	});
}

/**
 * Appends one line at `end`, flushed to disk, cutting off first what lies past it (a line a
 * failed or killed writer left half written); returns the new end. A failed write is undone as
 * far as it can be, so that a retry does not add the line twice.
 */
export function appendLineAt(file: string, line: string, end: number): number {
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

/** Starts the file anew, holding only `firstLine` (written whole, then renamed in). */
export function startLineFile(file: string, firstLine: string): LinesRead {
	writeAtomically(file, `${firstLine}\n`);
	const { ino, size } = fs.statSync(file);
	return { ino, end: size, lines: [] };
}
