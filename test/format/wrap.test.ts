import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { type Segment, splitWords, type TextRun, wrapWords } from '../../src/format/wrap.js';

const plain = (line: readonly Segment[]) => line.map((segment) => segment.text).join('');

/** The obvious greedy wrap: re-measures the whole line at every word. Slow, and plainly right. */
function referenceWrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (stringWidth(candidate) <= width) {
			line = candidate;
			continue;
		}
		if (line !== '') lines.push(line);
		line = '';
		if (stringWidth(word) <= width) {
			line = word;
			continue;
		}
		for (const char of word) {
			if (line !== '' && stringWidth(line + char) > width) {
				lines.push(line);
				line = '';
			}
			line += char;
		}
	}
	lines.push(line);
	return lines;
}

const wordChars = fc.constantFrom('a', 'b', 'Z', '7', '“', 'é', '界', '😀', '-', '.');
const text = fc
	.array(fc.oneof(fc.string({ unit: wordChars, minLength: 1, maxLength: 30 }), fc.constant(' ')), {
		maxLength: 60,
	})
	.map((pieces) => pieces.join(' '));

describe('wrapWords', () => {
	it('lays out text as the obvious greedy wrap does, wide characters included', () => {
		fc.assert(
			fc.property(text, fc.integer({ min: 2, max: 40 }), (input, width) => {
				const lines = wrapWords(splitWords([{ text: input }]), width).map(plain);
				expect(lines).toEqual(referenceWrap(input, width));
			}),
		);
	});

	it('keeps every marked character marked and no other', () => {
		const runs: TextRun[] = [
			{ text: 'The summit was held in ' },
			{ text: 'Samarkand, Uzbekistan', isMarked: true },
			{ text: ' in September.' },
		];
		const lines = wrapWords(splitWords(runs), 12);
		const marked = lines.flatMap((line) => line.filter((segment) => segment.isMarked));
		expect(marked.map((segment) => segment.text).join(' ')).toBe('Samarkand, Uzbekistan');
		expect(lines.map(plain)).toEqual([
			'The summit',
			'was held in',
			'Samarkand,',
			'Uzbekistan',
			'in',
			'September.',
		]);
	});

	it('measures each character of the text at most twice, whatever its length', () => {
		const work = (input: string) => {
			let measured = 0;
			const measure = (piece: string) => {
				measured += piece.length;
				return stringWidth(piece);
			};
			wrapWords(splitWords([{ text: input }]), 80, measure);
			return measured / input.length;
		};
		const prose = (length: number) => 'the summit was held in Samarkand '.repeat(length / 33);
		for (const input of [prose(3_300), prose(330_000), 'x'.repeat(100_000)]) {
			expect(work(input)).toBeLessThanOrEqual(2);
		}
	});

	it('gives one empty line for no text', () => {
		expect(wrapWords([], 10)).toEqual([[]]);
	});
});
