import { gradeAnswer } from '../core/grade/grade.js';
import { bundledBankPath, loadBank } from '../files/load-bank.js';
import { quoteParts } from '../format/quote.js';
import { colorEnabled, createStyle } from '../format/style.js';
import { formatVerdict } from '../format/verdict-text.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type CheckOptions = { readonly bank?: string; readonly json?: boolean };

/**
 * `quizline check ID ANSWER`: grade one answer without a UI or the score store.
 * Exit 0 right, 1 wrong, 2 unknown id, bad bank or an answer of the wrong form.
 */
export async function checkCommand(
	id: string,
	answer: string,
	options: CheckOptions,
	io: CommandIo,
): Promise<number> {
	const loaded = loadBank(options.bank ?? bundledBankPath, io.cwd);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const question = loaded.bank.questions.find((candidate) => candidate.id === id);
	if (!question) {
		io.stderr.write(`${loaded.file}: no question with id "${id}" (see: quizline list)\n`);
		return exitCode.badInput;
	}
	const verdict = gradeAnswer(question, answer);
	if (verdict.kind === 'invalid') {
		io.stderr.write(`question "${id}": cannot grade "${answer}": ${verdict.message}\n`);
		return exitCode.badInput;
	}
	if (options.json) {
		const quote = quoteParts(question);
		const document = {
			id,
			correct: verdict.correct,
			verdict: verdict.kind,
			given: answer,
			expected: verdict.expected,
			...(verdict.slip ? { slip: verdict.slip } : {}),
			explanation: question.explanation ?? null,
			source: {
				file: loaded.bank.article.file,
				line: question.source.line,
				quote: question.source.quote,
				highlight: quote.span || null,
			},
		};
		io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
	} else {
		const style = createStyle(colorEnabled(io.stdout, io.env));
		io.stdout.write(formatVerdict(question, answer, verdict, style));
	}
	return verdict.correct ? exitCode.ok : exitCode.wrong;
}
