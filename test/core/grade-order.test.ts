import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { answerText, gradeAnswer } from '../../src/core/grade/grade.js';
import { itemsInOrder } from '../../src/core/grade/grade-order.js';
import { questionDefaults } from './question-fixture.js';

const order: Question = {
	...questionDefaults,
	id: 'o',
	type: 'order',
	prompt: 'Put these events in the order they happened.',
	items: ['Xi visits Kazakhstan', 'Putin and Xi meet in Samarkand', 'Xi leaves China'],
	answer: ['c', 'a', 'b'],
};

const twoPart: Question = {
	...questionDefaults,
	id: 'two',
	type: 'choice',
	prompt: 'Where did they meet?',
	choices: ['Samarkand', 'Moscow'],
	answer: 'Samarkand',
	support: {
		prompt: 'Which line supports your answer?',
		choices: ['They met in Samarkand on Thursday.', 'Moscow hosted a summit in 2019.'],
		answer: 'They met in Samarkand on Thursday.',
	},
};

describe('grading an order question', () => {
	it.each([
		['c,a,b', 'exact', 3],
		['c a b', 'exact', 3],
		['CAB', 'exact', 3],
		['3, 1, 2', 'exact', 3],
		['Xi leaves China | Xi visits Kazakhstan | Putin and Xi meet in Samarkand', 'exact', 3],
		['c,b,a', 'partial', 1],
		['a,b,c', 'wrong', 0],
	])('%s is %s with %i in place', (given, kind, right) => {
		const verdict = gradeAnswer(order, given);
		expect(verdict.kind).toBe(kind);
		if (verdict.kind === 'invalid') return;
		expect(verdict.inPlace).toEqual({ right, of: 3 });
		expect(verdict.correct).toBe(kind === 'exact');
	});

	it.each(['c,a', 'c,a,a', 'c,a,d', 'Xi leaves China | someone else | Xi visits Kazakhstan'])(
		'refuses %s, saying what it expects',
		(given) => {
			const verdict = gradeAnswer(order, given);
			expect(verdict).toEqual({
				kind: 'invalid',
				message: expect.stringContaining('the 3 letters a, b, c'),
			});
		},
	);

	it('shows the expected order as letters and lists the items in order', () => {
		expect(answerText(order)).toBe('c, a, b');
		expect(itemsInOrder(order as Question & { type: 'order' })).toEqual([
			'Xi leaves China',
			'Xi visits Kazakhstan',
			'Putin and Xi meet in Samarkand',
		]);
	});
});

describe('grading a two-part question', () => {
	it('is right only when both parts are', () => {
		const verdict = gradeAnswer(twoPart, 'a', 'a');
		expect(verdict).toMatchObject({ correct: true, kind: 'exact', support: { correct: true } });
	});

	it('gives part credit when part A is right and part B is not', () => {
		const verdict = gradeAnswer(twoPart, 'Samarkand', '2');
		expect(verdict).toMatchObject({ correct: false, kind: 'partial', support: { correct: false } });
	});

	it('does not count part B when part A is wrong', () => {
		const verdict = gradeAnswer(twoPart, 'b', 'a');
		expect(verdict).toMatchObject({ correct: false, kind: 'wrong' });
		expect(verdict).not.toHaveProperty('support');
	});

	it('asks for part B when it is missing or not a choice', () => {
		expect(gradeAnswer(twoPart, 'a')).toEqual({
			kind: 'invalid',
			message: expect.stringMatching(/^part B is missing: expected one of/),
		});
		expect(gradeAnswer(twoPart, 'a', 'z')).toEqual({
			kind: 'invalid',
			message: expect.stringMatching(/^part B: expected one of/),
		});
	});
});
