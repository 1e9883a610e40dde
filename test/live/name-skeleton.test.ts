import { describe, expect, it } from 'vitest';
import { nameKey, skeleton } from '../../src/live/name-skeleton.js';

describe('name skeletons (Unicode confusables)', () => {
	it.each([
		['Latin A and Cyrillic А', 'A', '\u0410'],
		['Latin a and Cyrillic а', 'a', '\u0430'],
		['Latin o and Greek ο', 'o', '\u03bf'],
		['l and digit one', 'l', '1'],
		['rn and m', 'rn', 'm'],
		['fullwidth and plain', '\uff21', 'A'],
	])('%s share a skeleton', (_what, a, b) => {
		expect(skeleton(a)).toBe(skeleton(b));
	});

	it('keeps accents apart from plain letters', () => {
		expect(skeleton('Zoë')).not.toBe(skeleton('Zoe'));
		expect(skeleton('Zo\u00eb')).toBe(skeleton('Zoe\u0308'));
	});
});

describe('names that are one student', () => {
	it.each([
		['the same name in another case', 'Ann', 'ANN'],
		['Cyrillic А in place of Latin A', 'Ann', '\u0410nn'],
		['Cyrillic а in a lower-case name', 'ann', '\u0430nn'],
		['Cyrillic В, which looks like B only in capitals', 'Bob', '\u0412ob'],
		['Greek Η for H', 'Hans', '\u0397ans'],
		['Greek ο for o', 'Tom', 'T\u03bfm'],
		['capital I and small l', 'Ian', 'lan'],
		['capital I, any case', 'Ian', 'ian'],
		['rn for m', 'Amie', 'Arnie'],
		['digits for letters', 'Olga 1', '0lga l'],
		['fullwidth letters', 'Ann', '\uff21\uff4e\uff4e'],
		['composed and decomposed accents', 'Zo\u00eb', 'Zoe\u0308'],
	])('%s: %s and %s', (_what, a, b) => {
		expect(nameKey(a)).toBe(nameKey(b));
	});

	it.each([
		['another name', 'Ann', 'Anna'],
		['an accent one can see', 'Zoë', 'Zoe'],
		['a space', 'Ann Lee', 'AnnLee'],
		['another letter', 'Tom', 'Tim'],
		['Cyrillic и is no n', 'Ann', 'A\u0438\u0438'],
	])('%s keeps them apart: %s and %s', (_what, a, b) => {
		expect(nameKey(a)).not.toBe(nameKey(b));
	});
});
