// "According to the article, why …?" as `generate` writes it for the science news.
import { describe, expect, it } from 'vitest';
import { withoutTrailingPlace } from '../../../src/generate/candidates/cause-questions.js';
import { generateParsed, realText } from '../helpers.js';

describe('withoutTrailingPlace', () => {
	const key =
		'to demonstrate the viability and potential of heavier-than-air vehicles on the Red Planet';
	const distractors = [
		'To identify and collect samples of rock and soil',
		'To access locations not reachable by ground travel',
	];

	it('leaves out a place that makes the key outrun its distractors', () => {
		expect(withoutTrailingPlace(key, distractors)).toBe(
			'to demonstrate the viability and potential of heavier-than-air vehicles',
		);
	});

	it('keeps a key no longer than its distractors, and one that would be cut too short', () => {
		expect(withoutTrailingPlace(key, [...distractors, key])).toBe(key);
		expect(withoutTrailingPlace('to live in Florida', ['to rest'])).toBe('to live in Florida');
	});
});

describe('the science news’s cause question', () => {
	const question = generateParsed(realText('science-news')).bank.questions.find((each) =>
		each.prompt.startsWith('According to the article, why'),
	);

	it('asks why without a possessive the prompt cannot resolve, its key no longest by far', () => {
		if (question?.type !== 'choice') throw new Error('no cause question');
		expect(question.prompt).toBe(
			'According to the article, why will the Mars Helicopter travel with the Mars 2020 rover mission?',
		);
		const longest = Math.max(
			...question.choices
				.filter((choice) => choice !== question.answer)
				.map((choice) => choice.length),
		);
		expect(question.answer.length).toBeLessThanOrEqual(longest * 1.5);
		expect(question.skill).toBe('inference');
		expect(question.support?.answer).toContain(question.answer.slice(3));
	});
});
