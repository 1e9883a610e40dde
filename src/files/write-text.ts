import { writeFileSync } from 'node:fs';

/** Write a UTF-8 file; an error that says why in a few words ("no such folder"), never thrown. */
export function writeText(file: string, text: string): Error | undefined {
	try {
		writeFileSync(file, text);
		return undefined;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return new Error('no such folder');
		if (code === 'EISDIR') return new Error('it is a directory');
		if (code === 'EACCES' || code === 'EPERM') return new Error('permission denied');
		return error as Error;
	}
}
