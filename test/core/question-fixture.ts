// What most test questions share: a curated recall question citing line 1, without tags.
import type { Question } from '../../src/core/bank/schema.js';

/** The fields a test question need not spell out; spread it first and set the rest. */
export const questionDefaults = {
	source: { line: 1, quote: 'q' },
	tags: [],
	skill: 'recall',
	origin: 'curated',
} as const satisfies Partial<Question>;
