import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticle, firstInvalidUtf8 } from '../../../src/generate/read/decode-article.js';
import { classifyLine, segmentArticle } from '../../../src/generate/read/segment.js';
import { bundledArticle, fixture, fixtureNames } from '../helpers.js';

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat(
		parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))),
	);

describe('decodeArticle', () => {
	it('reads UTF-8 and drops a byte order mark', () => {
		expect(decodeArticle(bytes([0xef, 0xbb, 0xbf], 'Zoë met Łukasz.'))).toEqual({
			ok: true,
			text: 'Zoë met Łukasz.',
		});
	});

	it.each([
		['an empty file', bytes(''), 0, 0, /empty/],
		['only blanks and a BOM', bytes([0xef, 0xbb, 0xbf], ' \r\n\n\t'), 0, 0, /empty/],
		['a NUL byte', bytes('ab\ncd', [0], 'x'), 2, 3, /binary/],
		['a Latin-1 byte', bytes('one\ntwo caf', [0xe9], '\n'), 2, 8, /not UTF-8 text \(byte 0xe9\)/],
		['a cut-off sequence', bytes('€ ', [0xe2, 0x82]), 1, 3, /not UTF-8/],
		['an overlong form', bytes([0xc0, 0xaf]), 1, 1, /not UTF-8/],
		['an encoded surrogate', bytes('a', [0xed, 0xa0, 0x80]), 1, 2, /not UTF-8/],
	])('refuses %s with its line:col', (_name, input, line, col, message) => {
		const result = decodeArticle(input);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect([result.line, result.col]).toEqual([line, col]);
		expect(result.message).toMatch(message);
	});

	it('finds the first bad byte exactly where a strict decoder fails (property)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
				let isValid = true;
				try {
					new TextDecoder('utf-8', { fatal: true }).decode(input);
				} catch {
					isValid = false;
				}
				const bad = firstInvalidUtf8(input);
				expect(bad === input.length).toBe(isValid);
				if (!isValid) new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, bad));
			}),
		);
	});

	it('round-trips any text without NUL (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
				fc.pre(!text.includes('\0') && text.trim() !== '' && !text.startsWith('\uFEFF'));
				expect(decodeArticle(new TextEncoder().encode(text))).toEqual({ ok: true, text });
			}),
		);
	});
});

describe('segmentArticle', () => {
	it.each([
		['# A heading', 'heading', 2],
		['A Short Title Without A Full Stop', 'heading', 0],
		['- a list item.', 'list', 2],
		['2) a numbered item.', 'list', 3],
		['   ', 'blank', 0],
		['* * *', 'rule', 0],
		['He said so.', 'paragraph', 0],
		['“Wait”', 'paragraph', 0],
	])('classifies %j as %s', (text, kind, bodyStart) => {
		expect(classifyLine(text, 1)).toMatchObject({ kind, bodyStart });
	});

	it('cuts sentences with positions, keeping abbreviations and initials whole', () => {
		const text =
			'# Title\n\nDr. Smith met Mr. J. Jones in the U.S. on Jan. 5. He left.\r\n- Then a list item.';
		const { sentences, title } = segmentArticle(text);
		expect(title).toBe('Title');
		expect(sentences.map((sentence) => [sentence.line, sentence.text])).toEqual([
			[3, 'Dr. Smith met Mr. J. Jones in the U.S. on Jan. 5.'],
			[3, 'He left.'],
			[4, 'Then a list item.'],
		]);
	});

	it('gives sentences whose text is exactly their slice of the line', () => {
		for (const text of [bundledArticle, ...fixtureNames.map(fixture)]) {
			const { lines, sentences } = segmentArticle(text);
			for (const sentence of sentences) {
				const line = lines[sentence.line - 1]?.text ?? '';
				expect(line.slice(sentence.start, sentence.end)).toBe(sentence.text);
			}
		}
	});

	it('numbers lines the same with a BOM and CRLF line ends', () => {
		const plain = segmentArticle(bundledArticle).sentences;
		const windows = segmentArticle(`\uFEFF${bundledArticle.replaceAll('\n', '\r\n')}`).sentences;
		expect(windows).toEqual(plain);
	});
});
