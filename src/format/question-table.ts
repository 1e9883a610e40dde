import type { Question } from '../core/bank/schema.js';

// For a pipe: every prompt whole, so nothing here measures text on screen. A terminal's
// width-aware table (question-table-fit.ts) loads the grapheme width tables, which cost a fast
// command tens of milliseconds to start.

/** A question's type as the table shows it: `choice+B` for a two-part question. */
export const typeLabel = (question: Question) =>
	question.support ? `${question.type}+B` : question.type;

/** Rows of id, type, tags and prompt in columns, each prompt whole: what scripts read. */
export function formatQuestionTable(
	questions: readonly Question[],
): { id: string; rest: string }[] {
	const tagsOf = (question: Question) => question.tags.join(',') || '-';
	// A loop, not Math.max(...): a bank of 150,000 questions is past the limit on arguments.
	let idWidth = 0;
	let tagWidth = 0;
	for (const question of questions) {
		idWidth = Math.max(idWidth, question.id.length);
		tagWidth = Math.max(tagWidth, tagsOf(question).length);
	}
	return questions.map((question) => ({
		id: question.id.padEnd(idWidth),
		rest: `  ${typeLabel(question).padEnd(9)}  ${tagsOf(question).padEnd(tagWidth)}  ${question.prompt}`,
	}));
}
