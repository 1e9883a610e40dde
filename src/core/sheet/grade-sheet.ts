import type { BankIssue } from '../bank/issue.js';
import type { Question } from '../bank/schema.js';
import { cutText } from '../cut-text.js';
import { answerText, gradeAnswer, resolveChoice, type Verdict } from '../grade/grade.js';
import type { Sheet } from './sheet.js';
import { unknownIdIssues } from './unknown-ids.js';

/** How one question of a sheet came out: a verdict, or `invalid` / `missing`. */
export type SheetVerdictKind = Verdict['kind'] | 'invalid' | 'missing';

/** One graded question of a sheet. */
export type GradedAnswer = {
	readonly question: Question;
	/** The answer as written; null when the sheet has none. */
	readonly given: string | null;
	readonly kind: SheetVerdictKind;
	readonly correct: boolean;
	/** The expected answer as shown to people. */
	readonly expected: string;
	/** For a near miss: the word as typed and as expected. */
	readonly slip: Verdict['slip'] | null;
	/** Why the answer could not be graded (kind `invalid`), e.g. "expected a number". */
	readonly message: string | null;
};

/** Counts over a sheet (or several): every question is right, wrong or missing. */
export type SheetTotals = {
	readonly questions: number;
	readonly right: number;
	/** Wrong answers, including those that could not be graded. */
	readonly wrong: number;
	/** Questions left blank (or, with `all`, not on the sheet). */
	readonly missing: number;
};

/** A sheet with every answer graded, in bank order. */
export type GradedSheet = {
	readonly sheet: Sheet;
	readonly answers: readonly GradedAnswer[];
	readonly totals: SheetTotals;
};

/** What to grade. */
export type GradeSheetOptions = {
	/** Every question of the bank must be answered: those left off the sheet count as missing. */
	readonly all?: boolean;
	/**
	 * The choices each question showed, in the order shown (a quiz sheet's frozen order): a letter
	 * or number on the sheet names the choice at that place, not the one at that place in the bank.
	 */
	readonly shown?: ReadonlyMap<string, readonly string[]>;
};

/** A graded sheet, or the ids it names that the bank does not have. */
type GradeSheetResult =
	| { readonly ok: true; readonly graded: GradedSheet }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/**
 * Grade an answer sheet against a bank's questions. Pure: the same sheet and questions always
 * give the same result. An unknown id makes the sheet invalid (with its `line:col`); an answer
 * of the wrong form (letters for a number) is graded `invalid` and counts as wrong.
 */
export function gradeSheet(
	questions: readonly Question[],
	sheet: Sheet,
	options: GradeSheetOptions = {},
): GradeSheetResult {
	const given = new Map(sheet.answers.map((answer) => [answer.id, answer.answer]));
	const unknown = unknownIdIssues(questions, sheet);
	if (unknown) return { ok: false, issues: unknown };
	const asked = options.all ? questions : questions.filter((question) => given.has(question.id));
	const answers = asked.map((question) =>
		gradeOne(question, given.get(question.id) ?? null, options.shown?.get(question.id)),
	);
	return { ok: true, graded: { sheet, answers, totals: totalsOf(answers) } };
}

/**
 * Answers longer than this are graded invalid, and only their start is kept: no answer of a bank
 * is nearly as long, and a 45 MB answer is not printed back.
 */
export const maxAnswerLength = 1000;

/**
 * Grade one question of a sheet; null is a blank. `shown` is the order the choices were shown in,
 * when it is not the bank's: letters and numbers are read against it.
 */
function gradeOne(
	question: Question,
	given: string | null,
	shown?: readonly string[],
): GradedAnswer {
	// One object shape for every outcome keeps grading a class's sheets fast.
	if (given === null) {
		const expected = answerText(question);
		return {
			question,
			given,
			kind: 'missing',
			correct: false,
			expected,
			slip: null,
			message: null,
		};
	}
	if (given.length > maxAnswerLength) {
		const message = `an answer of ${given.length.toLocaleString('en')} characters is not graded (at most ${maxAnswerLength.toLocaleString('en')})`;
		const expected = answerText(question);
		return {
			question,
			given: cutText(given),
			kind: 'invalid',
			correct: false,
			expected,
			slip: null,
			message,
		};
	}
	const verdict = gradeAnswer(
		question,
		shown && question.type === 'choice' ? inShownOrder(shown, given) : given,
	);
	if (verdict.kind === 'invalid') {
		const expected = answerText(question);
		const { message } = verdict;
		return { question, given, kind: 'invalid', correct: false, expected, slip: null, message };
	}
	const { kind, correct, expected } = verdict;
	return { question, given, kind, correct, expected, slip: verdict.slip ?? null, message: null };
}

/** The choice a letter or number names in the order shown; any other answer as written. */
function inShownOrder(shown: readonly string[], given: string): string {
	return resolveChoice(shown, given) ?? given;
}

/** Add up graded answers. */
function totalsOf(answers: readonly GradedAnswer[]): SheetTotals {
	let right = 0;
	let missing = 0;
	for (const answer of answers) {
		if (answer.correct) right++;
		else if (answer.kind === 'missing') missing++;
	}
	return { questions: answers.length, right, wrong: answers.length - right - missing, missing };
}

/** Add up the totals of several sheets. */
export function sumTotals(all: readonly SheetTotals[]): SheetTotals {
	return all.reduce(
		(sum, totals) => ({
			questions: sum.questions + totals.questions,
			right: sum.right + totals.right,
			wrong: sum.wrong + totals.wrong,
			missing: sum.missing + totals.missing,
		}),
		{ questions: 0, right: 0, wrong: 0, missing: 0 },
	);
}
