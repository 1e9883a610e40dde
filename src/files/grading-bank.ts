import path from 'node:path';
import type { Question } from '../core/bank/schema.js';
import { namedBank } from './grade-sheet-files.js';
import { inputLimit } from './input-limit.js';
import { loadBankCached } from './load-bank-cached.js';
import type { LoadResult } from './load-result.js';
import { readText } from './read-text.js';

// What a sheet is graded against: a bank, or a quiz sheet written by `quizline assign`. A quiz
// sheet grades its own questions, and a letter or number on an answer sheet names the choice at
// that place in the quiz sheet's frozen order, which is the order the student was shown.

/** A bank ready to grade with, and for a quiz sheet the order its choices were shown in. */
export type GradingBank =
	| {
			readonly ok: true;
			readonly loaded: Extract<LoadResult, { ok: true }>;
			readonly questions: readonly Question[];
			readonly shown?: ReadonlyMap<string, readonly string[]>;
			/** For a quiz sheet, the order each two-part question showed part B's choices in. */
			readonly shownSupport?: ReadonlyMap<string, readonly string[]>;
	  }
	| { readonly ok: false; readonly loaded: Extract<LoadResult, { ok: false }> };

/** Where to look for files and settings. */
export type GradingBankIo = { readonly cwd: string; readonly env: NodeJS.ProcessEnv };

/** A quiz sheet's top-level key: banks have none such. */
const quizSheetKey = /^assignment:/m;

/** Load what `file` names for grading: a bank, or a quiz sheet and the bank it draws from. */
export async function loadGradingBank(file: string, io: GradingBankIo): Promise<GradingBank> {
	const text = readText(path.resolve(io.cwd, file), inputLimit(io.env));
	if (typeof text === 'string' && quizSheetKey.test(text)) return loadQuizSheet(file, text, io);
	const loaded = await loadBankCached(file, io);
	return loaded.ok ? { ok: true, loaded, questions: loaded.bank.questions } : { ok: false, loaded };
}

async function loadQuizSheet(file: string, text: string, io: GradingBankIo): Promise<GradingBank> {
	const failed = (issues: Extract<LoadResult, { ok: false }>['issues']): GradingBank => ({
		ok: false,
		loaded: { ok: false, issues },
	});
	// A quiz sheet is YAML: only a run that grades against one pays for the parser.
	const { parseAssignment } = await import('../core/assignment/parse.js');
	const { unfreezeAssignment } = await import('../core/assignment/assignment.js');
	const parsed = parseAssignment(text, file);
	if (!parsed.ok) return failed(parsed.issues);
	const { assignment, at } = parsed;
	const folder = path.resolve(io.cwd, path.dirname(file));
	const bankFile = namedBank(assignment.assignment.bank, folder, io.cwd);
	if (typeof bankFile !== 'string') {
		return failed([{ file, ...at('assignment', 'bank'), message: `"bank": ${bankFile.message}` }]);
	}
	const loaded = await loadBankCached(bankFile, io);
	if (!loaded.ok) return { ok: false, loaded };
	const frozen = unfreezeAssignment(assignment, loaded.bank.questions, file, at);
	if (!frozen.ok) return failed(frozen.issues);
	const shown = new Map(frozen.items.map(({ question, options }) => [question.id, options]));
	const shownSupport = new Map(
		frozen.items.flatMap(({ question, supportOptions }) =>
			supportOptions ? [[question.id, supportOptions] as const] : [],
		),
	);
	const questions = frozen.items.map(({ question }) => question);
	return { ok: true, loaded, questions, shown, shownSupport };
}
