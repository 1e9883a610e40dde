import type { BankIssue } from '../bank/issue.js';

/** A place in a sheet file (1-based). */
export type SheetPlace = { readonly line: number; readonly col: number };

/** One answer as written on a sheet. */
export type SheetAnswer = SheetPlace & {
	/** The question id as written. */
	readonly id: string;
	/** The answer as written; null when left blank. */
	readonly answer: string | null;
};

/** An answer sheet: whose it is, which bank it answers, and the answers in the order written. */
export type Sheet = {
	/** The sheet file as named to the user ("-" for standard input). */
	readonly file: string;
	readonly student: string | null;
	/** The bank the sheet names, if any: a file relative to the sheet, or a bank's name. */
	readonly bank: (SheetPlace & { readonly name: string }) | null;
	readonly answers: readonly SheetAnswer[];
};

/** The formats an answer sheet can be written in. */
export const sheetFormats = ['yaml', 'json', 'csv'] as const;

/** One of `sheetFormats`. */
export type SheetFormat = (typeof sheetFormats)[number];

/** A sheet, or every problem that kept the text from being one. */
export type SheetResult =
	| { readonly ok: true; readonly sheet: Sheet }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };
