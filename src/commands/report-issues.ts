import { type BankIssue, formatIssue } from '../core/bank/issue.js';
import { type CommandIo, exitCode } from './io.js';

/** Print a bank's problems to stderr and return the bad-input exit code. */
export function reportIssues(issues: readonly BankIssue[], io: CommandIo): number {
	for (const issue of issues) io.stderr.write(`${formatIssue(issue)}\n`);
	return exitCode.badInput;
}
