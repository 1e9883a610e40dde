import { identityOf, readWithIdentity } from '../files/file-identity.js';
import { applyChange } from './apply-change.js';
import { fullChecks } from './checks.js';
import { type JournalRead, readJournal } from './journal-file.js';
import { cutDeepNesting, maxNesting } from './nesting.js';
import { isPlainChange } from './quick-check.js';
import type { StoreData } from './schema.js';
import { currentSchemaVersion, emptyStoreData } from './schema-base.js';
import { parseStoreText } from './store-file.js';

/** Where the score file and its journal are. */
export type StorePaths = { readonly store: string; readonly journal: string };

/** The store as last read: the data, and how far into which files it was read. */
export type StoreView = {
	readonly data: StoreData;
	/** The score file's identity when read ('' when there was none) and its size. */
	readonly snapshot: { readonly key: string; readonly bytes: number };
	/** The journal read so far; undefined when none holds changes for this snapshot. */
	journal: { readonly ino: number; end: number } | undefined;
	/** The identity of a journal file found that does not follow this snapshot (left out). */
	readonly ignored?: string;
	/** The top-level keys of the score file under which data nested too deep was left out. */
	readonly cutUnder: readonly string[];
	/** How many journal lines could not be read as changes (and were left out). */
	readonly badLines: number;
};

/** A view, or why the score file cannot be used. */
export type ViewRead =
	| { readonly ok: true; readonly view: StoreView }
	| { readonly ok: false; readonly kind: 'corrupt' | 'newer'; readonly problem: string };

/**
 * Reads the score file and replays its journal. With `salvage` (the score file has just been
 * moved aside as unusable), the journal's changes are replayed onto an empty store whatever
 * snapshot they followed, so that the answers only they hold are kept.
 */
export function loadView(paths: StorePaths, salvage = false): ViewRead {
	const read = salvage ? undefined : readWithIdentity(paths.store);
	const parsed = read
		? parseStoreText(read.text)
		: { ok: true as const, data: emptyStoreData(), cutUnder: [] };
	if (!parsed.ok) return parsed;
	const journal = readJournal(paths.journal);
	const header = journal?.lines[0] === undefined ? undefined : parseHeader(journal.lines[0]);
	if (header && header.schemaVersion > currentSchemaVersion) {
		const problem = `its journal was written by a newer quizline (schemaVersion ${header.schemaVersion})`;
		return { ok: false, kind: 'newer', problem };
	}
	const view: StoreView = {
		data: parsed.data,
		snapshot: read?.identity ?? { key: '', bytes: 0 },
		journal: undefined,
		cutUnder: parsed.cutUnder,
		badLines: 0,
	};
	if (!journal) return { ok: true, view };
	if (header && (salvage || header.id === parsed.data.journal)) {
		return { ok: true, view: replay(view, { ...journal, lines: journal.lines.slice(1) }) };
	}
	const ignored = identityOf(paths.journal)?.key;
	return { ok: true, view: ignored === undefined ? view : { ...view, ignored } };
}

/**
 * Brings a view up to date: only the journal lines added since are read while the score file
 * is the one read before; anything else is read afresh.
 */
export function refreshView(view: StoreView, paths: StorePaths): ViewRead {
	const snapshot = identityOf(paths.store);
	if ((snapshot?.key ?? '') !== view.snapshot.key) return loadView(paths);
	if (!view.journal) {
		// Another writer may have started the journal this snapshot names.
		const journal = identityOf(paths.journal)?.key;
		return journal === undefined || journal === view.ignored ? { ok: true, view } : loadView(paths);
	}
	const journal = readJournal(paths.journal, view.journal.end);
	if (!journal || journal.ino !== view.journal.ino) return loadView(paths);
	return { ok: true, view: replay(view, journal) };
}

function replay(view: StoreView, read: JournalRead): StoreView {
	let badLines = view.badLines;
	for (const line of read.lines) {
		const change = parseChange(line);
		if (change) applyChange(view.data, change);
		else badLines++;
	}
	return { ...view, journal: { ino: read.ino, end: read.end }, badLines };
}

function parseChange(line: string) {
	let raw: unknown;
	try {
		raw = JSON.parse(line);
	} catch {
		return undefined;
	}
	if (isPlainChange(raw)) return raw;
	const checks = fullChecks();
	if (cutDeepNesting(raw, maxNesting).length > 0) return undefined;
	const parsed = checks.change(raw);
	return parsed.ok ? parsed.change : undefined;
}

function parseHeader(line: string): { id: string; schemaVersion: number } | undefined {
	try {
		const raw = JSON.parse(line.startsWith('\uFEFF') ? line.slice(1) : line);
		const { journal: id, schemaVersion } = raw as Record<string, unknown>;
		if (typeof id === 'string' && typeof schemaVersion === 'number') return { id, schemaVersion };
	} catch {}
	return undefined;
}
