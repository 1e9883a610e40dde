// The per-question class report: facility, discrimination, the commonest wrong answer.
import { cutText } from '../core/cut-text.js';
import { normalizeText } from '../core/grade/normalize.js';
import { type ResultRow, rowCredit, type TallyRow } from './rows.js';

/** How one question went for the class. */
export type QuestionReport = {
	readonly questionId: string;
	/** The question's prompt as the results file gave it; null when the file has none. */
	readonly prompt: string | null;
	/** Students counted (everyone in the session, answered or not); null when unknown. */
	readonly students: number | null;
	/** Right answers; null when the teacher did not count (projector mode). */
	readonly right: number | null;
	/** Answers partly right (some of an order in place, or only part A of two); null when unknown. */
	readonly partial: number | null;
	/** The share of the question the class earned, 0–1, partial credit counted; null when unknown. */
	readonly credit: number | null;
	/** Share right, 0–1 (the item's facility); null when it cannot be known. */
	readonly facility: number | null;
	/**
	 * Share right in the top third of the class (by total right) minus the share right in the
	 * bottom third, −1 to 1; null with fewer than three students or no per-student results.
	 */
	readonly discrimination: number | null;
	/** The wrong answer given most often (its first 200 characters), and how often. */
	readonly commonWrong: { readonly answer: string; readonly count: number } | null;
};

/** One student's total. */
export type StudentTotal = {
	readonly name: string;
	readonly right: number;
	readonly of: number;
	/** Questions earned, partial credit counted (2.5 for two right and two orders half in place). */
	readonly credit: number;
};

/** The per-question report and each student's total. */
export type ClassReport = {
	readonly kind: 'results' | 'tally';
	readonly questions: readonly QuestionReport[];
	/** Best first; empty in projector mode. */
	readonly students: readonly StudentTotal[];
};

/** The report for a live session's results (one row per student per question). */
export function reportFromResults(rows: readonly ResultRow[]): ClassReport {
	const totals = new Map<string, { right: number; of: number; credit: number }>();
	for (const row of rows) {
		const total = totals.get(row.name) ?? { right: 0, of: 0, credit: 0 };
		total.of += 1;
		if (row.result === 'right') total.right += 1;
		total.credit += rowCredit(row);
		totals.set(row.name, total);
	}
	// Best first, partial credit breaking ties; equal totals by name, so the thirds do not depend
	// on the file's row order.
	const students = [...totals]
		.map(([name, total]) => ({ name, ...total }))
		.sort((a, b) => b.right - a.right || b.credit - a.credit || a.name.localeCompare(b.name));
	const third = Math.floor(students.length / 3);
	const top = new Set(students.slice(0, third).map((student) => student.name));
	const bottom = new Set(students.slice(students.length - third).map((student) => student.name));
	// Rows grouped by question in one pass (not one pass over all rows per question).
	const byQuestion = new Map<string, ResultRow[]>();
	for (const row of rows) {
		const group = byQuestion.get(row.questionId);
		if (group) group.push(row);
		else byQuestion.set(row.questionId, [row]);
	}
	const questions = [...byQuestion].map(([questionId, answers]) => {
		const right = answers.filter((row) => row.result === 'right').length;
		let credit = 0;
		for (const row of answers) credit += rowCredit(row);
		const shareRight = (group: ReadonlySet<string>) =>
			answers.filter((row) => group.has(row.name) && row.result === 'right').length / third;
		return {
			questionId,
			prompt: answers.find((row) => row.prompt)?.prompt ?? null,
			students: answers.length,
			right,
			partial: answers.filter((row) => row.result === 'partial').length,
			credit: answers.length === 0 ? null : credit / answers.length,
			facility: answers.length === 0 ? null : right / answers.length,
			discrimination: third === 0 ? null : shareRight(top) - shareRight(bottom),
			commonWrong: commonestWrong(answers),
		};
	});
	return { kind: 'results', questions, students };
}

/** The report for projector mode: facility from the teacher's counts, nothing per student. */
export function reportFromTallies(rows: readonly TallyRow[]): ClassReport {
	const questions = rows.map((row) => {
		// The teacher counts whole right answers only: the credit is the facility.
		const facility = row.right === null || !row.of ? null : row.right / row.of;
		return {
			questionId: row.questionId,
			prompt: row.prompt ?? null,
			students: row.of,
			right: row.right,
			partial: null,
			credit: facility,
			facility,
			discrimination: null,
			commonWrong: null,
		};
	});
	return { kind: 'tally', questions, students: [] };
}

/**
 * The questions the class found hardest, hardest first: least credit earned (so an order most
 * had half in place is easier than one nobody had any of), then least often wholly right, then
 * by id. Questions without a count, or that everyone got right, are left out.
 */
export function hardestQuestions(report: ClassReport, count = 3): QuestionReport[] {
	return report.questions
		.filter((question) => question.credit !== null && question.credit < 1)
		.sort(
			(a, b) =>
				(a.credit ?? 0) - (b.credit ?? 0) ||
				(a.facility ?? 0) - (b.facility ?? 0) ||
				a.questionId.localeCompare(b.questionId),
		)
		.slice(0, count);
}

function commonestWrong(rows: readonly ResultRow[]): QuestionReport['commonWrong'] {
	const counts = new Map<string, { answer: string; count: number }>();
	for (const row of rows) {
		if (row.result !== 'wrong' && row.result !== 'partial') continue;
		const key = normalizeText(row.answer) || row.answer.trim();
		const entry = counts.get(key) ?? { answer: row.answer.trim(), count: 0 };
		entry.count += 1;
		counts.set(key, entry);
	}
	let best: { answer: string; count: number } | null = null;
	for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
	return best && { answer: cutText(best.answer), count: best.count };
}
