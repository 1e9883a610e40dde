import { describe, expect, it } from 'vitest';
import { type Bucket, isIdle, type RateRule, take, waitMs } from '../../src/live/rate-limit.js';

/** Runs `take` at each time in turn; returns, per step, whether it was taken and the wait after. */
function play(rule: RateRule, times: readonly number[]) {
	let bucket: Bucket | undefined;
	return times.map((at) => {
		const step = take(bucket, at, rule);
		bucket = step.bucket;
		return [at, step.ok, waitMs(bucket, at)] as const;
	});
}

const messages: RateRule = { burst: 3, refillMs: 100 };
const guesses: RateRule = { burst: 2, refillMs: 1000, penalty: { firstMs: 100, maxMs: 400 } };

describe('rate limits (token buckets)', () => {
	it.each([
		[
			'a burst, then one per refill',
			messages,
			[0, 0, 0, 0, 100, 150, 200],
			[true, true, true, false, true, false, true],
		],
		[
			'refills up to the burst only',
			messages,
			[0, 10_000, 10_000, 10_000, 10_000],
			[true, true, true, true, false],
		],
		[
			'part tokens add up',
			messages,
			[0, 0, 0, 50, 99, 100],
			[true, true, true, false, false, true],
		],
	])('%s', (_what, rule, times, taken) => {
		expect(play(rule, times).map(([, ok]) => ok)).toEqual(taken);
	});

	it('with a penalty, every try on an empty bucket blocks for twice as long, up to the most', () => {
		// Tries land when each block ends: 100, 200, 400, then 400 ms (the most).
		expect(play(guesses, [0, 0, 0, 100, 300, 700, 1100])).toEqual([
			[0, true, 0],
			[0, true, 0],
			[0, false, 100],
			[100, false, 200],
			[300, false, 400],
			[700, false, 400],
			[1100, false, 400],
		]);
	});

	it('time spent blocked earns nothing back; a quiet burst × refill after the block forgives', () => {
		const blocked = [0, 0, 0, 100, 300]; // blocked until 700 after the third strike
		expect(play(guesses, [...blocked, 1699]).at(-1)).toEqual([1699, false, 400]);
		expect(play(guesses, [...blocked, 1700]).at(-1)).toEqual([1700, true, 0]);
		// Forgiven: a full bucket again, and the next block starts at the first delay.
		expect(play(guesses, [...blocked, 2700, 2700, 2700]).slice(-2)).toEqual([
			[2700, true, 0],
			[2700, false, 100],
		]);
	});

	it('refuses a try during a block without another strike', () => {
		const first = take(undefined, 0, { ...guesses, burst: 1 });
		const struck = take(first.bucket, 0, { ...guesses, burst: 1 });
		const during = take(struck.bucket, 50, { ...guesses, burst: 1 });
		expect(during).toEqual({ ok: false, bucket: struck.bucket });
		expect(waitMs(during.bucket, 50)).toBe(50);
	});

	it('is idle (safe to forget) once full and forgiven', () => {
		const { bucket } = take(undefined, 0, guesses);
		expect(isIdle(bucket, 1999, guesses)).toBe(false);
		expect(isIdle(bucket, 2000, guesses)).toBe(true);
		expect(waitMs(undefined, 0)).toBe(0);
	});
});
