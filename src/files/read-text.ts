import {
	closeSync,
	constants,
	fstatSync,
	openSync,
	readSync,
	realpathSync,
	type Stats,
} from 'node:fs';
import path from 'node:path';
import { readError } from './file-error.js';
import { tooLargeError } from './input-limit.js';

// Every bank, article and answer sheet is read here. Only a regular file is read, and at most
// `limit` bytes of it: a bank whose article is /dev/zero, a FIFO, a directory or a /proc entry
// (issue 10) is refused at once instead of read for ever or into all the memory there is.

/** Where the system keeps files that are not files (their size says 0, their text is made up). */
const systemFolders = ['/proc', '/sys'];

/** A file's UTF-8 text, or an error that says why in a few words ("no such file"). */
export function readText(file: string, limit: number): string | Error {
	const bytes = readBytes(file, limit);
	if (bytes instanceof Error) return bytes;
	const nul = bytes.indexOf(0);
	if (nul >= 0) return new Error(`it is not a text file (byte ${nul + 1} is a NUL)`);
	return bytes.toString('utf8');
}

/**
 * A regular file's bytes, at most `limit` of them; an error for anything else (a device, a FIFO,
 * a directory, a system file, a file over the limit). Symbolic links are followed, and what they
 * point at is checked.
 */
export function readBytes(file: string, limit: number): Buffer | Error {
	let fd: number;
	try {
		const real = realpathSync(file);
		if (isSystemPath(real)) return new Error(`it is a system file (${real}), not a text file`);
		// Non-blocking, so that opening a FIFO nobody writes to does not wait for a writer.
		fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		return readError(error);
	}
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return new Error(notRegular(stat));
		if (stat.size > limit) return tooLargeError(stat.size, limit);
		return readUpTo(fd, limit, stat.size);
	} catch (error) {
		return readError(error);
	} finally {
		closeSync(fd);
	}
}

/** The bytes of an open file, refused once more than `limit` come (a file may grow as it is read). */
function readUpTo(fd: number, limit: number, expected: number): Buffer | Error {
	const chunks: Buffer[] = [];
	let total = 0;
	for (;;) {
		const wanted = Math.max(expected - total + 1, 64 * 1024);
		const chunk = Buffer.allocUnsafe(Math.min(wanted, limit + 1 - total));
		const read = readSync(fd, chunk, 0, chunk.length, null);
		if (read === 0) break;
		chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
		total += read;
		if (total > limit) return tooLargeError(undefined, limit);
	}
	return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

function notRegular(stat: Stats): string {
	if (stat.isDirectory()) return 'it is a directory';
	if (stat.isFIFO()) return 'it is a named pipe (FIFO), not a regular file';
	if (stat.isSocket()) return 'it is a socket, not a regular file';
	return 'it is a device, not a regular file';
}

/** Whether a resolved path is inside the system's pseudo-file folders. */
function isSystemPath(real: string): boolean {
	return systemFolders.some((folder) => real === folder || real.startsWith(`${folder}${path.sep}`));
}
