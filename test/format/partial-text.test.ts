import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { gradeAnswer, type Verdict } from '../../src/core/grade/grade.js';
import { partResults, trainerVerdict } from '../../src/format/partial-text.js';
import { orderQuestion, questionDefaults } from '../core/question-fixture.js';

const twoPart: Question = {
	...questionDefaults,
	id: 'why',
	type: 'choice',
	prompt: 'Why?',
	choices: ['the army', 'the summit'],
	answer: 'the army',
	support: { prompt: 'Which line?', choices: ['line one', 'line two'], answer: 'line two' },
};
const order: Question = { ...orderQuestion, items: ['w', 'x', 'y', 'z'] };

function graded(question: Question, given: string, support?: string): Verdict {
	const verdict = gradeAnswer(question, given, support);
	if (verdict.kind === 'invalid') throw new Error(verdict.message);
	return verdict;
}

describe('the words for partial credit', () => {
	it.each([
		[order, 'c a d b', undefined, '✓ Right — all 4 in place'],
		[order, 'c a b d', undefined, '~ Partly right — 2 of 4 in place'],
		[order, 'a b c d', undefined, '✗ Wrong — none of 4 in place'],
		[twoPart, 'the army', 'line two', '✓ Right'],
		[twoPart, 'the army', 'line one', '~ Partly right — part A right, part B wrong'],
		[twoPart, 'the summit', 'line two', '✗ Wrong'],
	])('%# heads the feedback "%s"', (question, given, support, heading) => {
		expect(trainerVerdict(graded(question, given, support)).heading).toBe(heading);
	});

	it('says each part’s result, and why part B did not count', () => {
		expect(partResults(twoPart, graded(twoPart, 'the army', 'line one'), 'line one')).toEqual([
			'Part A: right · Part B: wrong',
			'Your part B: line one',
			"Part B's line: line two",
		]);
		expect(partResults(twoPart, graded(twoPart, 'the summit', 'line two'), 'line two')).toEqual([
			'Part A: wrong · Part B: not counted (part B counts only when part A is right)',
			'Your part B: line two (the right line)',
		]);
		expect(partResults(twoPart, graded(twoPart, 'the army', 'line two'), 'line two')).toEqual([
			'Part A: right · Part B: right',
			'Your part B: line two',
		]);
	});
});
