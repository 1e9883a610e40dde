// The words format/ owns: verdict labels, plurals, waits and dates.
import { describe, expect, it } from 'vitest';
import { plural } from '../../src/format/plural.js';
import { createStyle } from '../../src/format/style.js';
import { formatWait, shortTime } from '../../src/format/time-text.js';
import { paintVerdict, verdictHeading, verdictLabel } from '../../src/format/verdict-label.js';

describe('verdict labels', () => {
	it.each([
		[{ correct: true, kind: 'exact' }, '✓ right', '✓ Right'],
		[
			{ correct: true, kind: 'near-miss' },
			'✓ right (one slip allowed)',
			'✓ Right (one slip allowed)',
		],
		[
			{ correct: false, kind: 'near-miss' },
			'~ almost — check the spelling',
			'~ Almost — check the spelling',
		],
		[{ correct: false, kind: 'wrong' }, '✗ wrong', '✗ Wrong'],
		[{ correct: false, kind: 'invalid' }, '✗ wrong', '✗ Wrong'],
	])('%o reads %s', (verdict, line, heading) => {
		const label = verdictLabel(verdict);
		expect(`${label.mark} ${label.words}`).toBe(line);
		expect(verdictHeading(label)).toBe(heading);
	});

	it('paints each tone in its colour', () => {
		const style = createStyle(true);
		expect(paintVerdict(verdictLabel({ correct: true, kind: 'exact' }), 'x', style)).toBe(
			style.green('x'),
		);
		expect(paintVerdict(verdictLabel({ correct: false, kind: 'near-miss' }), 'x', style)).toBe(
			style.yellow('x'),
		);
		expect(paintVerdict(verdictLabel({ correct: false, kind: 'wrong' }), 'x', style)).toBe(
			style.red('x'),
		);
	});
});

describe('counts, waits and times', () => {
	it.each([
		[0, '0 questions'],
		[1, '1 question'],
		[2, '2 questions'],
	])('plural(%i)', (count, text) => {
		expect(plural(count, 'question')).toBe(text);
	});

	it.each([
		[0, '1 min'],
		[59 * 60_000, '59 min'],
		[3 * 3_600_000, '3 h'],
		[72 * 3_600_000, '3 days'],
	])('formatWait(%i)', (ms, text) => {
		expect(formatWait(ms)).toBe(text);
	});

	it('writes a local date and time', () => {
		expect(shortTime(new Date(2024, 4, 18, 14, 2))).toBe('2024-05-18 14:02');
	});
});
