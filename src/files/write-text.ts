import { writeFileSync } from 'node:fs';
import { writeErrorWords } from './file-error.js';

/**
 * Write a UTF-8 file (or bytes, for a zip or a spreadsheet); an error that says why in a few words ("no such folder"), never thrown.
 * `isNew` refuses to replace a file that exists.
 */
export function writeText(
	file: string,
	text: string | Uint8Array,
	isNew = false,
): Error | undefined {
	try {
		writeFileSync(file, text, { flag: isNew ? 'wx' : 'w' });
		return undefined;
	} catch (error) {
		return new Error(writeErrorWords(error));
	}
}
