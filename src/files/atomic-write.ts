// Called as fs.x (not imported by name) so that tests can make one call fail.
import fs from 'node:fs';

// Draft names are told apart by process, count and chance, without node:crypto: this module is
// on the start-up path (the bank cache), and loading node:crypto costs every start a few ms.
let drafts = 0;

/**
 * Writes a file whole or not at all: a draft in the same folder, flushed to disk, then renamed
 * over the target, so readers see the old file or the new one, never half of one. On failure
 * the draft is removed and the error thrown. `flush: false` skips the wait for the disk, for a
 * cache that may be lost.
 */
export function writeAtomically(
	file: string,
	text: string,
	options: { flush?: boolean } = {},
): void {
	const draft = `${file}.${process.pid}-${++drafts}-${Math.random().toString(36).slice(2)}.draft`;
	try {
		fs.writeFileSync(draft, text, { flush: options.flush ?? true });
		fs.renameSync(draft, file);
	} catch (error) {
		try {
			fs.rmSync(draft, { force: true });
		} catch {}
		throw error;
	}
}
