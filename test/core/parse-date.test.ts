import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { gradeAnswer } from '../../src/core/grade/grade.js';
import { parseDate } from '../../src/core/grade/parse-date.js';

describe('parseDate reads the usual ways of writing a date', () => {
	it.each([
		['December 25, 2021', '2021-12-25'],
		['25 December 2021', '2021-12-25'],
		['25 Dec 2021', '2021-12-25'],
		['Dec. 25, 2021', '2021-12-25'],
		['25th of December, 2021', '2021-12-25'],
		['2021-12-25', '2021-12-25'],
		['November 1983', '1983-11'],
		['Sept 24 2007', '2007-09-24'],
	])('%s', (text, iso) => {
		expect(parseDate(text)).toBe(iso);
	});

	it.each(['12/25/2021', 'Christmas 2021', '2021', 'December', '32 December 2021', 'the 25th'])(
		'leaves %s alone',
		(text) => {
			expect(parseDate(text)).toBeUndefined();
		},
	);
});

describe('a date answer grades right in any usual format', () => {
	const question = {
		id: 'opened',
		type: 'short',
		prompt: 'The tunnel reopened on _____.',
		answer: 'September 24, 2007',
		accept: [],
		allowNearMiss: false,
		source: { line: 1, quote: 'The tunnel reopened on September 24, 2007' },
		tags: [],
		skill: 'recall',
		origin: 'generated',
	} as Question;

	it.each(['24 September 2007', 'Sep 24, 2007', '2007-09-24'])('%s is right', (given) => {
		expect(gradeAnswer(question, given)).toMatchObject({ correct: true, kind: 'accepted' });
	});

	it.each(['25 September 2007', 'September 2007', 'September 24, 2008'])('%s is wrong', (given) => {
		expect(gradeAnswer(question, given)).toMatchObject({ correct: false });
	});
});
