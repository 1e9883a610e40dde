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
 * The bank in `data`, read quickly from `text` (line-yaml.ts, quick-yaml.ts), when it is a
 * valid bank: the same bank parseBank gives. Undefined when anything is wrong; parseBank then
 * reads the text again and says what is wrong, with each problem's line:col.
 */
export function quickParseBank(text: string, data: unknown): Bank | undefined {
	if (isProse(text)) return undefined;
	const result = bankSchema.safeParse(data);
	if (!result.success) return undefined;
	if (controlCharacterIssues(result.data, '', noPositions).length > 0) return undefined;
	return result.data;
}
