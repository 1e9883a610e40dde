import fs from 'node:fs';

/** A file's identity and size, taken from the open file it was read from. */
export type FileIdentity = { readonly key: string; readonly bytes: number };

/** The identity of the file at `file` now, or undefined when there is none. */
export function identityOf(file: string): FileIdentity | undefined {
	try {
		return identity(fs.statSync(file));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

const identity = (stats: fs.Stats): FileIdentity => ({
	key: `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`,
	bytes: stats.size,
});

/** Reads the whole file with its identity at the time; undefined when there is none. */
export function readWithIdentity(
	file: string,
): { readonly text: string; readonly identity: FileIdentity } | undefined {
	return withOpenFile(file, (fd) => {
		const stats = fs.fstatSync(fd);
		return { text: fs.readFileSync(fd, 'utf8'), identity: identity(stats) };
	});
}

/**
 * Runs `read` on the file opened for reading and closes it after; undefined when there is no
 * such file. Reading from one open file means its size, identity and text agree.
 */
export function withOpenFile<T>(file: string, read: (fd: number) => T): T | undefined {
	let fd: number;
	try {
		fd = fs.openSync(file, 'r');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	try {
		return read(fd);
	} finally {
		fs.closeSync(fd);
	}
}
