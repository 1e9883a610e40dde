import { describe, expect, it } from 'vitest';
import { seededRng } from '../../../src/core/random.js';
import {
	isNearFigure,
	otherDates,
	perturbFigure,
} from '../../../src/generate/candidates/distractors.js';
import { findDates } from '../../../src/generate/facts/dates.js';
import { findFigures } from '../../../src/generate/facts/figures.js';

describe('distractors a reader cannot rule out on sight', () => {
	it('a year in a name ("Mars 2020 rover") is not a date to ask about', () => {
		const sentence =
			'The helicopter will travel with the agency’s Mars 2020 rover mission, scheduled to launch in July 2020.';
		expect(findDates(sentence).map((date) => date.text)).toEqual(['July 2020']);
		expect(findDates('In 2004 she won the prize.').map((date) => date.text)).toEqual(['2004']);
	});

	it('a year keeps its place among the other years of its sentence', () => {
		const sentence = 'The tunnel was used only by buses from its opening in 1990 until 2005.';
		const [opening] = findDates(sentence);
		if (!opening) throw new Error('no year found');
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const years = otherDates(opening, ['1901', '2016', '1987'], seededRng(seed), 3, sentence);
			expect(years.length).toBeGreaterThan(0);
			for (const year of years) {
				expect(Number(year)).toBeLessThan(2005);
				expect(Math.abs(Number(year) - 1990)).toBeLessThanOrEqual(12);
			}
		}
	});

	it('a figure is offered between half and double its value', () => {
		const [figure] = findFigures('The helicopter team spent 40 weeks on the tests.');
		if (!figure) throw new Error('no figure found');
		for (const seed of ['a', 'b', 'c']) {
			for (const text of perturbFigure(figure, seededRng(seed), 3)) {
				const value = Number(/\d+/.exec(text)?.[0]);
				expect(value).toBeGreaterThanOrEqual(40 / 2);
				expect(value).toBeLessThanOrEqual(40 * 2);
			}
		}
	});

	it('a span of many years stays within a quarter of it: "117 years ago" never beside 234', () => {
		const [figure] = findFigures(
			'The Wright Brothers proved 117 years ago that flight was possible.',
		);
		if (!figure) throw new Error('no figure found');
		let offered = 0;
		for (const seed of ['a', 'b', 'c', 'd']) {
			for (const text of perturbFigure(figure, seededRng(seed), 3)) {
				const value = Number(/\d+/.exec(text)?.[0]);
				expect(value).toBeGreaterThanOrEqual(117 * 0.75 - 1);
				expect(value).toBeLessThanOrEqual(117 * 1.25 + 1);
				offered++;
			}
		}
		expect(offered).toBeGreaterThan(8);
		expect(isNearFigure(figure, 94)).toBe(true);
		expect(isNearFigure(figure, 4)).toBe(false);
	});

	it('a full date is offered beside full dates, never a day without its year', () => {
		const sentence =
			'The tunnel reopened on September 24, 2007, and light rail began on July 18, 2009.';
		const [reopened] = findDates(sentence);
		if (!reopened) throw new Error('no date found');
		for (const seed of ['a', 'b', 'c', 'd']) {
			const dates = otherDates(
				reopened,
				['September 15', 'July 18, 2009'],
				seededRng(seed),
				3,
				sentence,
			);
			for (const date of dates) expect(date).toMatch(/\d{4}$/);
		}
	});
});
