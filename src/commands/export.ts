import path from 'node:path';
import { withByteOrderMark } from '../core/csv.js';
import { writeText } from '../files/write-text.js';
import {
	type ExportFormat,
	exporters,
	exportNotes,
	formatOfFileName,
	isFileFormat,
} from '../format/export/exporters.js';
import { giftCarries } from '../format/export/gift.js';
import { plural } from '../format/plural.js';
import { commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type ExportOptions = {
	readonly format?: ExportFormat;
	/** Kahoot's time limit for every question, in seconds (5, 10, 20, 30, 60, 90, 120, 240). */
	readonly timer?: string;
	/** Write to this file instead of standard output. */
	readonly output?: string;
	readonly bank?: string;
	/** Start a CSV with a UTF-8 byte order mark; by default when writing a file, not on stdout. */
	readonly bom?: boolean;
};

/**
 * `quizline export --format gift|tsv|csv|json|moodle-xml|qti|kahoot [-o FILE]`: the whole bank
 * for Moodle (GIFT, Moodle XML), Anki (TSV), spreadsheets (CSV), other programs (JSON), Canvas
 * (a QTI zip) or Kahoot (its spreadsheet). The format may also come from the output file's
 * extension.
 */
export async function exportCommand(options: ExportOptions, io: CommandIo): Promise<number> {
	const format = options.format ?? (options.output ? formatOfFileName(options.output) : undefined);
	if (!format) {
		io.stderr.write(
			'say which format: --format gift|tsv|csv|json|moodle-xml|qti|kahoot (or -o FILE.gift, .tsv, .csv, .json, .xml, .zip, .xlsx)\n',
		);
		return exitCode.badInput;
	}
	if (options.bom !== undefined && format !== 'csv') {
		io.stderr.write(`--bom and --no-bom are for --format csv, not ${format}\n`);
		return exitCode.badInput;
	}
	if (options.timer !== undefined && format !== 'kahoot') {
		io.stderr.write(`--timer is for --format kahoot, not ${format}\n`);
		return exitCode.badInput;
	}
	// Moodle XML, QTI and Kahoot load their writers (and libraries) only when asked for.
	if (isFileFormat(format))
		return (await import('./export-file.js')).exportFileCommand(format, options, io);
	const loaded = await commandContext(io).loadBank(options.bank);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const toStdout = options.output === undefined || options.output === '-';
	const written = exporters[format](loaded.bank, loaded.key);
	const text =
		format === 'csv' && (options.bom ?? !toStdout) ? withByteOrderMark(written) : written;
	for (const note of exportNotes[format](loaded.bank)) io.stderr.write(`${note}\n`);
	if (toStdout || options.output === undefined) {
		io.stdout.write(text);
		return exitCode.ok;
	}
	const failed = writeText(path.resolve(io.cwd, options.output), text);
	if (failed) {
		io.stderr.write(`cannot write ${options.output}: ${failed.message}\n`);
		return exitCode.badInput;
	}
	const count = loaded.bank.questions.filter(
		(question) => format !== 'gift' || giftCarries(question),
	).length;
	io.stderr.write(`${options.output}: ${plural(count, 'question')} as ${format}\n`);
	return exitCode.ok;
}
