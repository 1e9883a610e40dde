import type { BankIssue } from '../bank/issue.js';
import { answerSpan } from '../bank/verify.js';
import type { GradeDocument, ResultDocument } from './grade-document-schema.js';
import { type GradedAnswer, type GradedSheet, type SheetTotals, sumTotals } from './grade-sheet.js';

/** One graded sheet and the bank it was graded against. */
export type GradedEntry = {
	readonly graded: GradedSheet;
	/** The bank's short name (its file name without extension). */
	readonly bank: string;
	/** The article file, as the bank names it. */
	readonly articleFile: string;
};

/** Everything a `grade` run found: graded sheets in the order given, and what kept others out. */
export type GradeRun = {
	readonly entries: readonly GradedEntry[];
	readonly issues: readonly BankIssue[];
};

/** pass: every answer right; fail: any wrong or missing; error: any sheet or bank invalid. */
export type GradeStatus = GradeDocument['status'];

/** The status of a run; the command turns it into exit code 0, 1 or 2. */
export function runStatus(run: GradeRun): GradeStatus {
	if (run.issues.length > 0) return 'error';
	const totals = runTotals(run);
	return totals.right === totals.questions ? 'pass' : 'fail';
}

/** Totals over every graded sheet of the run. */
export function runTotals(run: GradeRun): SheetTotals {
	return sumTotals(run.entries.map((entry) => entry.graded.totals));
}

/** The `--json` document, keys always in the documented order. */
export function gradeDocument(run: GradeRun): GradeDocument {
	const totals = runTotals(run);
	return {
		format: 'quizline-grade/1',
		status: runStatus(run),
		totals: { sheets: run.entries.length, ...orderedTotals(totals) },
		sheets: run.entries.map(({ graded, bank, articleFile }) => ({
			file: graded.sheet.file,
			student: graded.sheet.student,
			bank,
			totals: orderedTotals(graded.totals),
			results: graded.answers.map((answer) => resultDocument(answer, articleFile)),
		})),
		issues: run.issues.map((issue) => ({
			file: issue.file,
			line: issue.line,
			col: issue.col,
			questionId: issue.questionId ?? null,
			message: issue.message,
		})),
	};
}

function orderedTotals(totals: SheetTotals): SheetTotals {
	const { questions, right, wrong, missing } = totals;
	return { questions, right, wrong, missing };
}

/** One graded question as the JSON document shows it. */
export function resultDocument(answer: GradedAnswer, articleFile: string): ResultDocument {
	const { question } = answer;
	const span = answerSpan(question);
	return {
		id: question.id,
		correct: answer.correct,
		verdict: answer.kind,
		given: answer.given,
		expected: answer.expected,
		slip: answer.slip ? { typed: answer.slip.typed, expected: answer.slip.expected } : null,
		message: answer.message,
		explanation: question.explanation ?? null,
		source: {
			file: articleFile,
			line: question.source.line,
			quote: question.source.quote,
			highlight: span ? question.source.quote.slice(span.start, span.end) : null,
		},
	};
}
