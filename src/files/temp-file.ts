import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A file of its own in a new private temp folder, and how to remove both. */
export function makeTempFile(name: string, text: string): { path: string; remove(): void } {
	const folder = mkdtempSync(path.join(tmpdir(), 'quizline-'));
	const file = path.join(folder, name);
	writeFileSync(file, text, { mode: 0o600 });
	return {
		path: file,
		remove: () => rmSync(folder, { recursive: true, force: true }),
	};
}

/** Writes the temp file again (before the editor opens it once more). */
export function rewriteTempFile(file: string, text: string): void {
	writeFileSync(file, text);
}
