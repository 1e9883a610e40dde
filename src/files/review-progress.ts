import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { hashSeed } from '../core/random.js';
import { writeAtomically } from './atomic-write.js';
import { cacheDirectory } from './bank-cache.js';

// Where a review stopped, kept beside the bank cache. The decisions themselves are in the bank
// (curated, or on its `rejected:` list); this holds only the reviewer's place and counts, which
// are safe to lose and are nobody else's business: the bank a class plays carries no cursor.

/** A review's place, as saved after every decision. */
export type SavedReview = {
	readonly file: string;
	readonly filter: string;
	readonly queue: readonly string[];
	readonly decisions: Readonly<Record<string, string>>;
	/** The id on screen; undefined once past the last. */
	readonly at?: string;
};

/** The file that holds the review of the bank at `bankFile` (an absolute path). */
export function reviewProgressFile(bankFile: string, env: NodeJS.ProcessEnv): string {
	const name = `${hashSeed(bankFile).toString(36)}.json`;
	return path.join(cacheDirectory(env), 'review', name);
}

/** The saved review of that bank, or undefined when there is none (or it does not read). */
export function readReviewProgress(file: string, bankFile: string): SavedReview | undefined {
	try {
		const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedReview;
		const isList = Array.isArray(saved.queue) && saved.queue.every((id) => typeof id === 'string');
		return saved.file === bankFile && isList && typeof saved.decisions === 'object'
			? saved
			: undefined;
	} catch {
		return undefined;
	}
}

/** Saves a review's place; an error is returned, never thrown (the bank is what matters). */
export function writeReviewProgress(file: string, saved: SavedReview): Error | undefined {
	try {
		mkdirSync(path.dirname(file), { recursive: true });
		writeAtomically(file, `${JSON.stringify(saved)}\n`, { flush: false });
		return undefined;
	} catch (error) {
		return error as Error;
	}
}

/** Forgets a finished review. */
export function removeReviewProgress(file: string): void {
	rmSync(file, { force: true });
}
