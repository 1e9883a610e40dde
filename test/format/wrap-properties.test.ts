import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { proseWidth, readableColumns, splitWords, wrapWords } from '../../src/format/wrap.js';
import { fieldRows, wrapLine, wrapRuns } from '../../src/format/wrap-line.js';

const wordChars = fc.constantFrom('a', 'b', 'Z', '7', '“', 'é', '界', '😀', '-', '.', '·');
const word = fc.string({ unit: wordChars, minLength: 1, maxLength: 30 });
const spaces = fc.constantFrom(' ', '  ', '\t');
/** Words with one or more spaces between them, sometimes before and after them too. */
const text = fc
	.tuple(fc.array(fc.tuple(word, spaces), { maxLength: 40 }), fc.boolean(), fc.boolean())
	.map(([pairs, leading, trailing]) => {
		const body = pairs.map(([each, gap]) => `${each}${gap}`).join('');
		return `${leading ? '  ' : ''}${trailing ? body : body.trimEnd()}`;
	});
const width = fc.integer({ min: 2, max: 60 });
const wordsOf = (input: string) => input.split(/\s+/).filter(Boolean);

describe('wrapLine', () => {
	it('never makes a line wider than the width', () => {
		fc.assert(
			fc.property(text, width, (input, columns) => {
				for (const line of wrapLine(input, columns)) {
					expect(stringWidth(line)).toBeLessThanOrEqual(columns);
				}
			}),
		);
	});

	it('starts no line with a space unless the text did, and then only the first', () => {
		fc.assert(
			fc.property(text, width, (input, columns) => {
				const [first = '', ...rest] = wrapLine(input, columns);
				for (const line of rest) expect(line).not.toMatch(/^\s/);
				if (!/^\s/.test(input)) expect(first).not.toMatch(/^\s/);
			}),
		);
	});

	it('gives back the words in order when its lines are joined', () => {
		fc.assert(
			fc.property(text, width, (input, columns) => {
				const longest = Math.max(0, ...wordsOf(input).map((each) => stringWidth(each)));
				fc.pre(longest <= columns);
				expect(wordsOf(wrapLine(input, columns).join(' '))).toEqual(wordsOf(input));
			}),
		);
	});

	it('keeps a line that exactly fills the width, and starts the next one flush', () => {
		expect(wrapLine('Enter next question · c whole paragraph · q quit', 39)).toEqual([
			'Enter next question · c whole paragraph',
			'· q quit',
		]);
		expect(wrapLine('  indented first line', 12)).toEqual(['  indented', 'first line']);
		expect(wrapLine('one\ntwo three', 5)).toEqual(['one', 'two', 'three']);
	});

	it('keeps a line that fits as it is, the spacing of a table included', () => {
		expect(wrapLine('  economy     ░░░░  50%', 40)).toEqual(['  economy     ░░░░  50%']);
		expect(wrapLine('  economy     ░░░░  50%', 12)).toEqual(['  economy', '░░░░ 50%']);
	});
});

describe('wrapRuns', () => {
	it('keeps the spaces inside a marked run marked, so the highlight is one span', () => {
		const lines = wrapRuns(
			[{ text: 'said it would ' }, { text: 'change and grow', isMarked: true }, { text: ' soon' }],
			80,
		);
		expect(lines).toEqual([
			[
				{ text: 'said it would ', isMarked: false },
				{ text: 'change and grow', isMarked: true },
				{ text: ' soon', isMarked: false },
			],
		]);
	});

	it('leaves the space between two marked runs unmarked when it is not marked itself', () => {
		const words = splitWords([
			{ text: 'a', isMarked: true },
			{ text: ' ' },
			{ text: 'b', isMarked: true },
		]);
		const [line] = wrapWords(words, 80);
		expect(line?.map((segment) => segment.isMarked)).toEqual([true, false, true]);
	});
});

describe('fieldRows', () => {
	const typed = fc.array(fc.constantFrom('a', 'b', ' ', '界', 'é'), { maxLength: 80 });

	it('covers every character once, in order, in rows no wider than the field', () => {
		fc.assert(
			fc.property(typed, width, (chars, columns) => {
				const rows = fieldRows(chars, columns);
				expect(rows[0]?.start).toBe(0);
				expect(rows.at(-1)?.end).toBe(chars.length);
				for (const [index, row] of rows.entries()) {
					if (index > 0) expect(row.start).toBe(rows[index - 1]?.end);
					const shown = chars.slice(row.start, row.end).join('');
					expect(stringWidth(shown)).toBeLessThanOrEqual(Math.max(columns, 2));
				}
			}),
		);
	});

	it('moves a word down whole instead of starting a row with a space', () => {
		const rows = (text: string, columns: number) =>
			fieldRows([...text], columns).map((row) => [...text].slice(row.start, row.end).join(''));
		expect(rows('Samarkand Uzbekistan ', 10)).toEqual(['Samarkand ', 'Uzbekistan', ' ']);
		expect(rows('the summit was held ', 10)).toEqual(['the ', 'summit ', 'was held ']);
	});
});

describe('proseWidth', () => {
	it('is the terminal width up to a comfortable measure', () => {
		expect(proseWidth(40)).toBe(40);
		expect(proseWidth(160)).toBe(readableColumns);
		expect(readableColumns).toBe(100);
	});
});
