import { describe, expect, it } from 'vitest';
import { seededRng } from '../../../src/core/random.js';
import { orderParts } from '../../../src/generate/candidates/order-parts.js';
import { findDatedEvents } from '../../../src/generate/facts/events.js';
import { findSequences } from '../../../src/generate/facts/sequences.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';

// Sentences of the encyclopedia article of the regression set, on their own lines.
const text = [
	'Downtown Seattle Transit Tunnel',
	'The King County Metro Council approved the bus tunnel proposal in November 1983, but construction did not begin until March 1987. Tests of normal buses began in March 1989; tunnel construction was declared complete in June 1990, at a cost of $469 million.',
	'The tunnel reopened on September 24, 2007, and light rail service began on July 18, 2009.',
].join('\n');
const [sequence] = findSequences(findDatedEvents(segmentArticle(text).sentences));

describe('orderParts', () => {
	it('letters the items as shown and answers with the letters earliest first', () => {
		if (!sequence) throw new Error('no sequence');
		const parts = orderParts(sequence, seededRng('quizline'));
		const chronological = sequence.events.map((event) => event.text);
		expect(chronological).toEqual([
			'The King County Metro Council approved the bus tunnel proposal',
			'Tests of normal buses began',
			'Tunnel construction was declared complete',
			'The tunnel reopened',
			'Light rail service began',
		]);
		const lettered = new Map(parts.items.map((item, index) => ['abcde'[index], item]));
		expect(parts.answer.map((letter) => lettered.get(letter))).toEqual(chronological);
		expect(parts.items).not.toEqual(chronological);
		expect(parts.items).not.toEqual([...chronological].reverse());
		expect(parts.items.join(' ')).not.toMatch(/\d{4}/);
	});

	it('cites the sentence that dates most items, the others as more sources, each verbatim', () => {
		if (!sequence) throw new Error('no sequence');
		const parts = orderParts(sequence, seededRng('quizline'));
		expect(parts.source).toMatchObject({ line: 2, highlight: 'March 1989' });
		expect(parts.moreSources.map((source) => [source.line, source.highlight])).toEqual([
			[2, 'November 1983'],
			[3, 'September 24, 2007'],
		]);
		const lines = text.split('\n');
		for (const source of [parts.source, ...parts.moreSources])
			expect(lines[source.line - 1]).toContain(source.quote);
		expect(parts.explanation).toMatch(
			/November 1983, line 2; .*March 1989.*June 1990.*September 24, 2007.*July 18, 2009, line 3\. Earliest first, that is [a-e](, [a-e]){4}\.$/,
		);
	});

	it('shows the same order for the same seed, and never the answer for any seed', () => {
		if (!sequence) throw new Error('no sequence');
		expect(orderParts(sequence, seededRng('s')).items).toEqual(
			orderParts(sequence, seededRng('s')).items,
		);
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
			const { answer } = orderParts(sequence, seededRng(seed));
			expect(answer).not.toEqual(['a', 'b', 'c', 'd', 'e']);
			expect(answer).not.toEqual(['e', 'd', 'c', 'b', 'a']);
		}
	});
});
