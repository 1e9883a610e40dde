// "Who said …?" on the science news of the regression set: its four speakers, titled or not.
import { describe, expect, it } from 'vitest';
import { generateParsed, realText } from '../helpers.js';

const speakers = ['Jim Bridenstine', 'John Culberson', 'Thomas Zurbuchen', 'Mimi Aung'];

describe('who-said questions on the science news', () => {
	const questions = generateParsed(realText('science-news')).bank.questions;
	const choices = questions.flatMap((question) =>
		question.type === 'choice' && question.prompt.startsWith('Who said') ? [question] : [],
	);

	it('offer the people the article quotes, a woman among men when the quote shows no pronoun', () => {
		expect(choices.length).toBeGreaterThan(0);
		for (const question of choices)
			expect([...question.choices].sort()).toEqual([...speakers].sort());
		expect(choices.map((question) => question.answer)).toContain('Mimi Aung');
	});

	it('know the speaker named after a title ("said NASA Administrator Jim Bridenstine")', () => {
		const answers = questions.flatMap((question) =>
			question.type === 'short' || question.type === 'choice' ? [question.answer] : [],
		);
		expect(answers).toContain('Jim Bridenstine');
	});
});
