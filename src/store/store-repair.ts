import { randomUUID } from 'node:crypto';
import type Conf from 'conf';
import { identityOf } from '../files/file-identity.js';
import { applyChange, type StoreChange } from './apply-change.js';
import { appendJournalLine, journalHeader, startJournal } from './journal-file.js';
import { maxNesting } from './nesting.js';
import type { StoreData } from './schema.js';
import { currentSchemaVersion } from './schema-base.js';
import { newerStoreError } from './store-error.js';
import { backUpStoreFile } from './store-file.js';
import { loadView, type StorePaths, type StoreView, type ViewRead } from './store-view.js';

/** What writing the store needs besides its paths. */
export type StoreLimits = {
	/** The conf that writes the score file whole (made on first use). */
	readonly conf: () => Conf<StoreData>;
	readonly now: () => Date;
	/** The journal is folded into the file once larger than this and than the file. */
	readonly compactAfterBytes: number;
};

/** A view after a write, and the lines that tell the user what was repaired on the way. */
export type Repaired = { readonly view: StoreView; readonly notes: readonly string[] };

/** Appends one change to the journal (or folds, when the journal is due) and applies it. */
export function appendChange(
	view: StoreView,
	change: StoreChange,
	paths: StorePaths,
	limits: StoreLimits,
): StoreView {
	const { journal } = view;
	if (!journal || journal.end > Math.max(limits.compactAfterBytes, view.snapshot.bytes)) {
		applyChange(view.data, change);
		return foldJournal(view, paths, limits).view;
	}
	journal.end = appendJournalLine(paths.journal, JSON.stringify(change), journal.end);
	applyChange(view.data, change);
	return view;
}

/**
 * Writes the view's data whole as the score file (through conf, atomically) and starts an empty
 * journal that follows it. Data left out when reading is kept first in a backup copy.
 */
export function foldJournal(view: StoreView, paths: StorePaths, limits: StoreLimits): Repaired {
	const notes: string[] = [];
	if (view.cutUnder.length > 0) {
		const backup = backUpStoreFile(paths.store, limits.now(), false);
		const under = view.cutUnder.map((key) => `"${key}"`).join(', ');
		notes.push(
			`The score store ${paths.store} held data nested more than ${maxNesting} levels deep under ${under}, which quizline does not keep; the file as it was is kept in ${backup}.`,
		);
	}
	if (view.badLines > 0) {
		const backup = backUpStoreFile(paths.journal, limits.now(), false);
		notes.push(
			`${view.badLines} lines of the score journal ${paths.journal} could not be read and were left out; the journal as it was is kept in ${backup}.`,
		);
	}
	const id = randomUUID();
	limits.conf().store = { ...view.data, journal: id };
	view.data.journal = id;
	// From here the data is on disk: a journal that cannot be started now fails no write (the
	// old one no longer follows the file and is not read); the next write tries again.
	const snapshot = identityOf(paths.store) ?? { key: '', bytes: 0 };
	const folded = { data: view.data, snapshot, journal: undefined, cutUnder: [], badLines: 0 };
	try {
		const { ino, end } = startJournal(paths.journal, journalHeader(id, currentSchemaVersion));
		return { view: { ...folded, journal: { ino, end } }, notes };
	} catch {
		const ignored = identityOf(paths.journal)?.key;
		return { view: ignored === undefined ? folded : { ...folded, ignored }, notes };
	}
}

/**
 * Makes a view usable on disk: an unusable score file is moved aside (the changes its journal
 * holds are kept) and a new one started; odd data is folded into a clean file.
 */
export function repairView(read: ViewRead, paths: StorePaths, limits: StoreLimits): Repaired {
	if (read.ok) {
		const { view } = read;
		const isOdd = view.cutUnder.length > 0 || view.badLines > 0;
		return isOdd ? foldJournal(view, paths, limits) : { view, notes: [] };
	}
	const backup = backUpStoreFile(paths.store, limits.now());
	const salvaged = loadView(paths, true);
	if (!salvaged.ok) throw newerStoreError(paths.store, salvaged.problem);
	const folded = foldJournal(salvaged.view, paths, limits);
	const note = `The score store ${paths.store} could not be read (${read.problem}); its content was kept in ${backup} and a new store was started.`;
	return { view: folded.view, notes: [note, ...folded.notes] };
}
