// Lint: what one run over several banks found, and the exit status it gives.
import type { BankIssue } from '../core/bank/issue.js';
import type { LintFinding } from './lint-bank.js';

/** One bank linted: how many questions it has and what the rules found in them. */
export type LintedBank = {
	readonly file: string;
	readonly questions: readonly { readonly id: string }[];
	readonly findings: readonly LintFinding[];
};

/** The banks linted and the problems of those that could not be (invalid or unreadable). */
export type LintRun = {
	readonly banks: readonly LintedBank[];
	readonly issues: readonly BankIssue[];
};

/** `error` when a bank was invalid, else `findings` when any rule found a flaw, else `clean`. */
export function lintStatus(run: LintRun): 'clean' | 'findings' | 'error' {
	if (run.issues.length > 0) return 'error';
	return run.banks.some((bank) => bank.findings.length > 0) ? 'findings' : 'clean';
}
