// Random sheets, answers and banks: the parsers and the grader always give a verdict or a clear
// error (with a place), never a crash or a hang.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseBank } from '../../../src/core/bank/parse.js';
import type { Question } from '../../../src/core/bank/schema.js';
import { csvLine, parseCsv } from '../../../src/core/csv.js';
import { gradeAnswer } from '../../../src/core/grade/grade.js';
import { gradeDocument, gradeDocumentText } from '../../../src/core/sheet/grade-run.js';
import { gradeSheet } from '../../../src/core/sheet/grade-sheet.js';
import { parseSheet } from '../../../src/core/sheet/parse-sheet.js';
import type { SheetResult } from '../../../src/core/sheet/sheet.js';

const runs = { numRuns: 300 };

/** Text of every kind: plain, unicode, YAML and CSV punctuation, numbers. */
const text = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.stringMatching(/^[-:,"'{}[\]#|>&*!%@`\n\r\t 0-9a-z.]{0,30}$/),
	fc.double().map(String),
	fc.constantFrom(
		'true',
		'no',
		'~',
		'null',
		'0x1F',
		'1e309',
		'140bn',
		'$140 billion',
		'c',
		'3',
		'',
	),
);

const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);

const common = {
	id,
	prompt: fc.string({ minLength: 1 }),
	source: fc.record({ line: fc.integer({ min: 1, max: 50 }), quote: fc.string({ minLength: 1 }) }),
	tags: fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
	skill: fc.constant('recall' as const),
	origin: fc.constant('curated' as const),
};

const question: fc.Arbitrary<Question> = fc.oneof(
	fc
		.record({
			...common,
			choices: fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 8 }),
		})
		.chain((q) =>
			fc.constantFrom(...q.choices).map((answer) => ({ ...q, type: 'choice' as const, answer })),
		),
	fc.record({ ...common, type: fc.constant('truefalse' as const), answer: fc.boolean() }),
	fc.record({
		...common,
		type: fc.constant('short' as const),
		answer: fc.string({ minLength: 1 }),
		accept: fc.array(fc.string({ minLength: 1 }), { maxLength: 3 }),
		allowNearMiss: fc.boolean(),
	}),
	fc.record({
		...common,
		type: fc.constant('numeric' as const),
		answer: fc.double({ noNaN: true, noDefaultInfinity: true }),
		tolerance: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
	}),
);

const questions = fc.uniqueArray(question, { minLength: 1, maxLength: 8, selector: (q) => q.id });

/** A result is a sheet, or issues that each say where and what. */
function expectVerdictOrClearError(result: SheetResult) {
	if (result.ok) return;
	expect(result.issues.length).toBeGreaterThan(0);
	for (const issue of result.issues) {
		expect(issue.line).toBeGreaterThanOrEqual(0);
		expect(issue.col).toBeGreaterThanOrEqual(0);
		expect(issue.message.trim().length).toBeGreaterThan(0);
	}
}

describe('sheet parsers on anything', () => {
	it.each(['yaml', 'json', 'csv'] as const)(
		'%s: any text gives a sheet or issues with a place',
		(format) => {
			fc.assert(
				fc.property(
					fc.oneof(
						text,
						fc.array(text).map((lines) => lines.join('\n')),
					),
					(input) => {
						expectVerdictOrClearError(parseSheet(input, 'sheet', format));
					},
				),
				runs,
			);
		},
	);

	it('a sheet written as YAML, JSON or CSV reads back to the same answers', () => {
		const answers = fc.uniqueArray(
			fc.tuple(
				id,
				fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
			),
			{
				minLength: 1,
				maxLength: 20,
				selector: ([key]) => key,
			},
		);
		fc.assert(
			fc.property(
				answers,
				fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
				(pairs, student) => {
					const map = Object.fromEntries(pairs);
					const written = {
						yaml: stringify({ ...(student === undefined ? {} : { student }), answers: map }),
						json: JSON.stringify({ student, answers: map }),
						csv: [['id', 'answer'], ...pairs].map(csvLine).join(''),
					};
					for (const [format, body] of Object.entries(written)) {
						const result = parseSheet(body, `sheet.${format}`);
						if (!result.ok) throw new Error(`${format}: ${JSON.stringify(result.issues)}`);
						// Sorted: JSON objects put integer-like keys ("0") first, whatever the order written.
						const read = result.sheet.answers.map((answer) => [answer.id, answer.answer]);
						expect(read.sort()).toEqual([...pairs].sort());
					}
				},
			),
			runs,
		);
	});

	it('CSV: any text parses or fails at a place; written fields read back', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (input) => {
				const result = parseCsv(input);
				if (!result.ok) expect(result.line).toBeGreaterThan(0);
			}),
			runs,
		);
		const record = fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 5 });
		fc.assert(
			fc.property(fc.array(record, { maxLength: 5 }), (records) => {
				const result = parseCsv(records.map(csvLine).join(''));
				expect(result.ok && result.records.map((r) => r.fields)).toEqual(records);
			}),
			runs,
		);
	});
});

describe('grader on random banks and sheets', () => {
	it('any answer to any question is a verdict or "invalid" with a reason', () => {
		fc.assert(
			fc.property(question, text, (q, given) => {
				const verdict = gradeAnswer(q, given);
				if (verdict.kind === 'invalid') expect(verdict.message.length).toBeGreaterThan(0);
				else expect(typeof verdict.correct).toBe('boolean');
			}),
			runs,
		);
	});

	it('a sheet of known and unknown ids grades, or names each unknown id with its place', () => {
		const sheetFor = (bank: Question[]) =>
			fc.uniqueArray(
				fc.record({
					id: fc.oneof(fc.constantFrom(...bank.map((q) => q.id)), id),
					answer: fc.option(text, { nil: null }),
					line: fc.integer({ min: 1, max: 99 }),
					col: fc.integer({ min: 1, max: 99 }),
				}),
				{ selector: (answer) => answer.id, maxLength: 12 },
			);
		fc.assert(
			fc.property(
				questions.chain((bank) => fc.tuple(fc.constant(bank), sheetFor(bank), fc.boolean())),
				([bank, answers, all]) => {
					const sheet = { file: 's.yaml', student: null, bank: null, answers };
					const result = gradeSheet(bank, sheet, { all });
					const known = new Set(bank.map((q) => q.id));
					const unknown = answers.filter((answer) => !known.has(answer.id));
					if (!result.ok) {
						expect(result.issues.map((issue) => issue.questionId)).toEqual(
							unknown.map((a) => a.id),
						);
						return;
					}
					expect(unknown).toEqual([]);
					const { questions: count, right, wrong, missing } = result.graded.totals;
					expect(right + wrong + missing).toBe(count);
					expect(count).toBe(all ? bank.length : answers.length);
					const run = {
						entries: [{ graded: result.graded, bank: 'b', articleFile: 'a.txt' }],
						issues: [],
					};
					const document = gradeDocument(run);
					expect(JSON.parse([...gradeDocumentText(run)].join(''))).toEqual(document);
				},
			),
			runs,
		);
	});

	it('random banks written as YAML parse to a bank or to issues with a place', () => {
		const bankText = fc.oneof(
			questions.map((qs) => stringify({ article: { file: 'a.txt', title: 'T' }, questions: qs })),
			fc.array(text).map((lines) => `article:\n  file: a.txt\nquestions:\n${lines.join('\n')}`),
		);
		fc.assert(
			fc.property(bankText, (input) => {
				const result = parseBank(input, 'bank.yaml');
				if (!result.ok) {
					expect(result.issues.length).toBeGreaterThan(0);
					for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 150 },
		);
	});
});
