import { type BankIssue, formatIssue } from '../core/bank/issue.js';
import type { GradedEntry, GradeRun } from '../core/sheet/grade-run.js';
import { runTotals } from '../core/sheet/grade-run.js';
import type { GradedAnswer } from '../core/sheet/grade-sheet.js';
import { verdictDetail } from './verdict-parts.js';

/**
 * A grade run as JUnit XML, which CI systems show natively: one test suite per sheet, one test
 * case per question; a failure carries the expected answer and the quoted line; a sheet or bank
 * that could not be graded is a suite with an error.
 */
export function formatJunit(run: GradeRun): string {
	const totals = runTotals(run);
	const issueFiles = [...new Set(run.issues.map((issue) => issue.file))];
	const suites = [
		...run.entries.map(entrySuite),
		...issueFiles.map((file) =>
			issueSuite(
				file,
				run.issues.filter((issue) => issue.file === file),
			),
		),
	];
	const head = `<testsuites name="quizline grade" tests="${totals.questions + issueFiles.length}" failures="${totals.questions - totals.right}" errors="${issueFiles.length}">`;
	return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('')}</testsuites>\n`;
}

function entrySuite({ graded, bank }: GradedEntry): string {
	const name = graded.sheet.student
		? `${graded.sheet.file} (${graded.sheet.student})`
		: graded.sheet.file;
	const { questions, right } = graded.totals;
	const cases = graded.answers.map((answer) => testCase(answer, `quizline.${bank}`)).join('');
	return `  <testsuite name="${xml(name)}" tests="${questions}" failures="${questions - right}" errors="0" skipped="0">\n${cases}  </testsuite>\n`;
}

function testCase(answer: GradedAnswer, className: string): string {
	const open = `    <testcase classname="${xml(className)}" name="${xml(answer.question.id)}"`;
	if (answer.correct) return `${open}/>\n`;
	const { line, quote } = answer.question.source;
	const given = answer.given === null ? '(no answer)' : answer.given;
	const detail =
		answer.kind === 'partial' || answer.kind === 'wrong' ? verdictDetail(answer) : undefined;
	const body = [
		`Question: ${answer.question.prompt}`,
		`Given: ${given}`,
		...(answer.support?.given != null ? [`Given part B: ${answer.support.given}`] : []),
		...(answer.message ? [`Cannot grade it: ${answer.message}`] : []),
		...(detail ? [detail] : []),
		`Expected: ${answer.expected}`,
		...(answer.support ? [`Expected part B: ${answer.support.expected}`] : []),
		`Line ${line}: ${quote}`,
		...(answer.question.explanation ? [answer.question.explanation] : []),
	].join('\n');
	const message = `expected: ${answer.expected}`;
	return `${open}>\n      <failure message="${xml(message)}" type="${answer.kind}">${xml(body)}</failure>\n    </testcase>\n`;
}

/** A bank or sheet that could not be read, as a suite with one error listing its problems. */
export function issueSuite(file: string, issues: readonly BankIssue[]): string {
	const body = issues.map(formatIssue).join('\n');
	const first = issues[0] ? issues[0].message : 'invalid input';
	return `  <testsuite name="${xml(file)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="quizline" name="${xml(file)}">\n      <error message="${xml(first)}" type="invalid-input">${xml(body)}</error>\n    </testcase>\n  </testsuite>\n`;
}

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 cannot hold
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** Text safe inside XML 1.0 content and attributes; characters XML cannot hold become U+FFFD. */
export function xml(text: string): string {
	return text.replace(notXml, '\uFFFD').replace(/[&<>"']/g, (char) => entities[char] ?? char);
}
