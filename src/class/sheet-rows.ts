// Class results from graded answer sheets, so homework gets the same report as a live session.
import path from 'node:path';
import type { BankIssue } from '../core/bank/issue.js';
import type { GradeRun } from '../core/sheet/grade-run.js';
import { creditOf, type ResultRow } from './rows.js';

/** The class's rows from graded answer sheets, and the sheets left out of them. */
export type SheetRows = {
	readonly rows: readonly ResultRow[];
	/** A second sheet with a name already seen: one sheet per student. */
	readonly issues: readonly BankIssue[];
};

/**
 * One row per student per question in the sheet's order, as a live session writes them: a blank answer is
 * `unanswered`, and seconds are unknown (null). The student is the sheet's `student:`, else
 * its file name without `.answers.yaml`.
 */
export function resultRowsFromSheets(run: GradeRun): SheetRows {
	const rows: ResultRow[] = [];
	const issues: BankIssue[] = [];
	const firstSheet = new Map<string, string>();
	for (const { graded } of run.entries) {
		const { file, student } = graded.sheet;
		const name = student?.trim() || studentFromFile(file);
		const first = firstSheet.get(name);
		if (first !== undefined) {
			const message = `student "${name}" is also on ${first}: left out of the class report`;
			issues.push({ file, line: 0, col: 0, message });
			continue;
		}
		firstSheet.set(name, file);
		// In the order the sheet lists them (a quiz sheet's order), not the bank's.
		const written = new Map(graded.sheet.answers.map((answer, index) => [answer.id, index]));
		const place = (id: string) => written.get(id) ?? Number.MAX_SAFE_INTEGER;
		const answers = [...graded.answers].sort((a, b) => place(a.question.id) - place(b.question.id));
		for (const answer of answers) {
			const result = answer.correct
				? 'right'
				: answer.kind === 'missing'
					? 'unanswered'
					: answer.kind === 'partial'
						? 'partial'
						: 'wrong';
			const isPartial = answer.kind === 'partial';
			rows.push({
				name,
				questionId: answer.question.id,
				answer: answer.given ?? '',
				result,
				seconds: null,
				prompt: answer.question.prompt,
				...(answer.support?.given ? { support: answer.support.given } : {}),
				...(isPartial
					? { credit: creditOf({ correct: false, inPlace: answer.inPlace, isPartial }) }
					: {}),
			});
		}
	}
	return { rows, issues };
}

/** `ana.answers.yaml` → `ana`; standard input is `-`. */
function studentFromFile(file: string): string {
	return path.basename(file).replace(/(\.answers)?\.(ya?ml|json|csv)$/i, '');
}
