import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, normalizeText } from '../../src/core/grade/normalize.js';

/** normalizeText as it read before its ASCII fast path: the reference it must still match. */
function reference(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('en')
		.replace(/[’‘`´']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.split(' ')
		.filter((word) => word.length > 0 && !['a', 'an', 'the'].includes(word))
		.join(' ');
}

/** Damerau–Levenshtein distance as a plain recursive table, the reference for editDistance. */
function referenceDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number) => d[i]?.[j] as number;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, at(i - 2, j - 2) + 1);
			}
			(d[i] as number[])[j] = best;
		}
	}
	return at(a.length, b.length);
}

describe('editDistance', () => {
	it.each([
		['kitten', 'sitting', 3],
		['tokayev', 'tokayv', 1],
		['ab', 'ba', 1],
		['', 'abc', 3],
		['same', 'same', 0],
	])('%s → %s is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
	});

	it('matches the reference table on any two words', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 9 });
		fc.assert(
			fc.property(word, word, (a, b) => {
				expect(editDistance(a, b)).toBe(referenceDistance(a, b));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe('normalizeText', () => {
	it('gives what the full Unicode path gives, for ASCII and for any text', () => {
		const text = fc.oneof(
			fc.string({
				unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
			}),
			fc.string({ unit: 'grapheme' }),
			fc.string({ unit: 'binary' }),
		);
		fc.assert(
			fc.property(text, (input) => {
				expect(normalizeText(input)).toBe(reference(input));
			}),
			{ numRuns: 1000 },
		);
	});
});
