import type { BankIssue } from '../bank/issue.js';
import type { Question } from '../bank/schema.js';
import { answerSpan } from '../bank/verify.js';
import type { GradeDocument, ResultDocument, SheetDocument } from './grade-document-schema.js';
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
type GradeStatus = GradeDocument['status'];

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
	const sheetOf = sheetDocumentMaker();
	return { ...documentHead(run), sheets: run.entries.map(sheetOf), issues: issueDocuments(run) };
}

/**
 * `JSON.stringify(gradeDocument(run), null, 2)`, one sheet at a time: a class's results are
 * written as they come instead of as one string of tens of megabytes.
 */
export function* gradeDocumentText(run: GradeRun): Generator<string> {
	const shell = JSON.stringify(
		{ ...documentHead(run), sheets: [], issues: issueDocuments(run) },
		null,
		2,
	);
	const cut = shell.indexOf('"sheets": []') + '"sheets": ['.length;
	if (run.entries.length === 0) {
		yield `${shell}\n`;
		return;
	}
	yield `${shell.slice(0, cut)}\n`;
	const sheetOf = sheetDocumentMaker();
	for (const [index, entry] of run.entries.entries()) {
		const text = JSON.stringify(sheetOf(entry), null, 2).replaceAll('\n', '\n    ');
		yield `    ${text}${index < run.entries.length - 1 ? ',' : ''}\n`;
	}
	yield `  ${shell.slice(cut)}\n`;
}

function documentHead(run: GradeRun) {
	return {
		format: 'quizline-grade/1' as const,
		status: runStatus(run),
		totals: { sheets: run.entries.length, ...orderedTotals(runTotals(run)) },
	};
}

function issueDocuments(run: GradeRun): GradeDocument['issues'] {
	return run.issues.map((issue) => ({
		file: issue.file,
		line: issue.line,
		col: issue.col,
		questionId: issue.questionId ?? null,
		message: issue.message,
	}));
}

/** Makes sheet documents, working out each question's highlight once for all of them. */
function sheetDocumentMaker(): (entry: GradedEntry) => SheetDocument {
	const highlights = new Map<Question, string | null>();
	const highlightOf = (question: Question) => {
		let highlight = highlights.get(question);
		if (highlight === undefined) {
			const span = answerSpan(question);
			highlight = span ? question.source.quote.slice(span.start, span.end) : null;
			highlights.set(question, highlight);
		}
		return highlight;
	};
	return ({ graded, bank, articleFile }) => ({
		file: graded.sheet.file,
		student: graded.sheet.student,
		bank,
		totals: orderedTotals(graded.totals),
		results: graded.answers.map((answer) =>
			resultDocument(answer, articleFile, highlightOf(answer.question)),
		),
	});
}

function orderedTotals(totals: SheetTotals): SheetTotals {
	const { questions, right, wrong, missing } = totals;
	return { questions, right, wrong, missing };
}

/** One graded question as the JSON document shows it; `highlight` is the answer span. */
function resultDocument(
	answer: GradedAnswer,
	articleFile: string,
	highlight: string | null,
): ResultDocument {
	const { question } = answer;
	return {
		id: question.id,
		correct: answer.correct,
		verdict: answer.kind,
		given: answer.given,
		expected: answer.expected,
		slip: answer.slip ? { typed: answer.slip.typed, expected: answer.slip.expected } : null,
		message: answer.message,
		inPlace: answer.inPlace ? { right: answer.inPlace.right, of: answer.inPlace.of } : null,
		support: answer.support,
		explanation: question.explanation ?? null,
		source: {
			file: articleFile,
			line: question.source.line,
			quote: question.source.quote,
			highlight,
		},
	};
}
