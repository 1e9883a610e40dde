import { readYamlQuickly } from '../yaml/quick-yaml.js';
import type { QuestionPositions } from './parse.js';
import { type Bank, bankSchema } from './schema.js';
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
 * The bank a text holds when it is a valid bank read quickly (quick-yaml.ts): the same bank
 * parseBank gives. Undefined when anything is wrong or unusual; parseBank then reads the text
 * again and says what is wrong, with each problem's line:col.
 */
export function quickParseBank(text: string): Bank | undefined {
	if (isProse(text)) return undefined;
	const read = readYamlQuickly(text);
	if (!read) return undefined;
	const result = bankSchema.safeParse(read.data);
	if (!result.success) return undefined;
	if (controlCharacterIssues(result.data, '', noPositions).length > 0) return undefined;
	return result.data;
}
