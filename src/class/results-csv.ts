// Class results as CSV files, written and read back with their problems at line:col.
import { type BankIssue, capIssues } from '../core/bank/issue.js';
import { type CsvRecord, csvRow, guardFormula, parseCsv, unguardFormula } from '../core/csv.js';
import { cutText } from '../core/cut-text.js';
import { type ResultRow, rowCredit, type TallyRow } from './rows.js';

/**
 * The header of a results file (one row per student per question): `part_b` is part B of a
 * two-part question as answered, `credit` the share of the question earned (0–1).
 */
export const resultsHeader = [
	'name',
	'question_id',
	'answer',
	'result',
	'seconds',
	'prompt',
	'part_b',
	'credit',
] as const;
/** The header of a projector-mode file (one row per question). */
export const tallyHeader = ['question_id', 'right', 'of', 'prompt'] as const;
/** The headers of files written before part B and credit, or the prompt, were added; still read. */
const olderResultsHeaders = [resultsHeader.slice(0, -2), resultsHeader.slice(0, -3)];
const olderTallyHeader = tallyHeader.slice(0, -1);

const results = new Set(['right', 'partial', 'wrong', 'unanswered']);

/** Results as CSV text, header first. */
export function formatResultsCsv(rows: readonly ResultRow[]): string {
	const lines = rows.map((row) =>
		csvRow([
			guardFormula(row.name),
			row.questionId,
			guardFormula(row.answer),
			row.result,
			row.seconds === null ? '' : row.seconds.toFixed(1),
			guardFormula(row.prompt ?? ''),
			guardFormula(row.support ?? ''),
			creditText(rowCredit(row)),
		]),
	);
	return `${[csvRow(resultsHeader), ...lines].join('\n')}\n`;
}

/** `1`, `0.5`, `0.67`: a credit with at most two decimals. */
function creditText(credit: number): string {
	return String(Math.round(credit * 100) / 100);
}

/** Projector-mode counts as CSV text, header first. */
export function formatTallyCsv(rows: readonly TallyRow[]): string {
	const lines = rows.map((row) =>
		csvRow([
			row.questionId,
			String(row.right ?? ''),
			String(row.of ?? ''),
			guardFormula(row.prompt ?? ''),
		]),
	);
	return `${[csvRow(tallyHeader), ...lines].join('\n')}\n`;
}

/** A parsed class file: student results, or projector counts; problems point at line:col. */
export type ClassFile =
	| { readonly ok: true; readonly kind: 'results'; readonly rows: readonly ResultRow[] }
	| { readonly ok: true; readonly kind: 'tally'; readonly rows: readonly TallyRow[] }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/** Collects the problems of one file, each at a line and column. */
type Problems = { add(line: number, col: number, message: string): void };

/** Reads either kind of class CSV, telling them apart by the header. */
export function parseClassCsv(text: string, file: string): ClassFile {
	const parsed = parseCsv(text);
	if (!parsed.ok) return { ok: false, issues: [{ file, ...parsed, message: parsed.message }] };
	const [header, ...records] = parsed.records;
	const names = header?.fields.map((field) => field.trim().toLowerCase()).join(',');
	const issues: BankIssue[] = [];
	const problems: Problems = {
		add: (line, col, message) => issues.push({ file, line, col, message }),
	};
	// The first 50 problems, then how many more: a file of 150,000 bad rows is not listed whole.
	const refused = (): ClassFile => ({ ok: false, issues: capIssues(issues, (found) => found) });
	for (const expected of [resultsHeader, ...olderResultsHeaders]) {
		if (names !== expected.join(',')) continue;
		const rows = resultRowsOf(records, expected, problems);
		return issues.length > 0 ? refused() : { ok: true, kind: 'results', rows };
	}
	for (const expected of [tallyHeader, olderTallyHeader]) {
		if (names !== expected.join(',')) continue;
		const rows = tallyRowsOf(records, expected, problems);
		return issues.length > 0 ? refused() : { ok: true, kind: 'tally', rows };
	}
	return {
		ok: false,
		issues: [
			{
				file,
				line: header?.line ?? 1,
				col: 1,
				message: `expected the header "${resultsHeader.join(',')}" (live session) or "${tallyHeader.join(',')}" (projector mode)`,
			},
		],
	};
}

/** Where field `i` of a record starts (the record's start when it has no such field). */
const fieldStart = (record: CsvRecord, i: number) =>
	record.starts[i] ?? { line: record.line, col: 1 };

/** Whether the record has as many fields as the header; if not, says so. */
function hasFields(record: CsvRecord, header: readonly string[], problems: Problems): boolean {
	if (record.fields.length === header.length) return true;
	problems.add(
		record.line,
		1,
		`expected ${header.length} fields (${header.join(',')}), found ${record.fields.length}`,
	);
	return false;
}

function resultRowsOf(
	records: readonly CsvRecord[],
	header: readonly string[],
	problems: Problems,
): ResultRow[] {
	const rows: ResultRow[] = [];
	const seen = new Map<string, number>();
	for (const record of records) {
		if (!hasFields(record, header, problems)) continue;
		const at = (i: number, message: string) => {
			const { line, col } = fieldStart(record, i);
			problems.add(line, col, message);
		};
		const [name = '', questionId = '', answer = '', result = '', seconds = '', prompt = ''] =
			record.fields;
		const [support = '', credit = ''] = record.fields.slice(6);
		if (name.trim() === '') at(0, 'expected a student name');
		if (questionId.trim() === '') at(1, 'expected a question id');
		if (!results.has(result))
			at(3, `expected right, partial, wrong or unanswered, found "${cutText(result)}"`);
		const share = credit === '' ? undefined : Number(credit);
		if (share !== undefined && !(share >= 0 && share <= 1))
			at(7, `expected a credit from 0 to 1 or nothing, found "${cutText(credit)}"`);
		const pair = `${name}\u0000${questionId}`;
		const first = seen.get(pair);
		if (first !== undefined) {
			problems.add(
				record.line,
				1,
				`${cutText(name)} on ${cutText(questionId)} again (first on line ${first}): one row per student per question`,
			);
		} else seen.set(pair, record.line);
		const time = seconds === '' ? null : Number(seconds);
		if (time !== null && !(Number.isFinite(time) && time >= 0)) {
			at(4, `expected seconds (a number of 0 or more) or nothing, found "${cutText(seconds)}"`);
		}
		rows.push({
			name: unguardFormula(name),
			questionId,
			answer: unguardFormula(answer),
			result: result as ResultRow['result'],
			seconds: time,
			...promptOf(prompt),
			...(support.trim() === '' ? {} : { support: unguardFormula(support) }),
			// A credit that is the result's own (1 right, else 0) is left implicit, as rows have it.
			...(share === undefined || Number.isNaN(share) || share === (result === 'right' ? 1 : 0)
				? {}
				: { credit: share }),
		});
	}
	return rows;
}

function tallyRowsOf(
	records: readonly CsvRecord[],
	header: readonly string[],
	problems: Problems,
): TallyRow[] {
	const rows: TallyRow[] = [];
	for (const record of records) {
		const count = (text: string, i: number) => {
			if (text === '') return null;
			const value = Number(text);
			if (Number.isInteger(value) && value >= 0) return value;
			const { line, col } = fieldStart(record, i);
			problems.add(line, col, `expected a whole number or nothing, found "${cutText(text)}"`);
			return null;
		};
		if (!hasFields(record, header, problems)) continue;
		const [questionId = '', right = '', of = '', prompt = ''] = record.fields;
		rows.push({ questionId, right: count(right, 1), of: count(of, 2), ...promptOf(prompt) });
	}
	return rows;
}

/** A prompt field as a row holds it: absent when empty (or the file has no such column). */
function promptOf(field: string): { prompt?: string } {
	const prompt = unguardFormula(field).trim();
	return prompt === '' ? {} : { prompt };
}
