import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { diffChars } from '../../src/core/grade/diff.js';
import { answerText, gradeAnswer, resolveChoice } from '../../src/core/grade/grade.js';
import { editDistance, normalizeText } from '../../src/core/grade/normalize.js';
import { formatNumber, parseNumber } from '../../src/core/grade/parse-number.js';
import { createStyle } from '../../src/format/style.js';
import { formatDiff, formatVerdict } from '../../src/format/verdict-text.js';

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
const accented: Question = {
	...base,
	id: 'a',
	type: 'short',
	answer: 'Ivana Kottasová',
	accept: [],
	allowNearMiss: false,
};
const city: Question = {
	...base,
	id: 'city',
	type: 'short',
	answer: 'Samarkand',
	accept: ['Samarqand'],
	allowNearMiss: false,
};
const lenient: Question = { ...city, id: 'lenient', allowNearMiss: true };
const doubled: Question = { ...city, id: 'doubled', answer: 'Mississippi', accept: [] };
const tiny: Question = { ...city, id: 'tiny', answer: 'Xi', accept: [] };
const dollars: Question = {
	...base,
	id: 'n',
	type: 'numeric',
	answer: 140_000_000_000,
	tolerance: 0,
	unit: '$',
};
const percent: Question = { ...base, id: 'p', type: 'numeric', answer: 70, tolerance: 1 };

type Row = readonly [
	rule: string,
	question: Question,
	given: string,
	correct: boolean,
	kind: string,
];

/** Every rule of lenient grading, with the cases that must pass and those that must fail. */
const table: readonly Row[] = [
	// Choice and true/false: by text (leniently), number or letter.
	['choice by text', choice, '$140 billion', true, 'exact'],
	['choice ignores case and symbols', choice, '140 BILLION', true, 'exact'],
	['choice by number', choice, '2', true, 'exact'],
	['choice by letter', choice, 'b', true, 'exact'],
	['choice: another option is wrong', choice, '$40 billion', false, 'wrong'],
	['true/false by word', trueFalse, 'false', true, 'exact'],
	['true/false by letter', trueFalse, 'F', true, 'exact'],
	['true/false: the opposite is wrong', trueFalse, 'yes', false, 'wrong'],
	// Short answers: case, accents, punctuation, extra spaces and articles are ignored.
	['short: as written', short, 'Kassym-Jomart Tokayev', true, 'exact'],
	['short: case', short, 'KASSYM-JOMART TOKAYEV', true, 'accepted'],
	['short: punctuation', short, 'Kassym Jomart Tokayev!', true, 'accepted'],
	['short: extra spaces', short, '  Kassym   Jomart  Tokayev ', true, 'accepted'],
	['short: accents (NFKD)', accented, 'ivana kottasova', true, 'accepted'],
	['short: composed accents typed apart', accented, 'Ivana Kottasova\u0301', true, 'accepted'],
	['short: article "the"', short, 'the Tokayev', true, 'accepted'],
	['short: article "a"', city, 'a Samarkand', true, 'accepted'],
	['short: article "an"', city, 'an samarkand', true, 'accepted'],
	['short: apostrophes', city, "Samarkand's", false, 'near-miss'],
	// Accepted alternatives.
	['short: accepted alternative', short, 'TOKAYEV', true, 'accepted'],
	['short: alternative, leniently', city, 'samarqand.', true, 'accepted'],
	// Near misses: one edit on a word of five letters or more, wrong unless allowed.
	['near miss: a missing letter', short, 'Tokayv', false, 'near-miss'],
	['near miss: a swapped pair', city, 'Samrakand', false, 'near-miss'],
	['near miss: a wrong letter', city, 'Samarkant', false, 'near-miss'],
	['near miss: an extra letter', city, 'Samarkannd', false, 'near-miss'],
	['near miss: a missing double letter', doubled, 'Missisippi', false, 'near-miss'],
	['fail: two double letters missing', doubled, 'Misisippi', false, 'wrong'],
	['near miss: a missing double letter at the end', doubled, 'Mississipi', false, 'near-miss'],
	['near miss counts when allowed', lenient, 'Samarkant', true, 'near-miss'],
	// Must fail: not a near miss.
	['fail: two edits on a long word', city, 'Smarkant', false, 'wrong'],
	['fail: one edit on a short word', tiny, 'Xu', false, 'wrong'],
	['fail: a missing word', short, 'Kassym Tokayev', false, 'wrong'],
	['fail: an extra word', short, 'Tokayev Nazarbayev', false, 'wrong'],
	['fail: another name', short, 'Mirziyoyev', false, 'wrong'],
	['fail: allowed slip needs one edit only', lenient, 'Smarkant', false, 'wrong'],
	// Numbers: units, magnitudes, separators and tolerance.
	['number in full', dollars, '140000000000', true, 'exact'],
	['number in the unit people say', dollars, '140', true, 'accepted'],
	['number with currency and "bn"', dollars, '$140bn', true, 'exact'],
	['number with a word magnitude', dollars, '140 billion', true, 'exact'],
	['number with unit after', dollars, '140 billion dollars', true, 'exact'],
	['number with a currency code', dollars, 'US$140 bn', true, 'exact'],
	['number with comma separators', dollars, '140,000,000,000', true, 'exact'],
	['number with space separators', dollars, '140 000 000 000', true, 'exact'],
	[
		'number with no-break space separators',
		dollars,
		'140\u202f000\u202f000\u202f000',
		true,
		'exact',
	],
	['number in decimal thousands', dollars, '0.14 trillion', true, 'exact'],
	['number within tolerance', percent, '71', true, 'accepted'],
	['number within tolerance, with a unit', percent, '69%', true, 'accepted'],
	['number exactly', percent, '70 percent', true, 'exact'],
	// Must fail: numbers.
	['fail: outside tolerance', percent, '72', false, 'wrong'],
	['fail: another figure', dollars, '200 billion', false, 'wrong'],
	['fail: a figure off by ten', dollars, '14', false, 'wrong'],
	['fail: the wrong magnitude', dollars, '140 million', false, 'wrong'],
	['fail: the full figure mistyped', dollars, '1,400,000,000', false, 'wrong'],
];

describe('gradeAnswer: the lenient grading table', () => {
	const named = table.map(
		([rule, question, given, correct, kind]) =>
			[`${rule}: ${JSON.stringify(given)}`, question, given, correct, kind] as const,
	);
	it.each(named)('%s', (_name, question, given, correct, kind) => {
		expect(gradeAnswer(question, given)).toMatchObject({ kind, correct });
	});

	it.each([
		[choice, 'Beijing', 'expected one of'],
		[choice, '7', 'expected one of'],
		[trueFalse, 'maybe', 'true or false'],
		[dollars, 'lots', 'a number'],
		[dollars, '1 and 2', 'a number'],
		[short, '   ', 'empty'],
	] as const)('%# rejects %j as invalid', (question, given, message) => {
		const verdict = gradeAnswer(question, given);
		expect(verdict.kind).toBe('invalid');
		expect(verdict.kind === 'invalid' && verdict.message).toContain(message);
	});
});

describe('near misses are shown, never silent', () => {
	it('a near miss names the word typed, the word expected and their diff', () => {
		expect(gradeAnswer(short, 'Kassym-Jomart Tokayv')).toEqual({
			correct: false,
			kind: 'near-miss',
			expected: 'Kassym-Jomart Tokayev',
			slip: {
				typed: 'tokayv',
				expected: 'tokayev',
				diff: [
					{ op: 'same', text: 'tokay' },
					{ op: 'missing', text: 'e' },
					{ op: 'same', text: 'v' },
				],
			},
		});
	});

	it('a missing double letter shows the letter to add, even when slips are allowed', () => {
		const allowed: Question = { ...doubled, allowNearMiss: true };
		const verdict = gradeAnswer(allowed, 'Missisippi');
		expect(verdict).toMatchObject({ kind: 'near-miss', correct: true });
		const slip = verdict.kind === 'invalid' ? undefined : verdict.slip;
		expect(formatDiff(slip?.diff ?? [], createStyle(false))).toBe('missis[+s]ippi');
	});

	it('check prints "almost — check the spelling" with the diff', () => {
		const verdict = gradeAnswer(city, 'Samarkant');
		if (verdict.kind === 'invalid') throw new Error('expected a verdict');
		const text = formatVerdict(city, 'Samarkant', verdict, createStyle(false));
		expect(text).toContain('almost — check the spelling');
		expect(text).toContain('You typed "samarkant", the answer has "samarkand": samarkan[-t][+d]');
	});
});

describe('diffChars', () => {
	it.each([
		['tokayv', 'tokayev', 'tokay[+e]v'],
		['samarkannd', 'samarkand', 'samarkan[-n]d'],
		['samrakand', 'samarkand', 'sam[-r]a[+r]kand'],
		['abc', 'abc', 'abc'],
		['', 'abc', '[+abc]'],
	])('%j against %j is %j', (typed, expected, shown) => {
		expect(formatDiff(diffChars(typed, expected), createStyle(false))).toBe(shown);
	});

	it('keeps every character of both sides, in order', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (typed, expected) => {
				const parts = diffChars(typed, expected);
				const side = (op: string) =>
					parts
						.filter((part) => part.op === 'same' || part.op === op)
						.map((part) => part.text)
						.join('');
				expect(side('extra')).toBe(typed);
				expect(side('missing')).toBe(expected);
			}),
		);
	});

	it('changes no more characters than an edit distance of one needs', () => {
		const changed = diffChars('kazakstan', 'kazakhstan').filter((part) => part.op !== 'same');
		expect(changed).toEqual([{ op: 'missing', text: 'h' }]);
		expect(editDistance('kazakstan', 'kazakhstan')).toBe(1);
	});
});

describe('helpers', () => {
	it.each([
		['The  Kremlin’s', 'kremlins'],
		['Ivana Kottasová', 'ivana kottasova'],
		['  an   Apple!  ', 'apple'],
		['ﬁnal', 'final'],
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
		['１４０', 140, false],
		['2 000', 2000, false],
	])('parseNumber(%j)', (input, value, hasMagnitude) => {
		expect(parseNumber(input)).toEqual({ value, hasMagnitude });
	});

	it.each(['in 2022 200 people', '12 34', 'none'])(
		'parseNumber(%j) finds no single number',
		(text) => {
			expect(parseNumber(text)).toBeUndefined();
		},
	);

	it('formats figures as people say them', () => {
		expect(formatNumber(140e9, '$')).toBe('$140 billion');
		expect(formatNumber(5000, 'words')).toBe('5,000 words');
		expect(formatNumber(2013)).toBe('2013');
		expect(formatNumber(5000)).toBe('5,000');
		expect(formatNumber(12500)).toBe('12,500');
		expect(answerText(trueFalse)).toBe('False');
	});

	it('resolves a choice by text before number', () => {
		expect(resolveChoice(['2013', '2', '1'], '2')).toBe('2');
		expect(resolveChoice(['2013', '2014'], '2')).toBe('2014');
	});
});
