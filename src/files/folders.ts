import fs from 'node:fs';
import path from 'node:path';

/** Creates the folder and any folders above it that are missing. */
export function makeFolder(folder: string): void {
	fs.mkdirSync(folder, { recursive: true });
}

/** Throws the system's error when the existing file cannot be opened for writing. */
export function checkWritable(file: string): void {
	fs.closeSync(fs.openSync(file, 'r+'));
}

/** Why a new file cannot be made in the folder that would hold `file`, if it cannot. */
export function unwritableFolder(file: string): string | undefined {
	const folder = path.dirname(file);
	try {
		if (!fs.statSync(folder).isDirectory()) return `${folder} is not a folder`;
		fs.accessSync(folder, fs.constants.W_OK);
		return undefined;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === 'ENOENT' ? `the folder ${folder} does not exist` : `cannot write in ${folder}`;
	}
}
