import path from 'node:path';
import type { Article } from '../../core/article.js';
import { unfreezeAssignment } from '../../core/assignment/assignment.js';
import { parseAssignment } from '../../core/assignment/parse.js';
import { rulesFor } from '../../core/modes/mode.js';
import { startSession } from '../../core/session.js';
import {
	type AnswersContent,
	type AnswersOwner,
	answersOwner,
	formatAnswersSheet,
} from '../../files/answers-file.js';
import { writeAtomically } from '../../files/atomic-write.js';
import { namedBank } from '../../files/grade-sheet-files.js';
import { inputLimit } from '../../files/input-limit.js';
import { loadBank } from '../../files/load-bank.js';
import type { BegunSession } from '../../ui/app-state.js';
import type { SessionRecorder } from '../../ui/trainer-runner.js';
import { type CommandIo, exitCode } from '../io.js';
import { reportIssues } from '../report-issues.js';
import { createAssignmentRecorder } from './assignment-controller.js';

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

/** A quiz sheet checked against its bank, its answers file started, ready for the trainer. */
export type PreparedAssignment = {
	readonly title: string;
	readonly article: Article;
	readonly recorder: SessionRecorder;
	readonly begun: BegunSession;
	/** The answers file as the student named it. */
	readonly out: string;
	/** The first answer that could not be saved, if any. */
	saveProblem(): Error | undefined;
};

/**
 * Checks a quiz sheet, its bank and the answers file, and writes the empty answer sheet; an
 * exit code (after printing why) when it cannot go on. The terminal is checked last, so a bad
 * sheet is reported even from a script.
 */
export function prepareAssignment(
	file: string,
	text: string,
	options: AssignmentPlayOptions,
	io: CommandIo,
): number | PreparedAssignment {
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
	const loaded = loadBank(bankFile, io.cwd, io.env);
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
	const owner = answersOwner(outPath, inputLimit(io.env));
	const refusal = options.force ? undefined : overwriteRefusal(owner, name, out);
	if (refusal) {
		io.stderr.write(refusal);
		return exitCode.badInput;
	}
	if (!options.isInteractive) {
		io.stderr.write(options.notATerminal);
		return exitCode.badInput;
	}
	// The answers name the quiz sheet, not its bank: grading then reads a letter or number in the
	// order this student was shown.
	const bank = path
		.relative(path.dirname(outPath), path.resolve(io.cwd, file))
		.split(path.sep)
		.join('/');
	const failed: { error?: Error } = {};
	const save = (content: AnswersContent) => {
		try {
			writeAtomically(outPath, formatAnswersSheet(content));
		} catch (error) {
			failed.error ??= error as Error;
		}
	};
	const items = frozen.items;
	// A retake of this student's sheet (--force) is counted, for the teacher to see.
	const attempts = owner?.student === name ? owner.attempts + 1 : 1;
	const recorder = createAssignmentRecorder({ items, student: name, bank, attempts, onSave: save });
	// The empty sheet first: a folder that cannot be written to shows before the first question.
	save({
		student: name,
		bank,
		attempts,
		answers: items.map(({ question }) => ({ id: question.id, given: null })),
	});
	if (failed.error) {
		io.stderr.write(`${out}: cannot write your answers: ${failed.error.message}\n`);
		return exitCode.badInput;
	}
	const now = options.now ?? (() => new Date());
	return {
		title: assignment.assignment.title ?? loaded.bank.article.title,
		article: loaded.article,
		recorder,
		begun: {
			id: file,
			mode: 'exam',
			// No seed line on the summary: a quiz sheet is replayed from its file, not a seed.
			seed: '',
			session: startSession(items, now().getTime(), rulesFor('exam')),
			// Stopped early, the sheet can be taken again: its right answers stay hidden.
			hidesAnswersWhenStopped: true,
		},
		out,
		saveProblem: () => failed.error,
	};
}

/**
 * Why an existing answers file is kept: another student's, or this student's (a finished sheet's
 * review showed the right answers). Undefined when there is no such file.
 */
function overwriteRefusal(
	owner: AnswersOwner | undefined,
	name: string,
	out: string,
): string | undefined {
	if (owner === undefined) return undefined;
	if (owner.student === name) {
		const started = owner.attempts > 1 ? `, started ${owner.attempts} times` : '';
		return `${out} already holds your answers${started}: hand it in as it is (--force starts again and replaces them; the teacher sees how many times the sheet was started)\n`;
	}
	const whose =
		owner.student === null
			? 'a file that is not your answer sheet'
			: `the answers of "${owner.student}"`;
	return `${out} already holds ${whose}: choose another --out, or add --force to replace it\n`;
}
