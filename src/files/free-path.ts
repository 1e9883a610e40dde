import path from 'node:path';
import { pathExists } from './path-exists.js';

/** `file.csv`, or `file-2.csv`, `file-3.csv`… whichever does not exist yet: nothing is overwritten. */
export function freePath(file: string): string {
	const { dir, name, ext } = path.parse(file);
	let candidate = file;
	for (let n = 2; pathExists(candidate); n++) candidate = path.join(dir, `${name}-${n}${ext}`);
	return candidate;
}
