import { existsSync } from 'node:fs';
import path from 'node:path';

/** `file.csv`, or `file-2.csv`, `file-3.csv`… whichever does not exist yet: nothing is overwritten. */
export function freePath(file: string): string {
	const { dir, name, ext } = path.parse(file);
	let candidate = file;
	for (let n = 2; existsSync(candidate); n++) candidate = path.join(dir, `${name}-${n}${ext}`);
	return candidate;
}

/** Whether anything is at `file`. */
export const fileExists = (file: string): boolean => existsSync(file);
