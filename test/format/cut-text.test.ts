import { describe, expect, it } from 'vitest';
import { cutRuns, cutText, omittedNote } from '../../src/format/cut-text.js';

describe('cutRuns', () => {
	it('keeps a text within the limit as it is', () => {
		expect(cutRuns([{ text: 'short' }], 10)).toEqual({ runs: [{ text: 'short' }], omitted: 0 });
	});

	it('cuts across runs, keeps their marking and counts what it left out', () => {
		const cut = cutRuns([{ text: 'abcd' }, { text: 'efgh', isMarked: true }, { text: 'ijkl' }], 6);
		expect(cut.runs).toEqual([{ text: 'abcd' }, { text: 'ef…', isMarked: true }]);
		expect(cut.omitted).toBe(6);
	});

	it('puts the "…" right after the last word kept', () => {
		expect(cutRuns([{ text: 'the summit was held' }], 11)).toEqual({
			runs: [{ text: 'the summit…' }],
			omitted: 9,
		});
	});

	it('never splits a surrogate pair', () => {
		const cut = cutRuns([{ text: 'ab😀cd' }], 3);
		expect(cut.runs).toEqual([{ text: 'ab…' }]);
		expect(cut.omitted).toBe(4);
	});

	it('says how much is not shown', () => {
		expect(omittedNote(9_996_000)).toBe('(9,996,000 more characters not shown)');
	});
});

describe('cutText', () => {
	it('keeps the start, or with keep: end the end', () => {
		expect(cutText('abcdef', 3)).toBe('abc…');
		expect(cutText('abcdef', 3, 'end')).toBe('…def');
		expect(cutText('ab😀', 1, 'end')).toBe('…');
		expect(cutText('abc', 3)).toBe('abc');
	});
});
