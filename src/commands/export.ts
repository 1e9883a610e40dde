import path from 'node:path';
import { writeText } from '../files/write-text.js';
import {
	type ExportFormat,
	exporters,
	exportNotes,
	formatOfFileName,
	isFileFormat,
} from '../format/export/exporters.js';
import { hasGiftType } from '../format/export/gift.js';
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
};

/**
 * `quizline export --format gift|tsv|csv|json|moodle-xml|qti|kahoot [-o FILE]`: the whole bank
 * for Moodle (GIFT, Moodle XML), Anki (TSV), spreadsheets (CSV), other programs (JSON), Canvas
 * (a QTI zip) or Kahoot (its spreadsheet). The format may also come from the output file's
 * extension.
 */
export async function exportCommand(options: ExportOptions, io: CommandIo): Promise<number> {
	const format = options.format ?? (options.output ? formatOfFileName(options.output) : undefined);
	// Moodle XML, QTI and Kahoot load their writers (and libraries) only when asked for.
	if (format !== undefined && isFileFormat(format))
		return (await import('./export-file.js')).exportFileCommand(format, options, io);
	if (options.timer !== undefined) {
		io.stderr.write('--timer is for --format kahoot only\n');
		return exitCode.badInput;
	}
	if (!format) {
		io.stderr.write(
			'say which format: --format gift|tsv|csv|json|moodle-xml|qti|kahoot (or -o FILE.gift, .tsv, .csv, .json, .xml, .zip, .xlsx)\n',
		);
		return exitCode.badInput;
	}
	const loaded = await commandContext(io).loadBank(options.bank);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const text = exporters[format](loaded.bank, loaded.key);
	for (const note of exportNotes[format](loaded.bank)) io.stderr.write(`${note}\n`);
	if (options.output === undefined || options.output === '-') {
		io.stdout.write(text);
		return exitCode.ok;
	}
	const failed = writeText(path.resolve(io.cwd, options.output), text);
	if (failed) {
		io.stderr.write(`cannot write ${options.output}: ${failed.message}\n`);
		return exitCode.badInput;
	}
	const count = loaded.bank.questions.filter(
		(question) => format !== 'gift' || hasGiftType(question),
	).length;
	io.stderr.write(`${options.output}: ${plural(count, 'question')} as ${format}\n`);
	return exitCode.ok;
}
