import type { BankIssue } from '../bank/issue.js';
import type { Question } from '../bank/schema.js';
import { cutText } from '../cut-text.js';
import { answerText, gradeAnswer, resolveChoice, type Verdict } from '../grade/grade.js';
import type { OrderCount } from '../grade/grade-order.js';
import type { Sheet, SheetAnswer } from './sheet.js';
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
	/** An order question: how many items stand in their place, of how many; null otherwise. */
	readonly inPlace: OrderCount | null;
	/** A two-part question's part B; null for a question without one. */
	readonly support: GradedSupport | null;
};

/** Part B of a two-part question as graded: null `correct` when part A was wrong (B does not count). */
export type GradedSupport = {
	/** Part B as written; null when the sheet gives none. */
	readonly given: string | null;
	readonly correct: boolean | null;
	/** The supporting line. */
	readonly expected: string;
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
	/** Part B's choices of each two-part question, in the order shown (a quiz sheet's). */
	readonly shownSupport?: ReadonlyMap<string, readonly string[]>;
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
	const given = new Map(sheet.answers.map((answer) => [answer.id, answer]));
	const unknown = unknownIdIssues(questions, sheet);
	if (unknown) return { ok: false, issues: unknown };
	const asked = options.all ? questions : questions.filter((question) => given.has(question.id));
	const answers = asked.map((question) =>
		gradeOne(question, given.get(question.id), {
			choices: options.shown?.get(question.id),
			support: options.shownSupport?.get(question.id),
		}),
	);
	return { ok: true, graded: { sheet, answers, totals: totalsOf(answers) } };
}

/**
 * Answers longer than this are graded invalid, and only their start is kept: no answer of a bank
 * is nearly as long, and a 45 MB answer is not printed back.
 */
export const maxAnswerLength = 1000;

/** The order a quiz sheet showed a question's choices and part B's choices in. */
type ShownOrder = {
	readonly choices?: readonly string[] | undefined;
	readonly support?: readonly string[] | undefined;
};

/**
 * Grade one question of a sheet; no answer or a null one is a blank. `shown` is the order the
 * choices were shown in, when it is not the bank's: letters and numbers are read against it.
 */
function gradeOne(
	question: Question,
	written: SheetAnswer | undefined,
	shown: ShownOrder,
): GradedAnswer {
	const given = written?.answer ?? null;
	const supportGiven = written?.support ?? null;
	// One object shape for every outcome keeps grading a class's sheets fast.
	const ungraded = (kind: 'missing' | 'invalid', message: string | null, cut = false) => ({
		question,
		given: given !== null && cut ? cutText(given) : given,
		kind,
		correct: false,
		expected: answerText(question),
		slip: null,
		message,
		inPlace: null,
		support: question.support
			? {
					given: supportGiven !== null && cut ? cutText(supportGiven) : supportGiven,
					correct: null,
					expected: question.support.answer,
				}
			: null,
	});
	if (given === null) return ungraded('missing', null);
	const tooLong = [given, supportGiven ?? ''].find((text) => text.length > maxAnswerLength);
	if (tooLong !== undefined)
		return ungraded(
			'invalid',
			`an answer of ${tooLong.length.toLocaleString('en')} characters is not graded (at most ${maxAnswerLength.toLocaleString('en')})`,
			true,
		);
	const verdict = gradeAnswer(
		question,
		shown.choices && question.type === 'choice' ? inShownOrder(shown.choices, given) : given,
		supportGiven === null
			? undefined
			: shown.support
				? inShownOrder(shown.support, supportGiven)
				: supportGiven,
	);
	if (verdict.kind === 'invalid') return ungraded('invalid', verdict.message);
	const { kind, correct, expected } = verdict;
	return {
		question,
		given,
		kind,
		correct,
		expected,
		slip: verdict.slip ?? null,
		message: null,
		inPlace: verdict.inPlace ?? null,
		support: question.support
			? {
					given: supportGiven,
					correct: verdict.support?.correct ?? null,
					expected: question.support.answer,
				}
			: null,
	};
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
