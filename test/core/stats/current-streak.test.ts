// The start screen's streak, counted only over the days it can reach, agrees with the full one.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { currentStreak, streakOf } from '../../../src/core/stats/time.js';

const now = new Date('2026-03-30T10:00:00.000Z');
const day = 86_400_000;

describe('the current streak', () => {
	test('is the full streak’s current count, for any answers around now', () => {
		const offsets = fc.array(
			fc.oneof(
				// Mostly the last days, every hour of them; some long ago, some later than now.
				fc.integer({ min: -40 * day, max: day }),
				fc.integer({ min: -800 * day, max: 3 * day }),
			),
			{ maxLength: 200 },
		);
		fc.assert(
			fc.property(offsets, fc.boolean(), (moves, daily) => {
				// Stored times as toISOString writes them, some without milliseconds.
				const times = moves.map((move) => {
					const text = new Date(now.getTime() + move).toISOString();
					return move % 2 === 0 ? text.replace(/\.\d{3}Z$/, 'Z') : text;
				});
				// A run of days answered back from today, longer than the first reach.
				if (daily)
					for (let k = 0; k < 40; k++) times.push(new Date(now.getTime() - k * day).toISOString());
				expect(currentStreak(() => times, now)).toBe(streakOf(times, now).current);
			}),
			{ numRuns: 300 },
		);
	});

	test('counts back from yesterday when nothing is answered today', () => {
		const times = [1, 2, 3, 5].map((k) => new Date(now.getTime() - k * day).toISOString());
		expect(currentStreak(() => times, now)).toBe(3);
		expect(currentStreak(() => [], now)).toBe(0);
	});
});
