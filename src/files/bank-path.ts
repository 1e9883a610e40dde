import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bundledBankName = path.join('questions', 'putin-xi-sco-2022.yaml');

/** The package folder: the nearest one above this module that holds the bundled bank. */
function packageRoot(from: string): string {
	const parent = path.dirname(from);
	if (existsSync(path.join(from, bundledBankName)) || parent === from) return from;
	return packageRoot(parent);
}

/** The bank that ships with quizline, used when no bank is named. */
export const bundledBankPath = path.join(
	packageRoot(path.dirname(fileURLToPath(import.meta.url))),
	bundledBankName,
);

/** A bank file as messages name it: as the user gave it; an absolute one inside `cwd`, relative. */
export function shownBankName(file: string, cwd: string): string {
	if (!path.isAbsolute(file)) return file;
	const relative = path.relative(cwd, file);
	return relative === '' || relative.startsWith('..') ? file : relative;
}

/** A short stable key for the store and reports: the bank file's name without extension. */
export function bankKey(file: string): string {
	return path.basename(file).replace(/\.ya?ml$/i, '');
}
