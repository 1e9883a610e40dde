import { randomBytes } from 'node:crypto';
import { selectQuestions } from '../core/select.js';
import { bundledBankPath, loadBank } from '../files/load-bank.js';
import { colorEnabled } from '../format/style.js';
import { ScoreStore } from '../store/score-store.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type PlayOptions = {
	readonly count: number;
	readonly seed?: string;
	readonly tags?: readonly string[];
	readonly profile: string;
};

/** Explains why the quiz needs a terminal and what scripts use instead. */
export const notATerminalMessage = `quizline play needs an interactive terminal (stdin and stdout must be a TTY, outside CI).
From a script, grade answers with:  quizline check ID ANSWER [--json]
Question ids are the "id:" fields of the bank (YAML).
`;

/**
 * A quiz needs a terminal at both ends, and not a CI run (where Ink draws only a final frame).
 * CI=false or CI=0 count as unset.
 */
export function isInteractive(io: CommandIo): boolean {
	const ci = io.env.CI;
	const inCi = ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
	return io.stdin.isTTY === true && io.stdout.isTTY === true && !inCi;
}

/** `quizline play [BANK]`: the interactive quiz. Exit 0, 2 on bad input, 130 on Ctrl+C. */
export async function playCommand(
	bankFile: string | undefined,
	options: PlayOptions,
	io: CommandIo,
): Promise<number> {
	if (!isInteractive(io)) {
		io.stderr.write(notATerminalMessage);
		return exitCode.badInput;
	}
	const loaded = loadBank(bankFile ?? bundledBankPath, io.cwd);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const seed = options.seed ?? randomBytes(3).toString('hex');
	const items = selectQuestions(loaded.bank.questions, {
		seed,
		count: options.count,
		tags: options.tags ?? [],
	});
	if (items.length === 0) {
		const tags = [...new Set(loaded.bank.questions.flatMap((question) => question.tags))].sort();
		io.stderr.write(
			`${loaded.file}: no question has the tags ${options.tags?.join(', ')} (tags in this bank: ${tags.join(', ')})\n`,
		);
		return exitCode.badInput;
	}
	const store = ScoreStore.open({ env: io.env });
	if (store.warning) io.stderr.write(`${store.warning}\n`);
	const sessionId = store.startSession(options.profile, {
		bank: loaded.key,
		mode: 'practice',
		questionIds: items.map((item) => item.question.id),
		seed,
	});
	const color = colorEnabled(io.stdout, io.env);
	// Ink's colour library reads FORCE_COLOR when first imported, and on its own turns colour off
	// whenever CI is set: make it follow our decision (NO_COLOR included) before that import.
	process.env.FORCE_COLOR = color ? (io.env.FORCE_COLOR ?? '1') : '0';
	const { runQuiz } = await import('../ui/run-quiz.js');
	const reason = await runQuiz({
		title: loaded.bank.article.title,
		items,
		seed,
		color,
		onAnswer: (answer) =>
			store.recordAnswer(options.profile, sessionId, {
				questionId: answer.item.question.id,
				bank: loaded.key,
				answer: answer.given,
				correct: answer.verdict.correct,
				ms: answer.ms,
			}),
		onEnd: () => store.finishSession(options.profile, sessionId),
	});
	return reason === 'interrupted' ? exitCode.interrupted : exitCode.ok;
}
