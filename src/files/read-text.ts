import { readFileSync } from 'node:fs';

/** A file's UTF-8 text, or an error that says why in a few words ("no such file"). */
export function readText(file: string): string | Error {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return new Error('no such file');
		if (code === 'EISDIR') return new Error('it is a directory');
		if (code === 'EACCES') return new Error('permission denied');
		return error as Error;
	}
}
