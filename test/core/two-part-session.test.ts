import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { rulesFor } from '../../src/core/modes/mode.js';
import { planReview } from '../../src/core/modes/review.js';
import { replaySession } from '../../src/core/resume.js';
import { dueQueue } from '../../src/core/schedule.js';
import { itemsFromIds } from '../../src/core/select.js';
import { isAtPartB, sessionReducer, startSession } from '../../src/core/session.js';
import { orderQuestion, questionDefaults } from './question-fixture.js';

const twoPart: Question = {
	...questionDefaults,
	id: 'why',
	type: 'short',
	prompt: 'Why?',
	answer: 'the army',
	accept: [],
	allowNearMiss: false,
	support: {
		prompt: 'Which line?',
		choices: ['line one', 'line two', 'line three'],
		answer: 'line two',
	},
};
const order: Question = orderQuestion;
const questions = [twoPart, order];
const items = itemsFromIds(questions, ['why', 'when'], 'seed');
const at = 1_000;

describe('a two-part question in a session', () => {
	it('keeps part A, asks part B, then grades both together', () => {
		let state = startSession(items, at);
		state = sessionReducer(state, { type: 'answer', given: 'the army', at: at + 10 });
		expect(isAtPartB(state)).toBe(true);
		expect(state.answered).toEqual([]);
		state = sessionReducer(state, { type: 'answer', given: 'line one', at: at + 20 });
		expect(isAtPartB(state)).toBe(false);
		const [answered] = state.answered;
		expect(answered).toMatchObject({ given: 'the army', supportGiven: 'line one', ms: 20 });
		expect(answered?.verdict).toMatchObject({ correct: false, kind: 'partial' });
		expect(answered?.verdict.support).toEqual({ correct: false, expected: 'line two' });
	});

	it('asks part B after a wrong part A too, where it does not count', () => {
		let state = startSession(items, at);
		state = sessionReducer(state, { type: 'answer', given: 'no idea', at });
		expect(isAtPartB(state)).toBe(true);
		state = sessionReducer(state, { type: 'answer', given: 'line two', at });
		expect(state.answered[0]?.verdict).toMatchObject({ correct: false, kind: 'wrong' });
		expect(state.answered[0]?.verdict.support).toBeUndefined();
		expect(state.answered[0]?.supportGiven).toBe('line two');
	});

	it('refuses an empty part A before part B is asked', () => {
		const state = sessionReducer(startSession(items, at), { type: 'answer', given: ' ', at });
		expect(state.error).toBe('the answer is empty');
		expect(isAtPartB(state)).toBe(false);
	});

	it('shuffles part B’s lines by the seed, the same way on a resume', () => {
		const [item] = items;
		const shown = item?.supportOptions ?? [];
		expect([...shown].sort()).toEqual(['line one', 'line three', 'line two']);
		expect(itemsFromIds(questions, ['why'], 'seed')[0]?.supportOptions).toEqual(shown);
		const seeds = Array.from({ length: 20 }, (_, seed) =>
			itemsFromIds(questions, ['why'], seed)[0]?.supportOptions?.join(),
		);
		expect(new Set(seeds).size).toBeGreaterThan(1);
		expect(items[1]?.supportOptions).toBeUndefined();
	});

	it('is rebuilt on a resume with both parts, and an order with its count in place', () => {
		const stored = [
			{ id: 'why', answer: 'the army', support: 'line two', at: '2024-05-01T10:00:00.000Z' },
			{ id: 'when', answer: 'c, a, b, d', at: '2024-05-01T10:01:00.000Z' },
		];
		const state = replaySession(items, rulesFor('practice'), stored, at, at);
		expect(state.answered.map((each) => each.verdict.kind)).toEqual(['exact', 'partial']);
		expect(state.answered[1]?.verdict.inPlace).toEqual({ right: 2, of: 4 });
		expect(state.phase).toBe('done');
	});

	it('stops a resume at a two-part answer stored without its part B, asking it whole again', () => {
		const stored = [{ id: 'why', answer: 'the army', at: '2024-05-01T10:00:00.000Z' }];
		const state = replaySession(items, rulesFor('practice'), stored, at, at);
		expect(state.answered).toEqual([]);
		expect(state.index).toBe(0);
		expect(isAtPartB(state)).toBe(false);
	});
});

describe('a partly right answer in spaced repetition and review', () => {
	const now = new Date('2024-05-02T10:00:00.000Z');
	const record = (correct: boolean) => ({
		attempts: 1,
		correct: correct ? 1 : 0,
		lastCorrect: correct,
		history: [
			{
				at: '2024-05-01T10:00:00.000Z',
				correct,
				ms: 3_000,
				// As the store keeps a partly right order: not correct, some items in place.
				...(correct ? {} : { verdict: 'partial', inPlace: { right: 2, of: 4 } }),
			},
		],
	});

	it('is due again the next day, as a wrong one is, while a quick right one is not', () => {
		const queue = dueQueue([order, twoPart], { when: record(false), why: record(true) }, { now });
		expect(queue.due).toEqual(['when']);
	});

	it('is gone over again by a review', () => {
		const plan = planReview({
			questions: [order, twoPart],
			records: { when: record(false), why: record(true) },
			seed: 's',
			now,
		});
		expect(plan.ok && plan.plan.items.map((item) => item.question.id)).toEqual(['when']);
	});
});
