import fs from 'node:fs';
import { freePath } from './free-path.js';

/**
 * Keeps `file` under the name `backup`, or `backup` with `-2`, `-3`… before its extension when
 * that exists, never overwriting anything; returns the name used. `move` renames the file;
 * otherwise it is copied and stays.
 */
export function backUpFile(file: string, backup: string, move: boolean): string {
	const free = freePath(backup);
	if (move) fs.renameSync(file, free);
	else fs.copyFileSync(file, free, fs.constants.COPYFILE_EXCL);
	return free;
}
