import { type BankIssue, capIssues } from '../bank/issue.js';
import type { Question } from '../bank/schema.js';
import { cutText } from '../cut-text.js';
import { editDistance } from '../grade/normalize.js';
import type { Sheet } from './sheet.js';

/**
 * The sheet's answers to ids the bank does not have, each with its `line:col` and, for the first
 * few shown, the known id one or two edits away; undefined when every id is known.
 */
export function unknownIdIssues(
	questions: readonly Question[],
	sheet: Sheet,
): BankIssue[] | undefined {
	const known = idsOf(questions);
	const unknown = sheet.answers.filter((answer) => !known.has(answer.id));
	if (unknown.length === 0) return undefined;
	return capIssues(unknown, ({ id, line, col }) => ({
		file: sheet.file,
		line,
		col,
		questionId: cutText(id),
		message: `no such question in the bank${suggestion(id, known)} (see: quizline list)`,
	}));
}

const bankIds = new WeakMap<readonly Question[], ReadonlySet<string>>();

/** The ids of a bank's questions, once per bank (a class's sheets share it). */
function idsOf(questions: readonly Question[]): ReadonlySet<string> {
	let ids = bankIds.get(questions);
	if (!ids) {
		ids = new Set(questions.map((question) => question.id));
		bankIds.set(questions, ids);
	}
	return ids;
}

/** `; did you mean "trade-last-year"?` for an id one or two edits from a known one. */
function suggestion(id: string, known: ReadonlySet<string>): string {
	let best: { id: string; distance: number } | undefined;
	for (const candidate of known) {
		if (Math.abs(candidate.length - id.length) > 2) continue;
		const distance = editDistance(id, candidate);
		if (distance <= 2 && (!best || distance < best.distance)) best = { id: candidate, distance };
	}
	return best ? `; did you mean "${best.id}"?` : '';
}
