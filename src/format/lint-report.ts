// Format: a lint run as lines for a person, one JSON document, or JUnit XML for CI.
import { formatIssue } from '../core/bank/issue.js';
import { type LintRun, lintStatus } from '../lint/lint-run.js';
import { issueSuite, xml } from './junit.js';
import { plural } from './plural.js';

/** One line per finding (`file:line:col: question "id": rule: message (fix: …)`), then totals. */
export function lintText(run: LintRun): string {
	const lines = run.banks.flatMap((bank) =>
		bank.findings.length === 0
			? [`${bank.file}: clean (${plural(bank.questions.length, 'question')})`]
			: bank.findings.map(formatIssue),
	);
	const found = run.banks.reduce((sum, bank) => sum + bank.findings.length, 0);
	const flagged = run.banks.reduce(
		(sum, bank) => sum + new Set(bank.findings.map((finding) => finding.questionId)).size,
		0,
	);
	if (found > 0) lines.push(`${plural(found, 'finding')} in ${plural(flagged, 'question')}`);
	return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * The run as one JSON document (`quizline-lint/1`): `status`, `totals`, per bank its `file`,
 * `questions` and `findings` (`file`, `line`, `col`, `questionId`, `rule`, `defect`, `detail`,
 * `fix`, `message`), and the `issues` of banks that could not be linted.
 */
export function lintJson(run: LintRun): string {
	const findings = run.banks.flatMap((bank) => bank.findings);
	const document = {
		format: 'quizline-lint/1',
		status: lintStatus(run),
		totals: {
			banks: run.banks.length,
			questions: run.banks.reduce((sum, bank) => sum + bank.questions.length, 0),
			findings: findings.length,
		},
		banks: run.banks.map((bank) => ({
			file: bank.file,
			questions: bank.questions.length,
			findings: bank.findings.map((finding) => ({
				file: finding.file,
				line: finding.line,
				col: finding.col,
				questionId: finding.questionId,
				rule: finding.rule,
				defect: finding.defect,
				detail: finding.detail,
				fix: finding.fix,
				message: formatIssue(finding),
			})),
		})),
		issues: run.issues.map((issue) => ({
			file: issue.file,
			line: issue.line,
			col: issue.col,
			questionId: issue.questionId ?? null,
			message: issue.message,
		})),
	};
	return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The run as JUnit XML: a suite per bank, a test case per question, a failure per flawed
 * question listing its findings; a bank that could not be linted is a suite with an error.
 */
export function lintJunit(run: LintRun): string {
	const suites = run.banks.map((bank) => {
		const cases = bank.questions.map(({ id }) => {
			const open = `    <testcase classname="${xml(`quizline.lint.${bank.file}`)}" name="${xml(id)}"`;
			const found = bank.findings.filter((finding) => finding.questionId === id);
			if (found.length === 0) return `${open}/>\n`;
			const message = found.map((finding) => finding.rule).join(', ');
			const body = found.map(formatIssue).join('\n');
			return `${open}>\n      <failure message="${xml(message)}" type="lint">${xml(body)}</failure>\n    </testcase>\n`;
		});
		const failures = cases.filter((item) => item.includes('<failure')).length;
		return `  <testsuite name="${xml(bank.file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('')}  </testsuite>\n`;
	});
	const files = [...new Set(run.issues.map((issue) => issue.file))];
	for (const file of files)
		suites.push(
			issueSuite(
				file,
				run.issues.filter((issue) => issue.file === file),
			),
		);
	const tests = run.banks.reduce((sum, bank) => sum + bank.questions.length, 0) + files.length;
	const failures = suites.reduce((sum, suite) => sum + (suite.match(/<failure /g) ?? []).length, 0);
	const head = `<testsuites name="quizline lint" tests="${tests}" failures="${failures}" errors="${files.length}">`;
	return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('')}</testsuites>\n`;
}
