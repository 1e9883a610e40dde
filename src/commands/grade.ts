import path from 'node:path';
import { reportFromResults } from '../class/report.js';
import { formatResultsCsv } from '../class/results-csv.js';
import { resultRowsFromSheets } from '../class/sheet-rows.js';
import { gradeDocumentText, runStatus } from '../core/sheet/grade-run.js';
import { gradeSheetFiles } from '../files/grade-sheet-files.js';
import { writeText } from '../files/write-text.js';
import { formatClassReport } from '../format/class-report-text.js';
import { formatJunit } from '../format/junit.js';
import { formatRunIssues, gradeRunText } from '../format/sheet-text.js';
import { commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { junitClash, writeJunit } from './junit-output.js';

export type GradeOptions = {
	readonly bank?: string;
	/** Every question of the bank must be answered; the ones left off count as missing. */
	readonly all?: boolean;
	readonly json?: boolean;
	/** Also write JUnit XML to this file ("-" for standard output instead of the text). */
	readonly junit?: string;
	/** Also write the class results CSV here and print the class report. */
	readonly report?: string;
};

const exitCodeOf = { pass: exitCode.ok, fail: exitCode.wrong, error: exitCode.badInput } as const;

/**
 * `quizline grade SHEET… | -`: grade answer sheets. Prints per question the verdict, the answer
 * and the quoted line, then totals (or one JSON document, or JUnit XML). Exit 0 all right, 1 any
 * wrong or missing, 2 any sheet or bank invalid.
 */
export async function gradeCommand(
	files: readonly string[],
	options: GradeOptions,
	io: CommandIo,
): Promise<number> {
	if (junitClash(options, io)) return exitCode.badInput;
	const graded = await gradeSheetFiles(files, options, io);
	const classRows = options.report === undefined ? undefined : resultRowsFromSheets(graded);
	const run = classRows ? { ...graded, issues: [...graded.issues, ...classRows.issues] } : graded;
	if (run.issues.length > 0) io.stderr.write(formatRunIssues(run));
	const { style } = commandContext(io);
	if (options.json) {
		for (const text of gradeDocumentText(run)) io.stdout.write(text);
	} else if (options.junit !== '-') {
		for (const text of gradeRunText(run, style)) io.stdout.write(text);
	}
	if (classRows && options.report !== undefined) {
		const failed = writeText(
			path.resolve(io.cwd, options.report),
			formatResultsCsv(classRows.rows),
		);
		if (failed) {
			io.stderr.write(`cannot write ${options.report}: ${failed.message}\n`);
			return exitCode.badInput;
		}
		if (!options.json && options.junit !== '-') {
			io.stdout.write(`\n${formatClassReport(reportFromResults(classRows.rows), style)}`);
			io.stdout.write(`Class results: ${options.report}\n`);
		}
	}
	if (!writeJunit(options.junit, () => formatJunit(run), io)) return exitCode.badInput;
	return exitCodeOf[runStatus(run)];
}
