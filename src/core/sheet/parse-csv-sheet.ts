import { type BankIssue, capIssues } from '../bank/issue.js';
import { parseCsv } from '../csv.js';
import type { SheetAnswer, SheetResult } from './sheet.js';

const header = 'a header line "id,answer"';

const blankAsNull = (cell = '') => (cell.trim() === '' ? null : cell);

/**
 * Read a CSV answer sheet: a header naming the `id` and `answer` columns, and `support` for part
 * B of two-part questions (other columns are ignored, so a spreadsheet may keep e.g. the prompt
 * beside them), then one answer per row. An order is one cell: "c,a,d,b" (quoted) or "cadb".
 */
export function parseCsvSheet(text: string, file: string): SheetResult {
	const parsed = parseCsv(text);
	if (!parsed.ok) {
		const { line, col, message } = parsed;
		return { ok: false, issues: [{ file, line, col, message }] };
	}
	const [head, ...rows] = parsed.records;
	if (!head)
		return { ok: false, issues: [{ file, line: 1, col: 1, message: `expected ${header}` }] };
	const names = head.fields.map((name) => name.trim().toLowerCase());
	const idColumn = names.indexOf('id');
	const answerColumn = names.indexOf('answer');
	const supportColumn = names.indexOf('support');
	if (idColumn < 0 || answerColumn < 0) {
		const missing = idColumn < 0 ? 'id' : 'answer';
		const message = `missing column "${missing}" (expected ${header}, found "${head.fields.join(',')}")`;
		return { ok: false, issues: [{ file, line: head.line, col: 1, message }] };
	}
	const issues: BankIssue[] = [];
	const answers: SheetAnswer[] = [];
	const seen = new Map<string, number>();
	for (const row of rows) {
		const id = row.fields[idColumn]?.trim() ?? '';
		const col = row.starts[idColumn]?.col ?? 1;
		if (row.fields.length !== head.fields.length) {
			const message = `expected ${head.fields.length} columns like the header, found ${row.fields.length}`;
			issues.push({ file, line: row.line, col: 1, message });
			continue;
		}
		if (id === '') {
			issues.push({ file, line: row.line, col, message: 'missing question id' });
			continue;
		}
		const first = seen.get(id);
		if (first !== undefined) {
			const message = `answered twice (first on line ${first})`;
			issues.push({ file, line: row.line, col, questionId: id, message });
			continue;
		}
		seen.set(id, row.line);
		const answer = blankAsNull(row.fields[answerColumn]);
		const support = supportColumn < 0 ? {} : { support: blankAsNull(row.fields[supportColumn]) };
		answers.push({ id, answer, ...support, line: row.line, col });
	}
	if (issues.length === 0 && answers.length === 0) {
		issues.push({ file, line: head.line, col: 1, message: 'no answers below the header' });
	}
	if (issues.length > 0) return { ok: false, issues: capIssues(issues, (issue) => issue) };
	return { ok: true, sheet: { file, student: null, bank: null, answers } };
}
