import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { quoteHint } from '../../src/format/quote.js';
import { questionDefaults } from '../core/question-fixture.js';

const question = (prompt: string): Question => ({
	...questionDefaults,
	id: 'q',
	type: 'short',
	prompt,
	answer: 'Tokayev',
	accept: [],
	allowNearMiss: false,
	source: { line: 21, quote: 'In a meeting with Kazakh President Tokayev on Wednesday' },
});

describe('quoteHint', () => {
	it('blanks the answer in the article’s sentence', () => {
		expect(quoteHint(question('Which Kazakh president did Xi meet?'))).toBe(
			'In a meeting with Kazakh President _______ on Wednesday',
		);
	});

	it('adds the first letter when the prompt already quotes that sentence', () => {
		const fillIn = question(
			'Fill in the blank: In a meeting with Kazakh President _____ on Wednesday',
		);
		expect(quoteHint(fillIn)).toBe('In a meeting with Kazakh President T______ on Wednesday');
	});
});
