import { describe, expect, it } from 'vitest';
import { createNameClassifier } from '../../../src/generate/facts/classify-name.js';
import { findDates } from '../../../src/generate/facts/dates.js';
import { findEntities } from '../../../src/generate/facts/entities.js';
import { findFigures } from '../../../src/generate/facts/figures.js';
import { findQuotes, quoteSpans } from '../../../src/generate/facts/quotes.js';
import { peopleIndex } from '../../../src/generate/facts/speakers.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';
import { bundledArticle, fixture } from '../helpers.js';

const classifier = createNameClassifier();

describe('findFigures and findDates', () => {
	const figures = (text: string) =>
		findFigures(text).map((figure) => [figure.text, figure.value, figure.unit ?? null]);

	it.each([
		['noting trade exceeded $140 billion last year', [['$140 billion', 140e9, '$']]],
		[
			'a €1.8 billion barrier and €45 million a year',
			[
				['€1.8 billion', 1.8e9, '€'],
				['€45 million', 45e6, '€'],
			],
		],
		['released a 5,000-word document', [['5,000-word', 5000, 'words']]],
		['than they captured in five months.', [['five months', 5, 'months']]],
		[
			'a rate of 1.2 percent and 4.5%',
			[
				['1.2 percent', 1.2, 'percent'],
				['4.5%', 4.5, 'percent'],
			],
		],
		['to secure a norm-breaking third term', [['third term', 3, null]]],
		['he unveiled in 2013 his flagship', []],
		['The two authoritarian leaders', []],
		['a second barrier and a hundred and twelve stairs', []],
		['the binary VL-307 was found', []],
	])('reads figures in %j', (text, expected) => {
		expect(figures(text)).toEqual(expected);
	});

	it('counts nothing in a number that names something (travel guide, line 12)', () => {
		expect(figures('Shuttle #11 loops around and quickly connects to the Blue Line.')).toEqual([]);
		expect(figures('Take the No. 5 bus.')).toEqual([]);
		expect(figures('Shuttle 11 buses loop around.')).toEqual([['11 buses', 11, 'buses']]);
	});

	it('marks figures a bigger or smaller one would also make true', () => {
		expect(findFigures('trade exceeded $140 billion')[0]?.isApproximate).toBe(true);
		expect(findFigures('trade reached $140 billion')[0]?.isApproximate).toBe(false);
	});

	it.each([
		['on Thursday’s meeting', [['weekday', 'Thursday']]],
		[
			'founded on 14 March 1911 and opened in May 1909',
			[
				['date', '14 March 1911'],
				['date', 'May 1909'],
			],
		],
		[
			'on March 3, 1921, at 9:40 p.m.',
			[
				['date', 'March 3, 1921'],
				['time', '9:40 p.m.'],
			],
		],
		[
			'in 2013, by 2100, not 1990s nor 2,013 nor 1500 soldiers; they may go',
			[
				['year', '2013'],
				['year', '2100'],
			],
		],
	])('reads dates in %j', (text, expected) => {
		expect(findDates(text).map((date) => [date.kind, date.text])).toEqual(expected);
	});
});

describe('findQuotes', () => {
	function speakersOf(text: string) {
		const { lines, sentences } = segmentArticle(text);
		const index = findEntities(sentences, classifier);
		const people = peopleIndex(index.mentions, index.entities);
		return lines.flatMap((line) =>
			findQuotes(line.number, line.text, people).map((quote) => [
				quote.text.split(' ').slice(0, 3).join(' '),
				quote.isTerm ? 'term' : (index.entities.get(quote.speaker ?? '')?.name ?? null),
			]),
		);
	}

	it('pairs curly quotes and drops an unclosed one', () => {
		expect(quoteSpans('their “no-limits’ pact and the “further enlargement of NATO.”')).toEqual([
			[31, 61],
		]);
		expect(quoteSpans('"straight" and “curly”')).toEqual([
			[0, 10],
			[15, 22],
		]);
	});

	it('attributes the bundled article’s quotes: tail, head, pronoun and follow-on', () => {
		expect(speakersOf(bundledArticle)).toEqual([
			['balanced position', 'term'],
			['questions and concerns', 'term'],
			['We highly appreciate', 'Vladimir Putin'],
			['During today’s meeting,', 'Vladimir Putin'],
			['work with Russia', 'Xi Jinping'],
			['play a leading', 'Xi Jinping'],
			['Russia’s adherence to', 'Xi Jinping'],
			['Our message to', 'John Kirby'],
			['very much under', 'John Kirby'],
			['provocations', 'term'],
			['create a unipolar', 'Vladimir Putin'],
			['recently taken an', 'Vladimir Putin'],
			['I am convinced', 'Vladimir Putin'],
			['further enlargement of', null],
			['remain pioneers in', 'Xi Jinping'],
			['China will always', 'Xi Jinping'],
		]);
	});

	it('attributes a quote to a name after "said" and a title (science news, line 4)', () => {
		const line =
			'“NASA has a proud history of firsts,” said NASA Administrator Jim Bridenstine. “The idea of a helicopter flying the skies of another planet is thrilling.”';
		expect(speakersOf(line)).toEqual([
			['NASA has a', 'Jim Bridenstine'],
			['The idea of', 'Jim Bridenstine'],
		]);
		// Lower-case words between "said" and a name make it no title: the name is no speaker.
		expect(speakersOf('“We are ready,” said the crew of Jim Bridenstine.')).toEqual([
			['We are ready', null],
		]);
	});

	it('attributes a story’s dialogue to a character named by a title elsewhere (short story, line 7)', () => {
		const text =
			'“Will you let me speak to you a moment, Mr. Brantain?” she asked.\n“I believe,” stammered Brantain, “I see that I have stayed too long.”';
		expect(speakersOf(text).slice(1)).toEqual([
			['I believe', 'Brantain'],
			['I see that', 'Brantain'],
		]);
	});

	it('attributes dialogue: "asked Tomas", "she said", and never the listener of "told Mara"', () => {
		const story = speakersOf(fixture('lighthouse-story'));
		expect(story).toContainEqual(['You’re taller than', 'Tomas Lindqvist']);
		expect(story).toContainEqual(['She is too', 'Ines Ferreira']);
		expect(story).toContainEqual(['Did you want', 'Mara Lindqvist']);
		expect(story).toContainEqual(['No', 'Tomas Lindqvist']);
		expect(story).toContainEqual(['We saw your', 'Duarte Ferreira']);
	});
});
