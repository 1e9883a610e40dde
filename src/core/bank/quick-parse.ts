import { namesEachItemOnce } from '../grade/grade-order.js';
import { checkJsonSchema } from '../json-schema-check.js';
import type { QuestionPositions } from './parse.js';
import type { Bank } from './schema.js';
import { controlCharacterIssues, isProse } from './text-checks.js';

/**
 * Positions for the checks of a bank read quickly: no place is known there, and any problem
 * found sends the text to parseBank, which finds it again with its place.
 */
export const noPositions: QuestionPositions = {
	at: () => ({ line: 0, col: 0 }),
	of: () => ({ line: 0, col: 0 }),
};

/**
 * The bank in `data`, read quickly from `text` (line-yaml.ts), when it is a
 * valid bank: the same bank parseBank gives. It is checked against the bank's JSON Schema
 * (questions/schema.json, made from the zod schema), which is quicker than loading zod, and for
 * the rule that schema cannot say (order answers). Undefined when anything is wrong; parseBank
 * then reads the text again and says what is wrong, with each problem's line:col.
 */
export function quickParseBank(text: string, data: unknown, jsonSchema: unknown): Bank | undefined {
	if (isProse(text)) return undefined;
	const checked = checkJsonSchema(jsonSchema, data);
	if (!checked) return undefined;
	const bank = checked.data as Bank;
	if (!bank.questions.every(orderAnswerFits)) return undefined;
	if (controlCharacterIssues(bank, '', noPositions).length > 0) return undefined;
	return bank;
}

/** The one rule of schema.ts beyond JSON Schema: an order's answer names each item once. */
function orderAnswerFits(question: Bank['questions'][number]): boolean {
	return question.type !== 'order' || namesEachItemOnce(question.items.length, question.answer);
}
