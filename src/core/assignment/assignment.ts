// Assignment: a quiz sheet frozen from a bank and thawed back into the questions it names.
import * as z from 'zod';
import type { BankIssue } from '../bank/issue.js';
import type { Question } from '../bank/schema.js';
import { type QuizItem, selectQuestions } from '../select.js';

/** The version of the quiz sheet format `quizline assign` writes. */
const assignmentFormat = 1;

const assignedQuestionSchema = z.strictObject({
	id: z.string().min(1),
	/** The choices in the order the student sees them; none for typed answers. */
	options: z.array(z.string()).optional(),
	/** A two-part question: part B's choices in the order the student sees them. */
	support: z.array(z.string()).optional(),
});

/** A quiz sheet: the top-level `assignment:` key marks it apart from a bank. */
export const assignmentSchema = z.strictObject({
	assignment: z.strictObject({
		format: z.literal(assignmentFormat, {
			error: `expected ${assignmentFormat}, the quiz sheet format quizline assign writes`,
		}),
		/** The bank file, relative to the quiz sheet, or the bundled bank's name. */
		bank: z.string().min(1),
		title: z.string().optional(),
		seed: z.union([z.string(), z.number()]),
		questions: z.array(assignedQuestionSchema).min(1),
	}),
});

/** A quiz sheet as written to a file. */
export type Assignment = z.infer<typeof assignmentSchema>;

/** Where each part of a quiz sheet starts, for messages. */
export type AssignmentPlace = (...path: (string | number)[]) => { line: number; col: number };

/** What `assign` draws from a bank. */
type FreezeOptions = {
	/** How the quiz sheet names the bank (relative to the quiz sheet, or the bundled name). */
	readonly bank: string;
	readonly title?: string;
	readonly seed: string;
	readonly count: number;
	readonly tags?: readonly string[];
};

/** Draws the questions and freezes them, and each one's choice order, into a quiz sheet. */
export function freezeAssignment(
	questions: readonly Question[],
	options: FreezeOptions,
): Assignment {
	const items = selectQuestions(questions, {
		seed: options.seed,
		count: options.count,
		tags: options.tags ?? [],
	});
	return {
		assignment: {
			format: assignmentFormat,
			bank: options.bank,
			...(options.title === undefined ? {} : { title: options.title }),
			seed: options.seed,
			questions: items.map(({ question, options, supportOptions }) => ({
				id: question.id,
				...(options.length > 0 ? { options: [...options] } : {}),
				...(supportOptions ? { support: [...supportOptions] } : {}),
			})),
		},
	};
}

/** The frozen items, or what does not match the bank. */
type UnfreezeResult =
	| { readonly ok: true; readonly items: readonly QuizItem[] }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/**
 * The quiz sheet's questions from the bank, in the frozen order with the frozen choice order.
 * Every id must be in the bank (once), and each list of options that question's own choices.
 */
export function unfreezeAssignment(
	assignment: Assignment,
	questions: readonly Question[],
	file: string,
	at: AssignmentPlace,
): UnfreezeResult {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const seen = new Set<string>();
	const issues: BankIssue[] = [];
	const items: QuizItem[] = [];
	const { bank } = assignment.assignment;
	for (const [index, { id, options = [], support }] of assignment.assignment.questions.entries()) {
		const issue = (message: string, ...path: (string | number)[]) => {
			const place = at('assignment', 'questions', index, ...path);
			issues.push({ file, ...place, questionId: id, message });
		};
		const question = byId.get(id);
		if (!question) {
			issue(`no such question in the bank "${bank}"`, 'id');
			continue;
		}
		if (seen.has(id)) {
			issue('this question is on the sheet twice', 'id');
			continue;
		}
		seen.add(id);
		const expected = choicesOf(question);
		if (!sameItems(options, expected)) {
			const wanted =
				expected.length === 0
					? 'no options (the answer is typed)'
					: `the question's choices in any order: ${expected.join(' | ')}`;
			issue(`"options": expected ${wanted}`, 'options');
			continue;
		}
		const partB = question.support?.choices ?? [];
		if (!sameItems(support ?? partB, partB)) {
			const wanted =
				partB.length === 0
					? 'none (the question has no part B)'
					: `part B's choices in any order: ${partB.join(' | ')}`;
			issue(`"support": expected ${wanted}`, 'support');
			continue;
		}
		// A quiz sheet written before it froze part B's order shows part B in bank order.
		items.push(
			question.support
				? { question, options, supportOptions: support ?? partB }
				: { question, options },
		);
	}
	return issues.length > 0 ? { ok: false, issues } : { ok: true, items };
}

/** The options a question is answered with, in bank order. */
function choicesOf(question: Question): readonly string[] {
	if (question.type === 'choice') return question.choices;
	if (question.type === 'truefalse') return ['True', 'False'];
	return [];
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	const sorted = (list: readonly string[]) => [...list].sort().join('\u0000');
	return sorted(a) === sorted(b);
}
