import { existsSync } from 'node:fs';

/** Whether anything (a file, a folder, a link) is at `file`. */
export function pathExists(file: string): boolean {
	return existsSync(file);
}
