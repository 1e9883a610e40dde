import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BankIssue } from '../core/bank/issue.js';
import type { GradedEntry, GradeRun } from '../core/sheet/grade-run.js';
import { type GradeSheetOptions, gradeSheet } from '../core/sheet/grade-sheet.js';
import { parseSheetQuickly } from '../core/sheet/parse-sheet-quickly.js';
import type { Sheet, SheetResult } from '../core/sheet/sheet.js';
import { bankKey, bundledBankPath } from './bank-path.js';
import { type GradingBank, loadGradingBank } from './grading-bank.js';
import { inputLimit } from './input-limit.js';
import { type InputStream, readInput } from './read-input.js';

/** What grading sheet files needs from the outside world. */
export type GradeFilesIo = {
	readonly cwd: string;
	readonly env: NodeJS.ProcessEnv;
	readonly stdin: InputStream;
};

/** Which bank to grade against, and how. */
export type GradeFilesOptions = GradeSheetOptions & {
	/** Grade every sheet against this bank, whatever the sheets name. */
	readonly bank?: string;
};

/**
 * Read, parse and grade answer sheets ("-" is standard input), each against the bank given,
 * else the one the sheet names, else the bundled bank. Problems come back in the run's issues,
 * never thrown; each bank is loaded once.
 */
export async function gradeSheetFiles(
	files: readonly string[],
	options: GradeFilesOptions,
	io: GradeFilesIo,
): Promise<GradeRun> {
	const entries: GradedEntry[] = [];
	const issues: BankIssue[] = [];
	const banks = new Map<string, Promise<GradingBank>>();
	let stdinUsed = false;
	const limit = inputLimit(io.env);
	for (const file of files) {
		if (file === '-' && stdinUsed) {
			issues.push({ file, line: 0, col: 0, message: 'standard input can be read only once' });
			continue;
		}
		stdinUsed ||= file === '-';
		const text = await readInput(file, io.stdin, io.cwd, limit);
		if (typeof text !== 'string') {
			issues.push({ file, line: 0, col: 0, message: `cannot read the sheet: ${text.message}` });
			continue;
		}
		const parsed = await parseSheetLazily(text, file);
		if (!parsed.ok) {
			for (const issue of parsed.issues) issues.push(issue);
			continue;
		}
		const bankFile = options.bank ?? sheetBank(parsed.sheet, io.cwd);
		if (typeof bankFile !== 'string') {
			issues.push(bankFile);
			continue;
		}
		const resolved = path.resolve(io.cwd, bankFile);
		const isFirstUse = !banks.has(resolved);
		if (isFirstUse) banks.set(resolved, loadGradingBank(bankFile, io));
		const grading = (await banks.get(resolved)) as GradingBank;
		if (!grading.ok) {
			if (isFirstUse) for (const issue of grading.loaded.issues) issues.push(issue);
			issues.push({
				file,
				line: 0,
				col: 0,
				message: `not graded: its bank ${bankFile} is invalid`,
			});
			continue;
		}
		const { loaded, questions, shown, shownSupport } = grading;
		const graded = gradeSheet(questions, parsed.sheet, { ...options, shown, shownSupport });
		if (!graded.ok) for (const issue of graded.issues) issues.push(issue);
		else
			entries.push({
				graded: graded.graded,
				bank: loaded.key,
				articleFile: loaded.bank.article.file,
			});
	}
	return { entries, issues };
}

/** Parse a sheet, loading the YAML library only for a sheet that needs it. */
async function parseSheetLazily(text: string, file: string): Promise<SheetResult> {
	const quick = parseSheetQuickly(text, file);
	if (quick) return quick;
	const { parseYamlSheet } = await import('../core/sheet/parse-yaml-sheet.js');
	return parseYamlSheet(text, file);
}

/** The bank a sheet names: a file next to the sheet, or the bundled bank by its name. */
function sheetBank(sheet: Sheet, cwd: string): string | BankIssue {
	if (!sheet.bank) return bundledBankPath;
	const { name, line, col } = sheet.bank;
	const folder = sheet.file === '-' ? cwd : path.resolve(cwd, path.dirname(sheet.file));
	const found = namedBank(name, folder, cwd);
	if (typeof found === 'string') return found;
	return { file: sheet.file, line, col, message: `"bank": ${found.message}` };
}

/**
 * The bank a sheet (answer sheet or quiz sheet) in `folder` names: a file relative to that
 * folder, else the bundled bank by its name; the path as shown from `cwd`.
 */
export function namedBank(name: string, folder: string, cwd: string): string | Error {
	const candidate = path.resolve(folder, name);
	if (existsSync(candidate)) {
		return path.isAbsolute(name) ? name : path.relative(cwd, candidate) || candidate;
	}
	const bundled = bankKey(bundledBankPath);
	if (name === bundled || name === path.basename(bundledBankPath)) return bundledBankPath;
	return new Error(`no bank file "${name}" next to the sheet (the bundled bank is "${bundled}")`);
}
