import { describe, expect, it } from 'vitest';
import { findDatedEvents } from '../../../src/generate/facts/events.js';
import { findIntervals, statesYears, wholeYears } from '../../../src/generate/facts/intervals.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';

const intervalsOf = (text: string) => {
	const { sentences } = segmentArticle(text);
	return findIntervals(findDatedEvents(sentences), sentences).map(({ earlier, later, years }) => [
		earlier.text,
		later.text,
		years,
	]);
};

describe('findIntervals', () => {
	it('pairs two events of one subject dated in different sentences', () => {
		const text =
			'The tunnel was closed on September 24, 2005, for modification to accommodate both buses and light rail trains. The tunnel reopened on September 24, 2007, and light rail service began on July 18, 2009.';
		expect(intervalsOf(text)).toEqual([['The tunnel was closed', 'The tunnel reopened', 2]]);
	});

	it('leaves out a span the text states itself', () => {
		const text =
			'Bradley applied for a patent in 1883. After a necessary two-year break, Bradley re-applied. Bradley was granted a patent in 1885.';
		expect(intervalsOf(text)).toEqual([]);
		expect(intervalsOf(text.replace(/After.*re-applied\. /u, ''))).toEqual([
			['Bradley applied for a patent', 'Bradley was granted a patent', 2],
		]);
	});

	it('relates unrelated neighbours only across lines, and one pair of them at most', () => {
		const lines = [
			'Aluminium was first produced using electrolysis in 1854.',
			'Bradley applied for a patent in 1883.',
			'Hall founded the Pittsburgh Reduction Company in 1888.',
			'Cowles built a smelter in Lockport in 1892.',
		];
		expect(intervalsOf(lines.join('\n'))).toEqual([
			['Aluminium was first produced using electrolysis', 'Bradley applied for a patent', 29],
		]);
		expect(intervalsOf(lines.join(' '))).toEqual([]);
	});

	it('leaves out events that share nothing', () => {
		const text =
			'Light rail service began on July 18, 2009. Convention Place station was closed permanently on July 21, 2018.';
		expect(intervalsOf(text)).toEqual([]);
	});

	it('leaves out two events of one sentence and a single year apart', () => {
		expect(
			intervalsOf(
				'Dr Maathai ran for president in 1997, and Dr Maathai was elected to Parliament in 2002.',
			),
		).toEqual([]);
		expect(
			intervalsOf('In 1888, Hall founded the company. In 1889, Hall founded a second company.'),
		).toEqual([]);
	});
});

describe('wholeYears', () => {
	it.each([
		[{ year: 1997 }, { year: 2002 }, 5],
		[{ year: 2009, month: 7, day: 18 }, { year: 2018, month: 7, day: 21 }, 9],
		[{ year: 2005, month: 9, day: 24 }, { year: 2007, month: 9, day: 24 }, 2],
		// Five years or six, as one counts: not asked.
		[{ year: 1983, month: 11 }, { year: 1989, month: 3 }, undefined],
		[{ year: 2005, month: 9, day: 24 }, { year: 2007, month: 9, day: 23 }, undefined],
		[{ year: 1983 }, { year: 1989, month: 3 }, undefined],
	])('from %o to %o is %s', (a, b, years) => {
		expect(wholeYears(a, b)).toBe(years);
	});
});

describe('statesYears', () => {
	it.each([
		['This process lasted for six years, as the patent office questioned it.', 6, true],
		['After a necessary two-year break, Bradley re-applied.', 2, true],
		['The result of the team’s four years of design weighs little.', 4, true],
		['It took two decades to finish.', 20, true],
		['This process lasted for six years.', 5, false],
		['The tunnel reopened on September 24, 2007.', 2, false],
	])('%s states %d years: %s', (text, years, states) => {
		expect(statesYears(text, years)).toBe(states);
	});
});
