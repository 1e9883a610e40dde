import { describe, expect, it } from 'vitest';
import { findComparisons } from '../../../src/generate/facts/comparisons.js';
import { findDates } from '../../../src/generate/facts/dates.js';
import { findChanges } from '../../../src/generate/facts/figure-change.js';
import { findFigures } from '../../../src/generate/facts/figures.js';

const figuresOf = (text: string) =>
	findFigures(
		text,
		findDates(text).map((date) => [date.start, date.end]),
	);
const comparisons = (text: string) =>
	findComparisons(text, figuresOf(text)).map(({ frame, unit, sides }) => [
		frame,
		unit,
		...sides.map((side) => side.condition),
	]);
const changes = (text: string) =>
	findChanges(text, figuresOf(text)).map(({ frame, verb, unit, sides }) => [
		frame,
		verb,
		unit,
		...sides.map((side) => side.condition),
	]);

describe('findComparisons', () => {
	it('finds one measure given under two conditions', () => {
		expect(
			comparisons(
				'The DSTT is open for 20 hours on weekdays and Saturdays, from 5:00 am to 1:00 am the following day, and for 18 hours on Sundays, from 6:00 am to midnight.',
			),
		).toEqual([['The DSTT is open for', 'hours', 'on weekdays and Saturdays', 'on Sundays']]);
	});

	it.each([
		// one amount in two currencies, not two amounts
		'The award includes a cash component of 10 million Swedish Kronor (approximately US$1.4 million).',
		// one length in two units
		'The roadway was lowered by 8 inches (20 cm) and other improvements were made to prepare for light rail service.',
		// different measures: trains, seconds, passengers
		'The tunnel has a theoretical capacity of 40 trains per hour per direction with a minimum of 90-second headways, carrying 22,000 passengers per hour per direction.',
		// "every 10 minutes … every 15 minutes": a "how many more" of intervals reads wrong
		'During weekends, 1 Line trains arrive every 10 minutes during midday hours and every 15 minutes during mornings and evenings.',
		// the frame holds other figures and opens mid-clause
		'During regular weekday service, trains run roughly every six to 10 minutes during rush hour and midday operation, respectively, with longer headways of 15 minutes in the early morning and 20 minutes at night.',
		// estimates: their difference is no fact
		'The DSTT is open for about 20 hours on weekdays and Saturdays, and for about 18 hours on Sundays.',
		// the same condition twice
		'The DSTT is open for 20 hours on Sundays, from 5:00 am to 1:00 am the following day, and for 18 hours on Sundays.',
	])('finds no comparison in %s', (text) => {
		expect(comparisons(text)).toEqual([]);
	});
});

describe('findChanges', () => {
	it('finds what changed, how, in one unit, with the year of each side', () => {
		expect(
			changes(
				'World production of the metal grew from 6,800 metric tons in 1900 to 2,810,000 metric tons in 1954, when aluminium became the most produced non-ferrous metal, surpassing copper.',
			),
		).toEqual([['World production of the metal', 'grow', 'metric tons', 'in 1900', 'in 1954']]);
	});

	it.each([
		// one figure, the other a conversion
		'By September 1889, Hall’s production grew to 385 pounds (175 kilograms) at a cost of $0.65 per pound.',
		// two units
		'World production of the metal grew from 6,800 metric tons in 1900 to 2,810,000 tonnes in 1954.',
		// an estimate
		'World production of the metal grew from about 6,800 metric tons in 1900 to 2,810,000 metric tons in 1954.',
		// one side dated, the other not: from when to when is unclear
		'World production of the metal grew from 6,800 metric tons in 1900 to 2,810,000 metric tons.',
		// a pronoun for what changed
		'It grew from 6,800 metric tons in 1900 to 2,810,000 metric tons in 1954.',
	])('finds no change in %s', (text) => {
		expect(changes(text)).toEqual([]);
	});
});
