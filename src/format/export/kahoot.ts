import type { Bank, Question } from '../../core/bank/schema.js';
import { blankTextReason, fileQuestions, type LeftOut } from './interchange.js';

/** The time limits Kahoot's spreadsheet import takes, in seconds. */
export const kahootTimeLimits = [5, 10, 20, 30, 60, 90, 120, 240] as const;

/** Kahoot's default time limit for a question. */
export const defaultKahootTimer = 20;

/** Kahoot's limits on a question's text and on each answer's. */
export const kahootLimits = { question: 120, answer: 75, answers: 4 } as const;

/** One row of Kahoot's template: the question, two to four answers, the right one's number. */
export type KahootRow = {
	readonly id: string;
	readonly question: string;
	readonly answers: readonly string[];
	/** 1-based number of the right answer. */
	readonly correct: number;
};

/** The rows Kahoot can take, the questions it cannot (by id, with the reason), and the count. */
export type KahootQuiz = {
	readonly rows: readonly KahootRow[];
	readonly leftOut: readonly LeftOut[];
	/** How many of the bank's questions have a row (part B of a two-part one not apart). */
	readonly count: number;
	/** How many rows are part B of a two-part question. */
	readonly partsB: number;
};

/**
 * Text on one line: runs of spaces, line breaks and control characters as one space (Kahoot's
 * cells are one line, and an xlsx cannot hold a control character).
 */
const oneLine = (text: string) => text.replace(/[\s\p{Cc}]+/gu, ' ').trim();

const typeWords: Record<Question['type'], string> = {
	choice: 'choice',
	truefalse: 'true/false',
	short: 'short-answer',
	numeric: 'numeric',
	order: 'order',
};

/** The row of a question, or why Kahoot cannot take it. */
export function kahootRow(question: Question): KahootRow | { reason: string } {
	if (question.type !== 'choice' && question.type !== 'truefalse')
		return {
			reason: `Kahoot's spreadsheet has no ${typeWords[question.type]} questions, only choice and true/false`,
		};
	const blank = blankTextReason(question, 'Kahoot');
	if (blank) return { reason: blank };
	const answers = question.type === 'choice' ? question.choices.map(oneLine) : ['True', 'False'];
	const { question: most, answer: mostPerAnswer, answers: mostAnswers } = kahootLimits;
	if (answers.length > mostAnswers)
		return { reason: `more choices than Kahoot's ${mostAnswers} answers` };
	if (oneLine(question.prompt).length > most)
		return { reason: `the question is longer than Kahoot's ${most} characters` };
	if (answers.some((answer) => answer.length > mostPerAnswer))
		return { reason: `a choice is longer than Kahoot's ${mostPerAnswer} characters for an answer` };
	const right =
		question.type === 'choice'
			? question.choices.indexOf(question.answer)
			: question.answer
				? 0
				: 1;
	return { id: question.id, question: oneLine(question.prompt), answers, correct: right + 1 };
}

/**
 * The bank as rows of Kahoot's template: choice and true/false questions that fit its limits
 * (line breaks and runs of spaces made one space, nothing else shortened); part B of a
 * two-part question follows as a question of its own. Every other question is left out, by id.
 */
export function kahootQuiz(bank: Bank): KahootQuiz {
	const rows: KahootRow[] = [];
	const leftOut: LeftOut[] = [];
	let count = 0;
	let partsB = 0;
	for (const { question, isPartB } of fileQuestions(bank.questions)) {
		const row = kahootRow(question);
		if ('reason' in row) {
			leftOut.push({ id: question.id, reason: row.reason });
			continue;
		}
		rows.push(row);
		if (isPartB) partsB++;
		else count++;
	}
	return { rows, leftOut, count, partsB };
}
