import path from 'node:path';
import {
	appendLineAt,
	type LinesRead,
	readCompleteLines,
	startLineFile,
} from '../files/line-file.js';

/**
 * The journal beside the score file (`scores.json` → `scores.journal.jsonl`): one JSON change
 * per line, appended under the lock, after a first line naming the snapshot it follows.
 */
export function journalPathFor(storePath: string): string {
	const { dir, name } = path.parse(storePath);
	return path.join(dir, `${name}.journal.jsonl`);
}

/** Complete lines read from a journal, from some offset on. */
export type JournalRead = LinesRead;

/** Reads the journal's complete lines from byte `from` on; undefined when there is none. */
export const readJournal: (file: string, from?: number) => JournalRead | undefined =
	readCompleteLines;

/**
 * Appends one change at `end` (what a failed or killed writer left half written is cut off
 * first); returns the new end. A failed write is undone so a retry does not count it twice.
 */
export const appendJournalLine: (file: string, line: string, end: number) => number = appendLineAt;

/** The first line of a journal that follows the snapshot whose `journal` field is `id`. */
export const journalHeader = (id: string, schemaVersion: number) =>
	JSON.stringify({ journal: id, schemaVersion });

/** Starts the journal anew, holding only its first line (written whole, then renamed in). */
export const startJournal: (file: string, header: string) => JournalRead = startLineFile;
