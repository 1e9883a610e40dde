// Saving a live session: the results CSV and the score store, then the report for the terminal.
import path from 'node:path';
import { dayKey } from '../core/calendar.js';
import { freePath } from '../files/free-path.js';
import { writeText } from '../files/write-text.js';
import { formatClassReport } from '../format/class-report-text.js';
import type { Style } from '../format/style.js';
import type { ClassState } from '../live/class-state.js';
import type { ScoreStore } from '../store/score-store.js';
import { type ClassReport, reportFromResults, reportFromTallies } from './report.js';
import { formatResultsCsv, formatTallyCsv } from './results-csv.js';
import { resultRows, tallyRows } from './rows.js';

/** Where a session's results go. */
export type ResultTarget = {
	readonly store: ScoreStore;
	/** The bank's key, as the store names banks. */
	readonly bank: string;
	readonly seed: string;
	/** The CSV file to write; a free name next to it is used if it exists, unless `replace`. */
	readonly csvPath: string;
	/** Write over `csvPath` if it exists (`host -o FILE --force`). */
	readonly replace?: boolean;
};

/** What saving did: the CSV written (or why not) and the report. */
export type SavedResults = {
	readonly csvPath: string | undefined;
	/** What could not be saved, one line each. */
	readonly problems: readonly string[];
	readonly report: ClassReport;
};

/** `quizline-class-2024-05-01-1030.csv`: a default results file name from the start time. */
export function defaultCsvName(start: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `quizline-class-${dayKey(start)}-${pad(start.getHours())}${pad(start.getMinutes())}.csv`;
}

/** Writes the CSV and stores the session; the store is written even if the CSV cannot be. */
export function saveClassResults(state: ClassState, target: ResultTarget): SavedResults {
	const isLocal = state.settings.isLocal;
	const rows = resultRows(state);
	const tallies = tallyRows(state);
	const report = isLocal ? reportFromTallies(tallies) : reportFromResults(rows);
	let csvPath: string | undefined = target.replace ? target.csvPath : freePath(target.csvPath);
	const problems: string[] = [];
	const failed = writeText(
		csvPath,
		isLocal ? formatTallyCsv(tallies) : formatResultsCsv(rows),
		target.replace !== true,
	);
	if (failed) {
		problems.push(`cannot write ${csvPath}: ${failed.message}`);
		csvPath = undefined;
	}
	try {
		saveToStore(state, target, rows, tallies, csvPath);
	} catch (error) {
		problems.push(`cannot save to the score store: ${(error as Error).message}`);
	}
	return { csvPath, problems, report };
}

function saveToStore(
	state: ClassState,
	target: ResultTarget,
	rows: ReturnType<typeof resultRows>,
	tallies: ReturnType<typeof tallyRows>,
	csvPath: string | undefined,
): void {
	const isLocal = state.settings.isLocal;
	target.store.saveClassSession({
		bank: target.bank,
		kind: isLocal ? 'local' : 'live',
		start: new Date(state.startedAt).toISOString(),
		end: new Date(state.endedAt ?? state.startedAt).toISOString(),
		endReason: state.endReason ?? 'stopped',
		seed: target.seed,
		speedBonus: state.settings.speedBonus,
		questionIds: state.items.slice(0, state.revealed).map((item) => item.question.id),
		players: state.players.map((player) => ({ name: player.name, score: player.score })),
		// The store keeps the question ids; the prompts are in the bank. Its results are right,
		// wrong or unanswered: a partial answer is stored wrong, with its credit beside it.
		answers: rows.map(({ prompt: _, result, ...row }) => ({
			...row,
			result: result === 'partial' ? 'wrong' : result,
		})),
		...(isLocal ? { tallies: tallies.map(({ prompt: _, ...tally }) => tally) } : {}),
		...(csvPath ? { csv: path.resolve(csvPath) } : {}),
	});
}

/** The report and where the CSV went, for the terminal after the host screen closes. */
export function formatSavedResults(saved: SavedResults, style: Style, cwd: string): string {
	const shown = saved.csvPath === undefined ? undefined : shortPath(saved.csvPath, cwd);
	const where = shown
		? [`Results: ${shown} (quizline report ${shown} prints this report again)`]
		: [];
	const lines = [...where, ...saved.problems.map((problem) => style.red(problem))];
	return `${formatClassReport(saved.report, style)}\n${lines.join('\n')}\n`;
}

/** A path relative to `cwd` when it lies inside it, else as it is. */
export function shortPath(file: string, cwd: string): string {
	const relative = path.relative(cwd, file);
	return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
