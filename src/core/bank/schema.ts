import * as z from 'zod';
import { itemLettersOf, namesEachItemOnce } from '../grade/grade-order.js';
import { origins, skills } from './kinds.js';

// Banks are parsed once per run: compiling validators (zod's JIT) costs more than it saves.
z.config({ jitless: true });

/** Question ids: lower-case words joined by hyphens; progress is keyed by them. */
const questionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { questionTypes, skills } from './kinds.js';

const sourceSchema = z
	.strictObject({
		line: z.int().min(1).describe('1-based line of the article file that holds the answer'),
		quote: z.string().min(1).describe('Verbatim substring of that line'),
		highlight: z
			.string()
			.min(1)
			.optional()
			.describe('Part of the quote to highlight as the answer span (defaults to the answer text)'),
	})
	.describe('Where the article states the answer');

/** The letters that name a list's items, as the learner sees them: a, b, c… */

const supportSchema = z
	.strictObject({
		prompt: z
			.string()
			.min(1)
			.default('Which line of the article supports your answer?')
			.describe('Part B, asked once part A is answered'),
		choices: z
			.array(z.string().min(1))
			.min(2)
			.max(8)
			.describe('Lines of the article to choose from'),
		answer: z.string().min(1).describe('The line that supports the answer, spelled as in choices'),
	})
	.describe('Part B of a two-part question: it counts only when part A is right');

const common = {
	id: z
		.string()
		.regex(questionIdPattern, 'lower-case words joined by hyphens, e.g. trade-last-year')
		.describe('Stable id; progress is keyed by it'),
	prompt: z.string().min(1).describe('The question as shown to the learner'),
	source: sourceSchema,
	moreSources: z
		.array(sourceSchema)
		.optional()
		.describe('Other lines the answer draws on (two figures compared, events put in order)'),
	support: supportSchema.optional(),
	explanation: z.string().min(1).optional().describe('Why the answer is right'),
	tags: z.array(z.string().min(1)).default([]).describe('Topics, for --tags'),
	skill: z.enum(skills).default('recall').describe('What the question trains'),
	origin: z.enum(origins).default('curated').describe('Written by hand or by the generator'),
};

const choiceQuestionSchema = z.strictObject({
	...common,
	type: z.literal('choice'),
	choices: z.array(z.string().min(1)).min(2).max(8).describe('Options, the answer among them'),
	answer: z.string().min(1).describe('The right option, spelled as in choices'),
});

const trueFalseQuestionSchema = z.strictObject({
	...common,
	type: z.literal('truefalse'),
	answer: z.boolean().describe('Whether the statement in the prompt is true'),
});

const shortQuestionSchema = z.strictObject({
	...common,
	type: z.literal('short'),
	answer: z.string().min(1).describe('The expected free-text answer'),
	accept: z.array(z.string().min(1)).default([]).describe('Other answers that also count'),
	allowNearMiss: z
		.boolean()
		.default(false)
		.describe('Count a one-letter slip on a long word as right'),
});

const numericQuestionSchema = z.strictObject({
	...common,
	type: z.literal('numeric'),
	answer: z.number().describe('The expected value, in full (140 billion is 140000000000)'),
	tolerance: z.number().min(0).default(0).describe('Largest accepted absolute difference'),
	unit: z.string().min(1).optional().describe('Unit shown with the value, e.g. $ or words'),
});

const orderQuestionSchema = z
	.strictObject({
		...common,
		type: z.literal('order'),
		items: z
			.array(z.string().min(1))
			.min(3)
			.max(5)
			.describe('Events to put in order, shown in this order and lettered a, b, c…'),
		answer: z
			.array(z.string().regex(/^[a-e]$/, 'a letter a–e'))
			.describe('The right order, as the letters of items, e.g. [c, a, d, b]'),
	})
	.superRefine((question, context) => {
		const letters = itemLettersOf(question.items.length);
		if (!namesEachItemOnce(question.items.length, question.answer))
			context.addIssue({
				code: 'custom',
				path: ['answer'],
				message: `expected each of the letters ${letters.join(', ')} once (one per item)`,
			});
	});

export const questionSchema = z.discriminatedUnion('type', [
	choiceQuestionSchema,
	trueFalseQuestionSchema,
	shortQuestionSchema,
	numericQuestionSchema,
	orderQuestionSchema,
]);

export const bankSchema = z
	.strictObject({
		article: z.strictObject({
			file: z.string().min(1).describe('Article text, relative to this bank'),
			title: z.string().min(1),
			source: z.string().min(1).optional().describe('Publisher and date'),
		}),
		questions: z.array(questionSchema).min(1),
		rejected: z
			.array(z.string().min(1))
			.optional()
			.describe(
				'Content ids of generated questions rejected in review: generate never brings them back',
			),
	})
	.describe('A quizline question bank');

export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
/** A bank as written in YAML (defaults not yet applied). */
export type BankInput = z.input<typeof bankSchema>;
/** A parsed bank with defaults applied. */
export type Bank = z.output<typeof bankSchema>;
