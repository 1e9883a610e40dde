import path from 'node:path';
import { unfreezeAssignment } from '../core/assignment.js';
import { parseAssignment } from '../core/assignment-parse.js';
import { rulesFor } from '../core/modes/mode.js';
import { startSession } from '../core/session.js';
import {
	type AnswersContent,
	type AnswersOwner,
	answersOwner,
	formatAnswersSheet,
	writeAtomically,
} from '../files/answers-file.js';
import { bankKey } from '../files/bank-path.js';
import { namedBank } from '../files/grade-sheet-files.js';
import { bundledBankPath, loadBank } from '../files/load-bank.js';
import { colorEnabled } from '../format/style.js';
import { type CommandIo, exitCode } from './io.js';
import { createAssignmentController } from './play/assignment-controller.js';
import { reportIssues } from './report-issues.js';

/** The play options a quiz sheet uses. */
export type AssignmentPlayOptions = {
	readonly name?: string;
	readonly out?: string;
	readonly force?: boolean;
	/** Whether stdin and stdout are a terminal; checked once the sheet is known to be good. */
	readonly isInteractive: boolean;
	readonly notATerminal: string;
	readonly now?: () => Date;
};

/**
 * `quizline play QUIZ.yaml --name NAME [--out FILE]`: the frozen questions in their frozen order
 * and choice order, exam-style (the review comes at the end), each answer saved at once to the
 * student's answer sheet. Exit 0, 2 on bad input, 130 on Ctrl+C.
 */
export async function playAssignment(
	file: string,
	text: string,
	options: AssignmentPlayOptions,
	io: CommandIo,
): Promise<number> {
	const parsed = parseAssignment(text, file);
	if (!parsed.ok) return reportIssues(parsed.issues, io);
	const { assignment, at } = parsed;
	const quizFolder = path.resolve(io.cwd, path.dirname(file));
	const bankFile = namedBank(assignment.assignment.bank, quizFolder, io.cwd);
	if (typeof bankFile !== 'string') {
		return reportIssues(
			[{ file, ...at('assignment', 'bank'), message: `"bank": ${bankFile.message}` }],
			io,
		);
	}
	const loaded = loadBank(bankFile, io.cwd);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const frozen = unfreezeAssignment(assignment, loaded.bank.questions, file, at);
	if (!frozen.ok) return reportIssues(frozen.issues, io);
	const name = options.name?.trim();
	if (!name) {
		io.stderr.write(`${file} is a quiz sheet: give your name with --name NAME\n`);
		return exitCode.badInput;
	}
	const out = options.out ?? `${name.replace(/[^\p{L}\p{N}_-]+/gu, '-')}.answers.yaml`;
	const outPath = path.resolve(io.cwd, out);
	const bankPath = path.resolve(io.cwd, bankFile);
	if (outPath === path.resolve(io.cwd, file) || outPath === bankPath) {
		io.stderr.write(`${out}: that is the quiz sheet or its bank; name another file with --out\n`);
		return exitCode.badInput;
	}
	const refusal = options.force ? undefined : overwriteRefusal(answersOwner(outPath), name, out);
	if (refusal) {
		io.stderr.write(refusal);
		return exitCode.badInput;
	}
	if (!options.isInteractive) {
		io.stderr.write(options.notATerminal);
		return exitCode.badInput;
	}
	const bank =
		bankPath === bundledBankPath
			? bankKey(bundledBankPath)
			: path.relative(path.dirname(outPath), bankPath).split(path.sep).join('/');
	const failed: { error?: Error } = {};
	const save = (content: AnswersContent) => {
		try {
			writeAtomically(outPath, formatAnswersSheet(content));
		} catch (error) {
			failed.error ??= error as Error;
		}
	};
	const items = frozen.items;
	const controller = createAssignmentController({ items, student: name, bank, onSave: save });
	// The empty sheet first: a folder that cannot be written to shows before the first question.
	save({
		student: name,
		bank,
		answers: items.map(({ question }) => ({ id: question.id, given: null })),
	});
	if (failed.error) {
		io.stderr.write(`${out}: cannot write your answers: ${failed.error.message}\n`);
		return exitCode.badInput;
	}
	const color = colorEnabled(io.stdout, io.env);
	process.env.FORCE_COLOR = color ? (io.env.FORCE_COLOR ?? '1') : '0';
	const { runTrainer } = await import('../ui/run-trainer.js');
	const now = options.now ?? (() => new Date());
	const seed = assignment.assignment.seed;
	const reason = await runTrainer({
		title: assignment.assignment.title ?? loaded.bank.article.title,
		article: loaded.article,
		controller,
		color,
		now: () => now().getTime(),
		begun: {
			id: file,
			mode: 'exam',
			seed,
			session: startSession(items, now().getTime(), rulesFor('exam')),
		},
	});
	const lateError = saveProblem(failed);
	if (lateError) {
		io.stderr.write(`${out}: cannot write your answers: ${lateError.message}\n`);
		return exitCode.badInput;
	}
	io.stdout.write(`\nYour answers are in ${out}: hand it in.\n`);
	return reason === 'interrupted' ? exitCode.interrupted : exitCode.ok;
}

/** Read through a function: the trainer's callbacks may have set it since the last check. */
function saveProblem(failed: { readonly error?: Error }): Error | undefined {
	return failed.error;
}

/**
 * Why an existing answers file is kept: another student's, or this student's with answers in it
 * (the review at the end showed the right ones). Undefined when it may be written.
 */
function overwriteRefusal(
	owner: AnswersOwner | undefined,
	name: string,
	out: string,
): string | undefined {
	if (owner === undefined || (owner.student === name && owner.answered === 0)) return undefined;
	if (owner.student === name) {
		return `${out} already holds your answers: hand it in as it is (--force starts again and replaces them)\n`;
	}
	const whose =
		owner.student === null
			? 'a file that is not your answer sheet'
			: `the answers of "${owner.student}"`;
	return `${out} already holds ${whose}: choose another --out, or add --force to replace it\n`;
}
