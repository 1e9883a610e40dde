// The shape of `quizline grade --json`. The committed JSON Schema (schemas/) is generated from
// this; code on the grading path imports only its types, so zod is not loaded to grade.
import * as z from 'zod';

const place = {
	line: z.int().min(0).describe('1-based line; 0 when the problem has no place in the file'),
	col: z.int().min(0).describe('1-based column; 0 when the problem has no place in the file'),
};

const totals = {
	questions: z.int().min(0).describe('Questions graded'),
	right: z.int().min(0),
	wrong: z.int().min(0).describe('Wrong answers, including answers that could not be graded'),
	missing: z.int().min(0).describe('Questions left blank (or, with --all, not on the sheet)'),
};

const resultSchema = z
	.strictObject({
		id: z.string().describe('Question id'),
		correct: z.boolean(),
		verdict: z
			.enum(['exact', 'accepted', 'near-miss', 'partial', 'wrong', 'invalid', 'missing'])
			.describe(
				'exact: the answer itself; accepted: an allowed alternative; near-miss: one slip on a long word; partial: some of an order in place, or part A of a two-part question right and part B not (counts as wrong); wrong; invalid: not of the expected form (counts as wrong); missing: no answer',
			),
		given: z.string().nullable().describe('The answer as written; null when missing'),
		expected: z.string().describe('The correct answer as shown to people'),
		slip: z
			.strictObject({ typed: z.string(), expected: z.string() })
			.nullable()
			.describe('For a near miss: the word as typed and as expected'),
		message: z.string().nullable().describe('Why an invalid answer could not be graded'),
		inPlace: z
			.strictObject({
				right: z.int().min(0).describe('Items in their right place'),
				of: z.int().min(1).describe('Items to put in order'),
			})
			.nullable()
			.describe('An order question: how many items stand in their place; null for other types'),
		support: z
			.strictObject({
				given: z.string().nullable().describe('Part B as written; null when none was given'),
				correct: z
					.boolean()
					.nullable()
					.describe(
						'Whether part B is right; null when part A is not (part B then does not count)',
					),
				expected: z.string().describe('The line that supports the answer'),
			})
			.nullable()
			.describe('Part B of a two-part question; null for a question without one'),
		explanation: z.string().nullable(),
		source: z
			.strictObject({
				file: z.string().describe('The article file, as the bank names it'),
				line: z.int().min(1).describe('1-based line of the article that holds the answer'),
				quote: z.string().describe('Verbatim text of that line'),
				highlight: z.string().nullable().describe('The answer span inside the quote'),
			})
			.describe('Where the article states the answer'),
	})
	.describe('One graded question');

const sheetSchema = z
	.strictObject({
		file: z.string().describe('The sheet file as named ("-" for standard input)'),
		student: z.string().nullable(),
		bank: z.string().describe('The bank graded against: its file name without extension'),
		totals: z.strictObject(totals),
		results: z.array(resultSchema).describe('One per question, in bank order'),
	})
	.describe('One graded answer sheet');

const issueSchema = z
	.strictObject({
		file: z.string(),
		...place,
		questionId: z.string().nullable(),
		message: z.string(),
	})
	.describe('A problem that kept a sheet or bank from being graded');

/** `quizline grade --json`: one document for all the sheets of a run. */
export const gradeDocumentSchema = z
	.strictObject({
		format: z.literal('quizline-grade/1').describe('Name and version of this shape'),
		status: z
			.enum(['pass', 'fail', 'error'])
			.describe(
				'pass: all right (exit 0); fail: any wrong or missing (exit 1); error: any issue (exit 2)',
			),
		totals: z
			.strictObject({ sheets: z.int().min(0), ...totals })
			.describe('Over all graded sheets'),
		sheets: z.array(sheetSchema).describe('Graded sheets, in the order given'),
		issues: z.array(issueSchema).describe('Sheets or banks that could not be graded'),
	})
	.meta({
		title: 'quizline grade --json',
		description: 'Answer sheets graded against a quizline question bank',
	});

/** The `--json` document of `quizline grade`. */
export type GradeDocument = z.output<typeof gradeDocumentSchema>;
/** One sheet of a `GradeDocument`. */
export type SheetDocument = GradeDocument['sheets'][number];
/** One graded question of a `SheetDocument`. */
export type ResultDocument = SheetDocument['results'][number];
