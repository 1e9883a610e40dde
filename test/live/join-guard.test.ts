import { describe, expect, it } from 'vitest';
import {
	afterFlood,
	afterHeldBack,
	afterWrongCode,
	describeGuard,
	type JoinGuard,
	joinHold,
	joinLimits,
	openGuard,
} from '../../src/live/join-guard.js';

/** The guard after wrong codes from `from` at each time. */
function wrong(times: readonly number[], from = '10.0.0.1', guard = openGuard): JoinGuard {
	return times.reduce((next, at) => afterWrongCode(next, from, at), guard);
}

describe('the join guard', () => {
	it.each([
		['five wrong codes a minute: nothing held', [0, 1, 2, 3, 4], 5, undefined],
		['the sixth within the minute holds the address 2 s', [0, 1, 2, 3, 4, 5], 5, 2000],
		['and the hold ends', [0, 1, 2, 3, 4, 5], 2005, undefined],
		['the next wrong code after it holds 4 s', [0, 1, 2, 3, 4, 5, 2005], 2005, 4000],
		['then 8 s', [0, 1, 2, 3, 4, 5, 2005, 6005], 6005, 8000],
		[
			'five spread over a minute are never held',
			[0, 12_000, 24_000, 36_000, 48_000, 60_000],
			60_000,
			undefined,
		],
	])('%s', (_what, times, at, ms) => {
		const hold = joinHold(wrong(times), '10.0.0.1', at);
		expect(hold).toEqual(ms === undefined ? undefined : { ms, scope: 'address' });
	});

	it('holds one address, not the others, until the whole session sees too many', () => {
		const guard = wrong([0, 0, 0, 0, 0, 0]);
		expect(joinHold(guard, '10.0.0.1', 0)).toMatchObject({ scope: 'address' });
		expect(joinHold(guard, '10.0.0.2', 0)).toBeUndefined();
		// Many addresses, a few wrong codes each: the session's own limit holds everyone.
		const { overall } = joinLimits;
		let spread = openGuard;
		for (let i = 0; i <= overall.burst; i++) spread = afterWrongCode(spread, `10.1.${i}.1`, 0);
		expect(joinHold(spread, '10.9.9.9', 0)).toEqual({
			ms: overall.penalty.firstMs,
			scope: 'session',
		});
	});

	it('counts what the host is told, and forgets the oldest address past its limit', () => {
		let guard = wrong([0, 1, 2]);
		guard = afterHeldBack(afterHeldBack(guard));
		guard = afterFlood(afterFlood(guard, undefined), 'Ann');
		expect(guard).toMatchObject({ wrongCodes: 3, heldBack: 2, flooders: 2, lastFlooder: 'Ann' });
		expect(describeGuard(guard)).toBe(
			'3 wrong codes refused · 2 joins held back (too many wrong codes) · 2 connections dropped for flooding (last: Ann)',
		);
		expect(describeGuard(wrong([0]))).toBe('1 wrong code refused');
		expect(describeGuard(openGuard)).toBeUndefined();
		let many = openGuard;
		for (let i = 0; i <= joinLimits.addresses; i++) many = afterWrongCode(many, `a${i}`, i);
		expect(many.addresses.size).toBe(joinLimits.addresses);
		expect(many.addresses.has('a0')).toBe(false);
	});
});
