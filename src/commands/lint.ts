import { type BankIssue, formatIssue } from '../core/bank/issue.js';
import { parseBank } from '../core/bank/parse.js';
import { bundledBankPath, loadBankText } from '../files/load-bank.js';
import { lintJson, lintJunit, lintText } from '../format/lint-report.js';
import type { Lexicon, LexiconData } from '../generate/facts/lexicon.js';
import type { ReadArticle } from '../lint/article-facts.js';
import { type LintedBank, lintStatus } from '../lint/lint-run.js';
import { type CommandIo, exitCode } from './io.js';
import { junitClash, writeJunit } from './junit-output.js';

export type LintOptions = {
	readonly json?: boolean;
	/** Also write JUnit XML to this file ("-" for standard output instead of the text). */
	readonly junit?: string;
};

const exitCodeOf = {
	clean: exitCode.ok,
	findings: exitCode.wrong,
	error: exitCode.badInput,
} as const;

/**
 * `quizline lint [BANK…]`: hold every question to the item-writing rules the generator's filter
 * uses. Exit 0 clean, 1 any finding, 2 any bank invalid (reported as `validate` does).
 */
export async function lintCommand(
	banks: readonly string[],
	options: LintOptions,
	io: CommandIo,
): Promise<number> {
	if (junitClash(options, io)) return exitCode.badInput;
	const files = banks.length > 0 ? banks : [bundledBankPath];
	const linted: LintedBank[] = [];
	const issues: BankIssue[] = [];
	// The generator's rules and facts load only once a bank is valid.
	let lint: Awaited<ReturnType<typeof loadLint>> | undefined;
	for (const file of files) {
		const { result, text } = loadBankText(file, io.cwd, io.env);
		const parsed = result.ok && text !== undefined ? parseBank(text, result.file) : undefined;
		if (!result.ok || !parsed?.ok || text === undefined) {
			issues.push(...(result.ok ? [] : result.issues));
			continue;
		}
		lint ??= await loadLint();
		const { bank } = result;
		// Generated vocabulary questions are found again from the word senses `generate` used.
		const words = bank.questions.some(
			(question) => question.origin === 'generated' && question.skill === 'vocabulary',
		);
		const lexicon = words ? await lint.lexicon(io) : undefined;
		const read = lint.readArticle;
		const findings = lint.lintBank({
			file: result.file,
			bank,
			positions: parsed.positions,
			text,
			readArticle: () => read(result.article.text, lexicon),
		});
		linted.push({ file: result.file, questions: bank.questions, findings });
	}
	const run = { banks: linted, issues };
	for (const issue of issues) io.stderr.write(`${formatIssue(issue)}\n`);
	if (options.json) io.stdout.write(lintJson(run));
	else if (options.junit !== '-') io.stdout.write(lintText(run));
	if (!writeJunit(options.junit, () => lintJunit(run), io)) return exitCode.badInput;
	return exitCodeOf[lintStatus(run)];
}

/** The generator's rules and facts, each article read once, and its word senses when asked. */
export async function loadLint() {
	const [{ lintBank }, { readArticleFacts }] = await Promise.all([
		import('../lint/lint-bank.js'),
		import('../lint/article-facts.js'),
	]);
	const read = new Map<string, ReadArticle>();
	let words: Promise<Lexicon | undefined> | undefined;
	return {
		lintBank,
		readArticle: (text: string, lexicon?: Lexicon): ReadArticle => {
			const key = `${lexicon ? 'words' : 'plain'}\u0000${text}`;
			const found = read.get(key) ?? readArticleFacts(text, lexicon);
			read.set(key, found);
			return found;
		},
		lexicon: (io: CommandIo) => {
			words ??= loadLexicon(io);
			return words;
		},
	};
}

/** The word senses `generate` asks vocabulary from; without them, a warning. */
async function loadLexicon(io: CommandIo): Promise<Lexicon | undefined> {
	const { readVocabularyData } = await import('../files/vocabulary-file.js');
	const { lexiconFrom } = await import('../generate/facts/lexicon.js');
	const data = readVocabularyData();
	if (data instanceof Error) {
		io.stderr.write(
			`warning: generated vocabulary questions are viewed as written: ${data.message}\n`,
		);
		return undefined;
	}
	return lexiconFrom(data as LexiconData);
}
