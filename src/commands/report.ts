import path from 'node:path';
import { reportFromResults, reportFromTallies } from '../class/report.js';
import { parseClassCsv } from '../class/results-csv.js';
import { inputLimit } from '../files/input-limit.js';
import { readText } from '../files/read-text.js';
import { formatClassReport } from '../format/class-report-text.js';
import { commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type ReportOptions = { readonly json?: boolean };

/** `quizline report FILE.csv`: the per-question class report from a results file. Exit 0 or 2. */
export async function reportCommand(file: string, options: ReportOptions, io: CommandIo) {
	const text = readText(path.resolve(io.cwd, file), inputLimit(io.env));
	if (text instanceof Error) {
		io.stderr.write(`${file}: cannot read the results: ${text.message}\n`);
		return exitCode.badInput;
	}
	const parsed = parseClassCsv(text, file);
	if (!parsed.ok) return reportIssues(parsed.issues, io);
	const report =
		parsed.kind === 'results' ? reportFromResults(parsed.rows) : reportFromTallies(parsed.rows);
	if (options.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
	else io.stdout.write(formatClassReport(report, commandContext(io).style));
	return exitCode.ok;
}
