import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstUnsafeCharacter, safeText } from '../../src/core/safe-text.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never come out
const unsafe = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('safeText', () => {
	it.each([
		['window title (OSC 0)', '\u001B]0;PWNED\u0007hi', '␛]0;PWNED␇hi'],
		['clipboard (OSC 52)', '\u001B]52;c;aGk=\u001B\\', '␛]52;c;aGk=␛\\'],
		['clear screen', '\u001B[2J\u001B[Hx', '␛[2J␛[Hx'],
		['C1 CSI', '\u009B31m', '␛[31m'],
		['carriage return overwrite', 'right\rwrong', 'right␍wrong'],
		['backspace and DEL', 'a\bb\u007F', 'a␈b␡'],
		['bidi override', 'abc\u202Edef\u2066x', 'abcdefx'],
		['Windows line end', 'one\r\ntwo', 'one\ntwo'],
		['line and paragraph separators', 'one\u2028two\u2029three', 'one\ntwo\nthree'],
		['tabs to the next stop of 8', 'a\tbc\td\n\tx', 'a       bc      d\n        x'],
		['plain text untouched', 'Putin “said” — ok, 5 % ü', 'Putin “said” — ok, 5 % ü'],
	])('%s', (_name, input, expected) => {
		expect(safeText(input)).toBe(expected);
	});

	it('puts a field on one line when asked, and keeps tabs for TSV when asked', () => {
		expect(safeText('one\ntwo\r\nthree', { line: true })).toBe('one two three');
		expect(safeText('a\tb', { tabWidth: 0 })).toBe('a\tb');
	});

	it('never lets a control character, an escape or a bidi override through', () => {
		const anyCode = fc.integer({ min: 0, max: 0x2070 }).map((code) => String.fromCharCode(code));
		const hostile = fc.constantFrom('\u001B', '\u001B]', '\u001B[', '\u009B', '\u0007', '\r', '\t');
		const text = fc.array(fc.oneof(anyCode, hostile, fc.string()), { maxLength: 40 });
		fc.assert(
			fc.property(text, fc.boolean(), (parts, line) => {
				const out = safeText(parts.join(''), { line });
				expect(out).not.toMatch(unsafe);
				expect(out).not.toContain('\t');
				if (line) expect(out).not.toContain('\n');
				expect(firstUnsafeCharacter(out)).toBeUndefined();
			}),
			{ numRuns: 500 },
		);
	});

	it('finds the first character it would change', () => {
		expect(firstUnsafeCharacter('ok\tfine\n')).toBeUndefined();
		expect(firstUnsafeCharacter('ab\u001B]0;x')).toEqual({ index: 2, char: '\u001B' });
		expect(firstUnsafeCharacter('x\u202Ey')).toEqual({ index: 1, char: '\u202E' });
	});
});
