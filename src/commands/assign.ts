import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { freezeAssignment } from '../core/assignment/assignment.js';
import { formatAssignment } from '../core/assignment/parse.js';
import { withTags } from '../core/select.js';
import { bankKey } from '../files/bank-path.js';
import { bundledBankPath, loadBank } from '../files/load-bank.js';
import { writeText } from '../files/write-text.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type AssignOptions = {
	/** How many questions (default 10). */
	readonly count?: number;
	/** A fixed seed; a random one when absent. */
	readonly seed?: string;
	readonly tags?: readonly string[];
	/** The quiz sheet to write; standard output when absent. */
	readonly output?: string;
	/** Replace an existing file. */
	readonly force?: boolean;
};

/** An assignment has this many questions unless told otherwise. */
export const defaultAssignCount = 10;

/**
 * `quizline assign [BANK] -o quiz.yaml`: draw questions and freeze them, with their choice
 * order, into a quiz sheet that students take with `play quiz.yaml --name NAME`. Exit 0 or 2.
 */
export async function assignCommand(
	bankFile: string | undefined,
	options: AssignOptions,
	io: CommandIo,
): Promise<number> {
	const loaded = loadBank(bankFile ?? bundledBankPath, io.cwd, io.env);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const { questions } = loaded.bank;
	if (withTags(questions, options.tags).length === 0) {
		const tags = [...new Set(questions.flatMap((question) => question.tags))].sort();
		io.stderr.write(
			`${loaded.file}: no question has the tags ${options.tags?.join(', ')} (tags in this bank: ${tags.join(', ')})\n`,
		);
		return exitCode.badInput;
	}
	const output = options.output === undefined ? undefined : path.resolve(io.cwd, options.output);
	const bankPath = path.resolve(io.cwd, bankFile ?? bundledBankPath);
	if (output === bankPath) {
		io.stderr.write(`${options.output}: that is the bank itself; name another file with -o\n`);
		return exitCode.badInput;
	}
	const assignment = freezeAssignment(questions, {
		bank: bankName(bankPath, output ? path.dirname(output) : io.cwd),
		title: loaded.bank.article.title,
		seed: options.seed ?? randomBytes(3).toString('hex'),
		count: options.count ?? defaultAssignCount,
		...(options.tags ? { tags: options.tags } : {}),
	});
	const text = formatAssignment(assignment);
	if (!output || options.output === '-') {
		io.stdout.write(text);
		return exitCode.ok;
	}
	const failed = writeText(output, text, !options.force);
	if (failed) {
		io.stderr.write(`${options.output}: cannot write the quiz sheet: ${failed.message}\n`);
		return exitCode.badInput;
	}
	const { questions: asked, seed } = assignment.assignment;
	io.stdout.write(
		`Wrote ${options.output}: ${asked.length} questions from ${loaded.key} (seed ${seed}).\nStudents take it with:  quizline play ${options.output} --name NAME\n`,
	);
	return exitCode.ok;
}

/** The bank as the quiz sheet names it: the bundled one by name, any other relative to it. */
function bankName(bankPath: string, folder: string): string {
	if (bankPath === bundledBankPath) return bankKey(bundledBankPath);
	return path.relative(folder, bankPath).split(path.sep).join('/');
}
