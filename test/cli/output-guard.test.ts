import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardLevelFor, guardOutput } from '../../src/commands/output-guard.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach a stream
const anyControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('the output guard', () => {
	it('keeps the sequences Ink and the colours write on a terminal', () => {
		const frame = '\u001B[?25l\u001B[2K\u001B[1A\u001B[G\u001B[1mBold\u001B[22m\u001B[?2026h\n';
		expect(guardOutput(frame, 'terminal')).toBe(frame);
		expect(guardOutput('\u001B[32m✓\u001B[39m', 'colour')).toBe('\u001B[32m✓\u001B[39m');
	});

	it('makes title, clipboard, device-report and C1 sequences visible even on a terminal', () => {
		expect(guardOutput('\u001B]0;PWNED\u0007', 'terminal')).toBe('␛]0;PWNED␇');
		expect(guardOutput('\u001BP+q\u001B\\', 'terminal')).toBe('␛P+q␛\\');
		expect(guardOutput('\u001B[6n', 'terminal')).toBe('␛[6n');
		expect(guardOutput('\u009B2J', 'terminal')).toBe('␛[2J');
		expect(guardOutput('\u001B[2J', 'none')).toBe('␛[2J');
	});

	it('lets no control character but tab and line feed through to a pipe', () => {
		const piece = fc.oneof(
			fc.string(),
			fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code)),
			fc.constantFrom('\u001B[', '\u001B]52;c;', '\u001B[31m', '\u001BP', '\u0007'),
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
				const out = guardOutput(parts.join(''), 'none');
				expect(out).not.toMatch(anyControl);
			}),
			{ numRuns: 500 },
		);
	});

	it('lets no OSC, DCS, BEL or C1 through to a terminal', () => {
		const piece = fc.oneof(
			fc.string(),
			fc.integer({ min: 0, max: 0xff }).map((code) => String.fromCharCode(code)),
			fc.constantFrom('\u001B]0;', '\u001B]52;c;', '\u001BP', '\u001B_', '\u001B^', '\u001B[?25l'),
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
				const out = guardOutput(parts.join(''), 'terminal');
				// Only CSI sequences Ink writes may keep their ESC.
				// biome-ignore lint/suspicious/noControlCharactersInRegex: the sequences allowed
				const rest = out.replace(/\u001B\[[0-9;:?<>=]*[ABCDEFGHJKhlmu]/g, '');
				expect(rest).not.toMatch(anyControl);
			}),
			{ numRuns: 500 },
		);
	});

	it('allows colour on a pipe only when it is forced', () => {
		expect(guardLevelFor({ isTTY: true }, {})).toBe('terminal');
		expect(guardLevelFor({ isTTY: false }, {})).toBe('none');
		expect(guardLevelFor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe('colour');
	});
});
