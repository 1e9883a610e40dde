import type { BankIssue } from '../core/bank/issue.js';
import type { Question } from '../core/bank/schema.js';
import { cutText } from '../core/cut-text.js';
import { gradeAnswer, type Verdict } from '../core/grade/grade.js';
import { itemsInOrder } from '../core/grade/grade-order.js';
import { maxAnswerLength } from '../core/sheet/grade-sheet.js';
import { quoteParts } from '../format/quote.js';
import { formatVerdict } from '../format/verdict-text.js';
import type { AnswerInput } from '../store/score-store.js';
import { type CommandContext, commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

/** Why `check` graded nothing, in its --json document. */
export type CheckErrorKind = 'bank' | 'unknown-id' | 'too-long' | 'invalid-answer';

export type CheckOptions = {
	readonly bank?: string;
	readonly json?: boolean;
	/** Store the attempt in the profile's history (off by default: check writes nothing). */
	readonly record?: boolean;
	/** Whose history `record` writes to. */
	readonly profile?: string;
	/** Part B of a two-part question: the supporting line's text, number or letter. */
	readonly support?: string;
};

/**
 * `quizline check ID ANSWER`: grade one answer without a UI; the score store is opened only
 * with `record`. Exit 0 right, 1 wrong, 2 unknown id, bad bank, an answer of the wrong form or
 * longer than any answer (it is neither graded, recorded nor shown), or an attempt that could not
 * be recorded.
 */
export async function checkCommand(
	id: string,
	answer: string,
	options: CheckOptions,
	io: CommandIo,
): Promise<number> {
	// With --json every outcome is one document on stdout, a refusal too (its message also on
	// stderr), so a script reads one shape whatever happened.
	const refuse = (kind: CheckErrorKind, message: string, issues?: readonly BankIssue[]) => {
		if (issues) reportIssues(issues, io);
		else io.stderr.write(`${message}\n`);
		if (options.json) {
			const error = { kind, message, ...(issues ? { issues } : {}) };
			const document = {
				id: cutText(id),
				correct: false,
				verdict: 'invalid',
				given: cutText(answer),
				error,
			};
			io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
		}
		return exitCode.badInput;
	};
	const context = commandContext(io);
	const loaded = await context.loadBank(options.bank);
	if (!loaded.ok) return refuse('bank', 'the bank is not valid', loaded.issues);
	const question = loaded.bank.questions.find((candidate) => candidate.id === id);
	if (!question) {
		return refuse(
			'unknown-id',
			`${loaded.file}: no question with id "${cutText(id)}" (see: quizline list)`,
		);
	}
	const tooLong = [answer, options.support ?? ''].find((text) => text.length > maxAnswerLength);
	if (tooLong !== undefined) {
		const length = tooLong.length.toLocaleString('en');
		return refuse(
			'too-long',
			`question "${id}": an answer of ${length} characters is not graded (at most ${maxAnswerLength.toLocaleString('en')})`,
		);
	}
	const verdict = gradeAnswer(question, answer, options.support);
	if (verdict.kind === 'invalid') {
		const partB = verdict.message.startsWith('part B');
		const shownGiven = partB && options.support !== undefined ? options.support : answer;
		const why = partB && options.support === undefined ? ' (give it with --support)' : '';
		return refuse(
			'invalid-answer',
			`question "${id}": cannot grade "${cutText(shownGiven)}": ${verdict.message}${why}`,
		);
	}
	const recorded = options.record
		? await recordAttempt(
				options.profile ?? 'default',
				loaded.key,
				id,
				answer,
				{
					correct: verdict.correct,
					verdict: verdict.kind,
					...(verdict.inPlace ? { inPlace: verdict.inPlace } : {}),
					...(options.support === undefined ? {} : { support: options.support }),
				},
				context,
			)
		: true;
	if (options.json) {
		const document = checkDocument(question, answer, verdict, options.support);
		const file = loaded.bank.article.file;
		io.stdout.write(
			`${JSON.stringify({ ...document, source: sourceDocument(question, file) }, null, 2)}\n`,
		);
	} else {
		io.stdout.write(formatVerdict(question, answer, verdict, context.style, options.support));
	}
	if (!recorded) return exitCode.badInput;
	return verdict.correct ? exitCode.ok : exitCode.wrong;
}

/** The verdict as `check --json` prints it (`source` apart): keys in the documented order. */
function checkDocument(question: Question, given: string, verdict: Verdict, supportGiven?: string) {
	return {
		id: question.id,
		correct: verdict.correct,
		verdict: verdict.kind,
		given,
		expected: verdict.expected,
		...(verdict.slip ? { slip: verdict.slip } : {}),
		...(verdict.inPlace ? { inPlace: verdict.inPlace } : {}),
		...(question.type === 'order' ? { rightOrder: itemsInOrder(question) } : {}),
		...(question.support
			? {
					support: {
						given: supportGiven ?? null,
						correct: verdict.support?.correct ?? null,
						expected: question.support.answer,
					},
				}
			: {}),
		explanation: question.explanation ?? null,
	};
}

/** Where the article states the answer, and the further lines it draws on. */
function sourceDocument(question: Question, file: string) {
	const quote = quoteParts(question);
	const more = (question.moreSources ?? []).map((source) => ({
		line: source.line,
		quote: source.quote,
		highlight: source.highlight ?? null,
	}));
	return {
		file,
		line: question.source.line,
		quote: question.source.quote,
		highlight: quote.span || null,
		...(more.length > 0 ? { more } : {}),
	};
}

/** Add the attempt to the profile's history; false (with a message) when the store refuses. */
async function recordAttempt(
	profile: string,
	bank: string,
	questionId: string,
	answer: string,
	grade: Pick<AnswerInput, 'correct' | 'verdict' | 'inPlace' | 'support'>,
	context: CommandContext,
): Promise<boolean> {
	const [{ attemptStore }, { storeFailureText }] = await Promise.all([
		import('../store/score-store.js'),
		import('./open-store.js'),
	]);
	const refuse = (why: string) => {
		context.io.stderr.write(`could not record the attempt for profile "${profile}": ${why}\n`);
		return false;
	};
	const opened = await context.openStore({ profile });
	if (!opened.ok) return refuse(opened.message);
	const attempt = { questionId, bank, answer, ...grade };
	const recorded = attemptStore(() => opened.store.recordAnswer(profile, undefined, attempt));
	return recorded.ok || refuse(storeFailureText(recorded.error));
}
