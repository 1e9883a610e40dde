import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { answerText, gradeAnswer, resolveChoice } from '../../src/core/grade/grade.js';
import { normalizeText } from '../../src/core/grade/normalize.js';
import { formatNumber, parseNumber } from '../../src/core/grade/parse-number.js';

const base = {
	prompt: 'p',
	source: { line: 1, quote: 'q' },
	tags: [] as string[],
	skill: 'recall' as const,
	origin: 'curated' as const,
};
const choice: Question = {
	...base,
	id: 'c',
	type: 'choice',
	choices: ['$40 billion', '$140 billion', '$200 billion'],
	answer: '$140 billion',
};
const trueFalse: Question = { ...base, id: 't', type: 'truefalse', answer: false };
const short: Question = {
	...base,
	id: 's',
	type: 'short',
	answer: 'Kassym-Jomart Tokayev',
	accept: ['Tokayev'],
	allowNearMiss: false,
};
const numeric: Question = {
	...base,
	id: 'n',
	type: 'numeric',
	answer: 140_000_000_000,
	tolerance: 0,
	unit: '$',
};

describe('gradeAnswer', () => {
	it.each([
		[choice, '$140 billion', true, 'exact'],
		[choice, '140 BILLION', true, 'exact'],
		[choice, '2', true, 'exact'],
		[choice, 'b', true, 'exact'],
		[choice, '$40 billion', false, 'wrong'],
		[trueFalse, 'false', true, 'exact'],
		[trueFalse, 'F', true, 'exact'],
		[trueFalse, 'yes', false, 'wrong'],
		[short, 'Kassym-Jomart Tokayev', true, 'exact'],
		[short, 'kassym jomart tokayev', true, 'accepted'],
		[short, 'TOKAYEV', true, 'accepted'],
		[short, 'the Tokayev.', true, 'accepted'],
		[short, 'Tokayv', false, 'near-miss'],
		[short, 'Mirziyoyev', false, 'wrong'],
		[numeric, '140000000000', true, 'exact'],
		[numeric, '140', true, 'accepted'],
		[numeric, '$140bn', true, 'exact'],
		[numeric, '140 billion', true, 'exact'],
		[numeric, '140,000,000,000', true, 'exact'],
		[numeric, '200 billion', false, 'wrong'],
		[numeric, '14', false, 'wrong'],
	] as const)('%# %s ← %j', (question, given, correct, kind) => {
		const verdict = gradeAnswer(question, given);
		expect(verdict).toMatchObject({ kind, correct });
	});

	it.each([
		[choice, 'Beijing', 'expected one of'],
		[choice, '7', 'expected one of'],
		[trueFalse, 'maybe', 'true or false'],
		[numeric, 'lots', 'a number'],
		[numeric, '1 and 2', 'a number'],
		[short, '   ', 'empty'],
	] as const)('%# rejects %j as invalid', (question, given, message) => {
		const verdict = gradeAnswer(question, given);
		expect(verdict.kind).toBe('invalid');
		expect(verdict.kind === 'invalid' && verdict.message).toContain(message);
	});

	it('a near miss counts when the question allows it', () => {
		const lenient: Question = { ...short, allowNearMiss: true } as Question;
		expect(gradeAnswer(lenient, 'Tokayv')).toMatchObject({ kind: 'near-miss', correct: true });
	});

	it('a missing double letter is a near miss, never silently right', () => {
		const word: Question = { ...short, answer: 'Kazakhstann', accept: [] } as Question;
		expect(gradeAnswer(word, 'Kazakhstan')).toMatchObject({ kind: 'near-miss', correct: false });
	});

	it('a slip in a short word is simply wrong', () => {
		const word: Question = { ...short, answer: 'Xi', accept: [] } as Question;
		expect(gradeAnswer(word, 'Xu')).toMatchObject({ kind: 'wrong' });
	});
});

describe('helpers', () => {
	it.each([
		['The  Kremlin’s', 'kremlins'],
		['Ivana Kottasová', 'ivana kottasova'],
		['  an   Apple!  ', 'apple'],
	])('normalizeText(%j) = %j', (input, output) => {
		expect(normalizeText(input)).toBe(output);
	});

	it.each([
		['5,000-word', 5000, false],
		['1.5k', 1500, true],
		['four', 4, false],
		['third', 3, false],
		['twenty-five', 25, false],
		['Seventeen', 17, false],
		['five hundred', 500, false],
		['three million', 3e6, true],
		['-3', -3, false],
		['$140 billion', 140e9, true],
	])('parseNumber(%j)', (input, value, hasMagnitude) => {
		expect(parseNumber(input)).toEqual({ value, hasMagnitude });
	});

	it('formats figures as people say them', () => {
		expect(formatNumber(140e9, '$')).toBe('$140 billion');
		expect(formatNumber(5000, 'words')).toBe('5,000 words');
		expect(answerText(trueFalse)).toBe('False');
	});

	it('resolves a choice by text before number', () => {
		expect(resolveChoice(['2013', '2', '1'], '2')).toBe('2');
		expect(resolveChoice(['2013', '2014'], '2')).toBe('2014');
	});
});
