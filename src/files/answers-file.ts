import { existsSync } from 'node:fs';
import { stringify } from 'yaml';
import { parseSheet } from '../core/sheet/parse-sheet.js';
import { readText } from './read-text.js';

/** What an answer sheet written by `play QUIZ --name` holds. */
export type AnswersContent = {
	readonly student: string;
	/** The quiz sheet the answers were given to, relative to the answers file. */
	readonly bank: string;
	/**
	 * Every question of the quiz in its order; null while unanswered. A two-part question's part
	 * B goes in `support`, and the answer is then written `{ answer, support }`, as `grade` reads it.
	 */
	readonly answers: readonly {
		readonly id: string;
		readonly given: string | null;
		readonly support?: string | null;
	}[];
	/** How many times the sheet was started (a retake with --force adds one); 1 when absent. */
	readonly attempts?: number;
};

/** The answer sheet as YAML in the format `quizline grade` reads. */
export function formatAnswersSheet(content: AnswersContent): string {
	const answers = Object.fromEntries(
		content.answers.map(({ id, given, support }) => [
			id,
			support === undefined ? given : { answer: given, support },
		]),
	);
	const { attempts = 1 } = content;
	const started = attempts > 1 ? { attempts } : {};
	const document = { student: content.student, bank: content.bank, ...started, answers };
	return `# Answers to a quiz sheet; grade with: quizline grade THIS-FILE\n${stringify(document, { lineWidth: 0 })}`;
}

/** Whose answers an existing file holds; `student` null when it names nobody or is no sheet. */
export type AnswersOwner = {
	readonly student: string | null;
	/** How many times the sheet in it was started. */
	readonly attempts: number;
};

/**
 * Who an existing answers file belongs to; undefined when there is no such file. A file that is
 * no regular file, or over `limit` bytes, names nobody.
 */
export function answersOwner(file: string, limit: number): AnswersOwner | undefined {
	if (!existsSync(file)) return undefined;
	const text = readText(file, limit);
	if (typeof text !== 'string') return { student: null, attempts: 1 };
	try {
		const parsed = parseSheet(text, file);
		if (!parsed.ok) return { student: null, attempts: 1 };
		return { student: parsed.sheet.student, attempts: parsed.sheet.attempts ?? 1 };
	} catch {
		return { student: null, attempts: 1 };
	}
}
