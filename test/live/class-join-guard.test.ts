import { describe, expect, it } from 'vitest';
import type { Outgoing } from '../../src/live/class-state.js';
import { joinAction, run } from './helpers.js';

const wrong = (at: number, from = '10.0.0.1') => joinAction('Guesser', { code: 'WRONG', from, at });

/** The refusals in `out`, as reason and message. */
function refusals(out: readonly Outgoing[]) {
	return out.flatMap((outgoing) =>
		outgoing.message.type === 'refused'
			? [{ reason: outgoing.message.reason, message: outgoing.message.message }]
			: [],
	);
}

describe('wrong join codes', () => {
	it('five a minute from one address, then its joins are held back unread, even with the right code', () => {
		const { state, out } = run([
			...[0, 1, 2, 3, 4, 5].map((at) => wrong(at)),
			joinAction('Ann', { from: '10.0.0.1', at: 1000 }),
			joinAction('Bob', { from: '10.0.0.2', at: 1000 }),
			joinAction('Ann', { from: '10.0.0.1', at: 2005 }),
		]);
		expect(state.players.map((player) => player.name)).toEqual(['Bob', 'Ann']);
		expect(refusals(out).map((refusal) => refusal.reason)).toEqual([
			...Array(6).fill('wrong-code'),
			'too-many-tries',
		]);
		expect(refusals(out)[6]?.message).toBe(
			'too many wrong join codes from your address: try again in 2 s',
		);
		expect(state.guard).toMatchObject({ wrongCodes: 6, heldBack: 1 });
	});

	it('holds longer after each wrong code that follows a hold', () => {
		const { out } = run([
			...[0, 1, 2, 3, 4, 5].map((at) => wrong(at)),
			wrong(2005), // held 4 s
			wrong(6005), // held 8 s
			wrong(6006),
		]);
		expect(refusals(out).at(-1)?.message).toBe(
			'too many wrong join codes from your address: try again in 8 s',
		);
	});

	it('holds the whole session after 60 wrong codes a minute from many addresses', () => {
		const spread = Array.from({ length: 61 }, (_, i) => wrong(0, `10.1.${i}.1`));
		const { state, out } = run([...spread, joinAction('Ann', { from: '10.2.0.1', at: 10 })]);
		expect(state.players).toEqual([]);
		expect(refusals(out).at(-1)).toEqual({
			reason: 'too-many-tries',
			message: 'too many wrong join codes in this session: try again in 1 s',
		});
	});

	it('a held address may still rejoin with the right code and its token, and learns nothing else', () => {
		const { state, out } = run([
			joinAction('Ann', { from: '10.0.0.1', at: 0 }),
			{ type: 'disconnect', key: 'ann', at: 1 },
			...[2, 3, 4, 5, 6, 7].map((at) => wrong(at)),
			joinAction('Ann', { from: '10.0.0.1', at: 8, token: 'a-guess' }),
			joinAction('Ann', { from: '10.0.0.1', at: 9, token: 'token-ann', code: 'WRONG' }),
			joinAction('Ann', { from: '10.0.0.1', at: 10, token: 'token-ann' }),
		]);
		expect(
			refusals(out)
				.slice(-2)
				.map((refusal) => refusal.reason),
		).toEqual(['too-many-tries', 'too-many-tries']);
		expect(state.players).toMatchObject([{ name: 'Ann', isConnected: true }]);
	});

	it('counts for the host', () => {
		const { state } = run([
			...[0, 1, 2, 3, 4, 5].map((at) => wrong(at)),
			...[6, 7, 8].map((at) => wrong(at)),
		]);
		expect(state.guard).toMatchObject({ wrongCodes: 6, heldBack: 3 });
	});
});

describe('a flooder', () => {
	it('is counted for the host, with the name it joined as', () => {
		const { state } = run([
			joinAction('Ann'),
			{ type: 'flooded', key: 'ann' },
			{ type: 'flooded', key: undefined },
		]);
		expect(state.guard).toMatchObject({ flooders: 2, lastFlooder: 'Ann' });
	});
});
