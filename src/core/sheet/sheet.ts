import type { BankIssue } from '../bank/issue.js';

/** A place in a sheet file (1-based). */
export type SheetPlace = { readonly line: number; readonly col: number };

/** One answer as written on a sheet. */
export type SheetAnswer = SheetPlace & {
	/** The question id as written. */
	readonly id: string;
	/** The answer as written; null when left blank. */
	readonly answer: string | null;
	/**
	 * Part B of a two-part question as written (`support:`); absent when the sheet gives none.
	 * Null when written but left blank.
	 */
	readonly support?: string | null;
};

/** An answer sheet: whose it is, which bank it answers, and the answers in the order written. */
export type Sheet = {
	/** The sheet file as named to the user ("-" for standard input). */
	readonly file: string;
	readonly student: string | null;
	/** The bank the sheet names, if any: a file relative to the sheet, or a bank's name. */
	readonly bank: (SheetPlace & { readonly name: string }) | null;
	readonly answers: readonly SheetAnswer[];
	/** How many times the quiz sheet was started for these answers (`play --force` retakes). */
	readonly attempts?: number;
};

/** An `attempts:` value as written: a whole number from 1, or undefined. */
export function attemptsOf(text: string): number | undefined {
	return /^[1-9][0-9]{0,5}$/.test(text) ? Number(text) : undefined;
}

/** The formats an answer sheet can be written in. */
export const sheetFormats = ['yaml', 'json', 'csv'] as const;

/** One of `sheetFormats`. */
export type SheetFormat = (typeof sheetFormats)[number];

/** A sheet, or every problem that kept the text from being one. */
export type SheetResult =
	| { readonly ok: true; readonly sheet: Sheet }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/** Most answers one sheet may hold: more than any quiz asks, few enough to grade at once. */
export const maxSheetAnswers = 20_000;

/**
 * The sheet, or why it is refused when it holds more than `maxSheetAnswers` answers, at the first
 * answer past the limit. The fast YAML and JSON readers stop there, so a sheet of a million answers
 * is refused after reading 20,001 of them; how many more there are is not counted.
 */
export function limitAnswers(sheet: Sheet): SheetResult {
	if (sheet.answers.length <= maxSheetAnswers) return { ok: true, sheet };
	const first = sheet.answers[maxSheetAnswers] as SheetAnswer;
	const message = `too many answers: a sheet holds at most ${maxSheetAnswers.toLocaleString('en')}, and this is answer ${(maxSheetAnswers + 1).toLocaleString('en')}`;
	return { ok: false, issues: [{ file: sheet.file, line: first.line, col: first.col, message }] };
}
