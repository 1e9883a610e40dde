import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWhen, whenOf } from '../../../src/generate/facts/event-dates.js';
import { subjectFinder } from '../../../src/generate/facts/event-subjects.js';
import { findDatedEvents } from '../../../src/generate/facts/events.js';
import { findFacts } from '../../../src/generate/facts/facts.js';
import { findSequences } from '../../../src/generate/facts/sequences.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';

const events = (text: string) =>
	findDatedEvents(segmentArticle(text).sentences).map((event) => [event.text, event.date.text]);

describe('findDatedEvents', () => {
	it.each([
		[
			'The King County Metro Council approved the bus tunnel proposal in November 1983, but construction did not begin until March 1987.',
			[['The King County Metro Council approved the bus tunnel proposal', 'November 1983']],
		],
		[
			'The tunnel reopened on September 24, 2007, and light rail service began on July 18, 2009.',
			[
				['The tunnel reopened', 'September 24, 2007'],
				['Light rail service began', 'July 18, 2009'],
			],
		],
		[
			'On March 23, 2019, bus service in the tunnel ceased and its remaining seven routes were moved to surface streets.',
			[
				[
					'Bus service in the tunnel ceased and its remaining seven routes were moved to surface streets',
					'March 23, 2019',
				],
			],
		],
		[
			'In 1997 Dr Maathai ran for president on the Liberal Party of Kenya ticket.',
			[['Dr Maathai ran for president on the Liberal Party of Kenya ticket', '1997']],
		],
		[
			'Though proposals for a rapid transit tunnel under 3rd Avenue were introduced in the 1910s and 1920s, planning for the modern bus and rail Metro Bus Tunnel only began in 1974.',
			[['Planning for the modern bus and rail Metro Bus Tunnel began', '1974']],
		],
		[
			'The tunnel was closed on September 24, 2005, for modification to accommodate both buses and light rail trains.',
			[['The tunnel was closed', 'September 24, 2005']],
		],
		[
			'Construction of the main dome began in May 1909 and took two years.',
			[['Construction of the main dome began', 'May 1909']],
		],
		[
			'The first telescope, a 1.2-metre reflector, saw first light on 2 October 1911.',
			[['The first telescope, a 1.2-metre reflector, saw first light', '2 October 1911']],
		],
		[
			'Aluminium was first produced independently using electrolysis in 1854 by the German chemist Robert Wilhelm Bunsen and Deville.',
			[
				[
					'Aluminium was first produced independently using electrolysis by the German chemist Robert Wilhelm Bunsen and Deville',
					'1854',
				],
			],
		],
		[
			'In 1888, Héroult and his companions founded Aluminium Industrie Aktiengesellschaft and started industrial production of aluminium bronze in Neuhausen am Rheinfall.',
			[['Héroult and his companions founded Aluminium Industrie Aktiengesellschaft', '1888']],
		],
		[
			'Austrian chemist Carl Josef Bayer discovered a way of purifying bauxite to yield alumina in 1888 at a textile factory in Saint Petersburg and was issued a patent later that year; this is now known as the Bayer process.',
			[
				[
					'Austrian chemist Carl Josef Bayer discovered a way of purifying bauxite to yield alumina',
					'1888',
				],
			],
		],
		[
			// "two years later" from an event whose subject is no name: not dated
			'The tunnel reopened on September 24, 2007, and was extended two years later.',
			[['The tunnel reopened', 'September 24, 2007']],
		],
	])('restates the dated past event of %s', (text, expected) => {
		expect(events(text)).toEqual(expected);
	});

	it.each([
		// a span, not a point in time
		'The DSTT was used only by buses from its opening in 1990 until 2005, and shared by buses and light rail from 2009 until 2019.',
		// a state "as of" a year
		'As of 2012, the DSTT carried 52,600 daily riders, of which 10,000 are on light rail.',
		// a pronoun for a subject, a date inside a noun phrase
		'It was owned by King County Metro and shared with Sound Transit through a joint-operating agreement signed in 2002.',
		// what was said is not in the clause
		'On her Green Belt Movement project, Dr Maathai told the UNESCO Courier in 1999, "If you want to save the environment, you should protect the people first."',
		// planned, not past
		'Mars 2020 will launch on an Atlas V rocket from Cape Canaveral, and is expected to reach Mars in February 2021.',
		// a dependent clause
		'Before arriving at the summit, Xi visited Kazakhstan, where he unveiled in 2013 his flagship Belt and Road Initiative.',
		// the date is a participle's, or a relative clause's
		'Preparations for Link light rail service restored late-night and full weekend hours for the tunnel, introduced in June 2009 after Sound Transit Express route 550 moved all of its trips into the tunnel.',
		'Residents of the low-lying Charlois district, where 1,200 homes flooded in January 2018, welcomed the news.',
		'World production continued to rise, reaching 58,500,000 metric tons in 2015.',
		// a noun and its participle, no clause
		'Aluminium became much more available with the Hall–Héroult process, and the Bayer process developed by Austrian chemist Carl Joseph Bayer in 1889.',
		// "this" stands for a noun of the sentence before
		'Discovery of this metal was announced in 1825 by Danish physicist Hans Christian Ørsted, whose work was extended by German chemist Friedrich Wöhler.',
		'The first attempt to overcome this for aluminium production was made by American engineer Charles Bradley in 1883.',
		// a pronoun somewhere in the clause
		'In 1892, while working at a chemical plant in Yelabuga, he discovered the aluminium contents of bauxite.',
		// a date with no year
		'Regular bus service began on September 15, carrying 28,000 daily passengers.',
	])('finds no event to order in %s', (text) => {
		expect(events(text)).toEqual([]);
	});
});

describe('compareWhen', () => {
	const when = (text: string, kind: 'date' | 'year' = 'date') =>
		whenOf({ kind, start: 0, end: text.length, text }) ?? { year: 0 };
	it('orders dates the text tells apart', () => {
		expect(compareWhen(when('November 1983'), when('March 1987'))).toBeLessThan(0);
		expect(compareWhen(when('July 21, 2018'), when('March 23, 2019'))).toBeLessThan(0);
		expect(compareWhen(when('24 September 2005'), when('September 30, 2005'))).toBeLessThan(0);
	});
	it('cannot order a year against a date in it, or one day against itself', () => {
		expect(compareWhen(when('2009', 'year'), when('July 18, 2009'))).toBeUndefined();
		expect(compareWhen(when('July 2009'), when('July 18, 2009'))).toBeUndefined();
		expect(compareWhen(when('July 18, 2009'), when('July 18, 2009'))).toBeUndefined();
	});
});

describe('findSequences', () => {
	const text = [
		'The King County Metro Council approved the bus tunnel proposal in November 1983.',
		'Tests of normal buses began in March 1989; tunnel construction was declared complete in June 1990.',
		'Light rail service began in 2009. The tunnel reopened on September 24, 2007.',
		'Sound Transit assumed full ownership on July 18, 2009.',
	].join('\n');
	it('keeps only events every two of which are dated apart, earliest first', () => {
		const found = findSequences(findDatedEvents(segmentArticle(text).sentences));
		expect(found.map((sequence) => sequence.events.map((event) => event.date.text))).toEqual([
			['November 1983', 'March 1989', 'June 1990', 'September 24, 2007', '2009'],
		]);
	});
	it('makes no question of fewer than three events', () => {
		const two = 'The tunnel reopened on September 24, 2007. Light rail service began in 2009.';
		expect(findSequences(findDatedEvents(segmentArticle(two).sentences))).toEqual([]);
	});
});

describe('a leading "he" or "she" of a dated event', () => {
	const named = (text: string) => {
		const { sentences, index } = findFacts(text);
		return findDatedEvents(sentences, subjectFinder(index)).map((event) => event.text);
	};

	it('names the one person the sentence before names, of the pronoun’s gender', () => {
		const news = readFileSync(
			new URL('../../fixtures/real-texts/news-report.txt', import.meta.url),
			'utf8',
		);
		expect(named(news)).toEqual([
			'Dr Maathai ran for president on the Liberal Party of Kenya ticket',
			'Dr Maathai was elected to Parliament',
			// "…, and was appointed … the next year": the subject and the year of the clause before
			'Dr Maathai was appointed deputy minister of environment for the new government',
		]);
	});

	it('stays unnamed, and the event is left out, when the sentence before names two people', () => {
		const news = readFileSync(
			new URL('../../fixtures/real-texts/news-report.txt', import.meta.url),
			'utf8',
		).replace(
			'In 1997 Dr Maathai ran for president on the Liberal Party of Kenya ticket.',
			'In 1997 Dr Maathai ran for president against Daniel arap Moi.',
		);
		// and the clause dated "the next year" from it goes with it
		expect(named(news)).toEqual(['Dr Maathai ran for president against Daniel arap Moi']);
	});
});
