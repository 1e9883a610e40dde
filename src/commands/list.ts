import { filterQuestions } from '../core/select.js';
import { formatQuestionTable } from '../format/question-table.js';
import { promptFields } from '../format/question-text.js';
import { commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type ListOptions = {
	readonly bank?: string;
	/** Only questions with one of these tags. */
	readonly tags?: readonly string[];
	/** Only questions of these types. */
	readonly type?: readonly string[];
	/** Only questions that train one of these skills. */
	readonly skill?: readonly string[];
	readonly json?: boolean;
};

/** `quizline list`: every question's id, type, tags and prompt (never the answer). */
export async function listCommand(options: ListOptions, io: CommandIo): Promise<number> {
	const context = commandContext(io);
	const loaded = await context.loadBank(options.bank);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const questions = filterQuestions(loaded.bank.questions, {
		tags: options.tags ?? [],
		types: options.type ?? [],
		skills: options.skill ?? [],
	});
	if (options.json) {
		const document = { bank: loaded.key, questions: questions.map(promptFields) };
		io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
		return exitCode.ok;
	}
	if (questions.length === 0) {
		const { questions: all } = loaded.bank;
		const tags = [...new Set(all.flatMap((question) => question.tags))].sort();
		const skills = [...new Set(all.map((question) => question.skill))].sort();
		io.stderr.write(
			`${loaded.file}: no question matches (tags in this bank: ${tags.join(', ')}; skills: ${skills.join(', ')})\n`,
		);
		return exitCode.ok;
	}
	// Cut long prompts to the terminal's width; scripts reading a pipe get every line whole.
	const rows =
		context.width === 0
			? formatQuestionTable(questions)
			: (await import('../format/question-table-fit.js')).fitQuestionTable(
					questions,
					context.width,
				);
	const lines = rows.map(({ id, rest }) => `${context.style.bold(id)}${rest}`);
	io.stdout.write(`${lines.join('\n')}\n`);
	return exitCode.ok;
}
