import { afterEach, describe, expect, it } from 'vitest';
import { messageLimit } from '../../src/live/connection.js';
import { joinLimits } from '../../src/live/join-guard.js';
import { startTestServer, waitFor } from './socket-helpers.js';

type Harness = Awaited<ReturnType<typeof startTestServer>>;
let harness: Harness | undefined;
afterEach(async () => {
	await harness?.stop();
	harness = undefined;
});

/** A clock the test moves by hand: limits are tested without waiting. */
function manualClock(start = 1_000_000) {
	let now = start;
	const advance = (ms: number) => {
		now += ms;
	};
	return { now: () => now, advance };
}

describe('limits on a live session, over real sockets', () => {
	it('holds back joins from an address after five wrong codes a minute; others join', async () => {
		const clock = manualClock();
		harness = await startTestServer({}, 60_000, { now: clock.now });
		const { session } = harness;
		const tryCode = async (code: string, from?: string) => {
			const client = await harness?.open(from);
			client?.join(`Guesser ${from ?? ''}`, { code });
			return (await client?.next('refused'))?.reason ?? 'welcome';
		};
		for (let i = 0; i < joinLimits.perAddress.burst + 1; i++) {
			expect(await tryCode(`WRONG${i}`)).toBe('wrong-code');
		}
		// Held: even the right code is not read now, from this address.
		const held = await harness.open();
		held.join('Ann');
		expect(await held.next('refused')).toMatchObject({
			reason: 'too-many-tries',
			message: 'too many wrong join codes from your address: try again in 2 s',
		});
		expect((await held.whenClosed()).code).toBe(4001);
		// Another address on this machine joins at once.
		const bob = await harness.open('127.0.0.2');
		bob.join('Bob');
		await bob.next('welcome');
		clock.advance(joinLimits.perAddress.penalty.firstMs);
		const ann = await harness.open();
		ann.join('Ann');
		await ann.next('welcome');
		expect(session.getState().guard).toMatchObject({ wrongCodes: 6, heldBack: 1 });
	});

	it('cuts off a client that floods and tells the host; the class goes on', async () => {
		const clock = manualClock();
		harness = await startTestServer({}, 60_000, { now: clock.now });
		const { session, server } = harness;
		const ann = await harness.student('Ann');
		const bob = await harness.student('Bob');
		session.dispatch({ type: 'start', at: session.now() });
		await bob.next('question');
		for (let i = 0; i < 1000; i++) ann.send({ v: 1, type: 'shout', i });
		expect((await ann.whenClosed()).code).toBe(1006);
		await waitFor(() => session.getState().guard.flooders === 1, 'the host to be told');
		expect(session.getState().guard.lastFlooder).toBe('Ann');
		// Cut off at the limit: the rest of its frames were never read.
		expect(server.counts.malformed).toBeLessThanOrEqual(messageLimit.burst);
		bob.answer(0, '$140 billion');
		expect(await bob.next('reveal')).toMatchObject({ correct: true });
	});

	it('lets a client send at the allowed rate for as long as it likes', async () => {
		const clock = manualClock();
		harness = await startTestServer({}, 60_000, { now: clock.now });
		const { session, server } = harness;
		const ann = await harness.student('Ann');
		for (let i = 0; i < messageLimit.burst * 3; i++) {
			const before = server.counts.received;
			ann.send({ v: 1, type: 'shout', i });
			await waitFor(() => server.counts.received === before + 1, 'the frame');
			clock.advance(messageLimit.refillMs);
		}
		expect(ann.closed).toBeUndefined();
		expect(session.getState().guard.flooders).toBe(0);
	});
});
