import { formatPrompt, formatReveal, promptFields } from '../format/question-text.js';
import { commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type ShowOptions = {
	readonly bank?: string;
	/** Also print the answer, the explanation and the quoted line. */
	readonly reveal?: boolean;
	readonly json?: boolean;
};

/**
 * `quizline show ID… [--reveal]`: questions as a student sees them; without `--reveal` nothing
 * that gives the answer away is printed (not even the quoted line), so prompts can be handed out.
 */
export async function showCommand(
	ids: readonly string[],
	options: ShowOptions,
	io: CommandIo,
): Promise<number> {
	const context = commandContext(io);
	const loaded = await context.loadBank(options.bank);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const byId = new Map(loaded.bank.questions.map((question) => [question.id, question]));
	const unknown = ids.filter((id) => !byId.has(id));
	if (unknown.length > 0) {
		for (const id of unknown) {
			io.stderr.write(`${loaded.file}: no question with id "${id}" (see: quizline list)\n`);
		}
		return exitCode.badInput;
	}
	const questions = ids.map((id) => byId.get(id)).filter((question) => question !== undefined);
	if (options.json) {
		const documents = questions.map((question) =>
			options.reveal ? question : promptFields(question),
		);
		io.stdout.write(`${JSON.stringify({ bank: loaded.key, questions: documents }, null, 2)}\n`);
		return exitCode.ok;
	}
	const { style } = context;
	const blocks = questions.map((question) => {
		const lines = formatPrompt(question, style);
		if (options.reveal) lines.push('', ...formatReveal(question, style));
		return `${lines.join('\n')}\n`;
	});
	io.stdout.write(blocks.join('\n'));
	return exitCode.ok;
}
