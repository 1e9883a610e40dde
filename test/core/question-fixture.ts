// What most test questions share: a curated recall question citing line 1, without tags.
import type { Question } from '../../src/core/bank/schema.js';

/** The fields a test question need not spell out; spread it first and set the rest. */
export const questionDefaults = {
	source: { line: 1, quote: 'q' },
	tags: [],
	skill: 'recall',
	origin: 'curated',
} as const satisfies Partial<Question>;

/** The items of the bundled bank's order question (`order-of-meetings`), as shown: a, b, c, d. */
export const meetingItems = [
	'Xi meets Kazakh President Tokayev',
	'Putin and Xi frame their “no-limits” partnership',
	'Xi unveils the Belt and Road Initiative',
	'Putin praises China’s “balanced position” at the summit',
];

/** An order question of four items whose right order is c, a, d, b. */
export const orderQuestion: Question & { type: 'order' } = {
	...questionDefaults,
	id: 'when',
	type: 'order',
	prompt: 'In order',
	items: ['first', 'second', 'third', 'fourth'],
	answer: ['c', 'a', 'd', 'b'],
};
