// `quizline export` for the formats whose writers load only when asked for: Moodle XML, a QTI
// zip for Canvas and a Kahoot spreadsheet. Each says on standard error what it left out, by id.
import path from 'node:path';
import type { Bank } from '../core/bank/schema.js';
import { writeText } from '../files/write-text.js';
import type { FileFormat } from '../format/export/exporters.js';
import { type ExportFile, leftOutLines } from '../format/export/interchange.js';
import { defaultKahootTimer, kahootTimeLimits } from '../format/export/kahoot.js';
import { toKahootXlsx } from '../format/export/kahoot-xlsx.js';
import { toMoodleXml } from '../format/export/moodle-xml.js';
import { toQtiZip } from '../format/export/qti.js';
import { plural } from '../format/plural.js';
import { commandContext } from './context.js';
import type { ExportOptions } from './export.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

const writers: Record<
	FileFormat,
	(bank: Bank, name: string, timer: number) => Promise<ExportFile>
> = {
	'moodle-xml': async (bank, name) => toMoodleXml(bank, name),
	qti: async (bank, name) => toQtiZip(bank, name),
	kahoot: toKahootXlsx,
};

/** What a binary format's file is, for the message that asks for `-o`. */
const binaryFiles: Partial<Record<FileFormat, string>> = {
	qti: 'a zip file (e.g. -o quiz.zip)',
	kahoot: 'a spreadsheet (e.g. -o kahoot.xlsx)',
};

/** The time limit `--timer` names, or the message that lists Kahoot's. */
export function readKahootTimer(given: string | undefined): number | { problem: string } {
	if (given === undefined) return defaultKahootTimer;
	const seconds = Number(given.trim());
	if ((kahootTimeLimits as readonly number[]).includes(seconds)) return seconds;
	return {
		problem: `--timer ${given}: Kahoot's time limits are ${kahootTimeLimits.join(', ')} (seconds)`,
	};
}

/** Writes the bank as `format` to `options.output` (Moodle XML also to standard output). */
export async function exportFileCommand(
	format: FileFormat,
	options: ExportOptions,
	io: CommandIo,
): Promise<number> {
	const toStdout = options.output === undefined || options.output === '-';
	const binary = binaryFiles[format];
	if (toStdout && binary) {
		io.stderr.write(`${format} writes ${binary}, not text: name the file with -o\n`);
		return exitCode.badInput;
	}
	const timer = readKahootTimer(options.timer);
	if (typeof timer !== 'number') {
		io.stderr.write(`${timer.problem}\n`);
		return exitCode.badInput;
	}
	const loaded = await commandContext(io).loadBank(options.bank);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const file = await writers[format](loaded.bank, loaded.key, timer);
	for (const line of leftOutLines(file.leftOut)) io.stderr.write(`${line}\n`);
	for (const note of file.notes) io.stderr.write(`${note}\n`);
	if (toStdout || options.output === undefined) {
		// Only text reaches here: a binary format asked for -o above.
		if (typeof file.data === 'string') io.stdout.write(file.data);
		return exitCode.ok;
	}
	const failed = writeText(path.resolve(io.cwd, options.output), file.data);
	if (failed) {
		io.stderr.write(`cannot write ${options.output}: ${failed.message}\n`);
		return exitCode.badInput;
	}
	const leftOut = file.leftOut.length > 0 ? ` (${file.leftOut.length} left out)` : '';
	io.stderr.write(`${options.output}: ${plural(file.count, 'question')} as ${format}${leftOut}\n`);
	return exitCode.ok;
}
