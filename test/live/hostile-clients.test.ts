import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinSession } from '../../src/live/client.js';
import { limits } from '../../src/live/protocol.js';
import { items } from './helpers.js';
import { type RecordingClient, startTestServer, waitFor } from './socket-helpers.js';

type Harness = Awaited<ReturnType<typeof startTestServer>>;
let harness: Harness | undefined;
afterEach(async () => {
	await harness?.stop();
	harness = undefined;
});

describe('hostile and unlucky clients', () => {
	it('drops and counts malformed and oversized frames; the session goes on', async () => {
		harness = await startTestServer();
		const { server, session } = harness;
		const ann = await harness.student('Ann');
		const bob = await harness.student('Bob');
		const before = { ...server.counts };
		ann.send('not json at all');
		ann.send('{"v":1,"type":"answer"'); // cut short
		ann.send({ v: 1, type: 'shout', text: 'hello' });
		ann.send({ v: 2, type: 'answer', index: 0, answer: 'x' });
		ann.send({ v: 1, type: 'answer', index: -1, answer: 'x' });
		ann.send({ v: 1, type: 'answer', index: 0, answer: 'x'.repeat(limits.answer + 1) });
		ann.send(Buffer.from([1, 2, 3])); // binary
		ann.join('Ann again'); // a second join on a joined connection
		ann.send({ v: 1, type: 'answer', index: 0, answer: 'y'.repeat(limits.frameBytes + 10) });
		await waitFor(() => server.counts.received - before.received === 9, 'nine frames');
		expect(server.counts.malformed - before.malformed).toBe(8);
		expect(server.counts.oversized - before.oversized).toBe(1);
		expect(ann.closed).toBeUndefined();
		// An unjoined connection may only join.
		const stranger = await harness.open();
		stranger.send({ v: 1, type: 'answer', index: 0, answer: '$140 billion' });
		await waitFor(() => server.counts.malformed - before.malformed === 9, 'the stranger’s frame');
		// Far over the limit, ws itself closes the connection (1009) and it is counted too.
		const flooder = await harness.open();
		flooder.send('z'.repeat(limits.maxPayload + 1));
		expect((await flooder.whenClosed()).code).toBe(1009);
		await waitFor(
			() => server.counts.oversized - before.oversized === 2,
			'the flood to be counted',
		);
		// Nothing of this reached the session; the quiz runs on for everyone.
		expect(session.getState().players.map((player) => player.name)).toEqual(['Ann', 'Bob']);
		session.dispatch({ type: 'start', at: session.now() });
		ann.answer(0, '$140 billion');
		bob.answer(0, '$100 billion');
		expect(await ann.next('reveal')).toMatchObject({ correct: true, score: 1 });
		expect(await bob.next('reveal')).toMatchObject({ correct: false, score: 0 });
	});

	it('a class of 40: answers, drops, rejoins, late answers, a wrong code, a taken name', async () => {
		harness = await startTestServer();
		const { session } = harness;
		const names = Array.from({ length: 40 }, (_, i) => `Student ${i + 1}`);
		const students = await Promise.all(
			names.map((name) => harness?.student(name) as Promise<RecordingClient>),
		);
		const tokens = await Promise.all(
			students.map(async (student) => (await student.next('welcome')).token as string),
		);
		await harness.refusedJoins('Student 41', 'student 7');

		// Head counts are batched: everyone learns there are 40 without 40 messages each.
		await Promise.all(students.map((student) => student.next('lobby', (m) => m.players === 40)));
		for (const student of students) expect(student.of('lobby').length).toBeLessThan(20);
		session.dispatch({ type: 'start', at: session.now() });
		await Promise.all(students.map((student) => student.next('question')));
		// Every third answers right; students 1–5 drop before answering.
		const dropped = students.slice(0, 5);
		for (const student of dropped) student.drop();
		await waitFor(
			() => session.getState().players.filter((p) => !p.isConnected).length === 5,
			'five away',
		);
		students.slice(5).forEach((student, i) => {
			student.answer(0, i % 3 === 0 ? '$140 billion' : '$200 billion');
		});
		// The last connected answer closes the question for everyone present.
		await Promise.all(students.slice(5).map((student) => student.next('reveal')));
		expect(session.getState().phase).toBe('reveal');
		// The dropped five come back with their tokens and see the reveal they missed.
		const back = await Promise.all(
			dropped.map(async (_, i) => {
				const client = await harness?.open();
				client?.join(names[i] as string, { token: tokens[i] });
				return client as RecordingClient;
			}),
		);
		for (const client of back) {
			expect(await client.next('welcome')).toMatchObject({ rejoined: true, score: 0 });
			expect(await client.next('reveal')).toMatchObject({ given: null, correct: false });
			client.answer(0, '$140 billion');
			expect(await client.next('answer-refused')).toMatchObject({ reason: 'late' });
		}
		const right = session.getState().answers[0]?.filter((answer) => answer.correct).length;
		expect(right).toBe(12);
		expect(session.getState().players.filter((player) => player.score === 1)).toHaveLength(12);
		expect(session.getState().players.every((player) => player.isConnected)).toBe(true);
	});

	it('drops an answer with control characters; a bank’s control characters go out clean', async () => {
		const [first, ...rest] = items;
		if (!first) throw new Error('no question');
		const hostile = {
			...first,
			question: { ...first.question, prompt: 'Trade?\u001b]0;PWNED\u0007' },
		};
		harness = await startTestServer({}, 60_000, { items: [hostile, ...rest] });
		const { server, session } = harness;
		const ann = await harness.student('Ann');
		session.dispatch({ type: 'start', at: session.now() });
		const question = await ann.next('question');
		expect(question.question.prompt).toBe('Trade?\uFFFD]0;PWNED\uFFFD');
		const before = server.counts.malformed;
		ann.answer(0, '\u001b]52;c;aGk=\u0007');
		await waitFor(() => server.counts.malformed === before + 1, 'the answer to be dropped');
		expect(session.getState().answers[0]).toEqual([]);
		ann.answer(0, '$140 billion');
		expect(await ann.next('locked')).toMatchObject({ given: '$140 billion' });
	});

	it('reads one join per connection: after a refusal nothing pipelined behind it is tried', async () => {
		harness = await startTestServer();
		const { session } = harness;
		const dispatch = vi.spyOn(session, 'dispatch');
		const guesser = await harness.open();
		for (let i = 0; i < 2999; i++)
			guesser.join('Ghost', { code: `W${String(i).padStart(4, '0')}` });
		guesser.join('Ghost'); // the right code, last
		await guesser.whenClosed();
		const joins = dispatch.mock.calls.filter(([action]) => action.type === 'join');
		expect(joins).toHaveLength(1);
		expect(guesser.of('refused')).toHaveLength(1);
		expect(session.getState().players).toEqual([]);
	});

	it('closes a connection that never joins', async () => {
		harness = await startTestServer({ joinTimeoutMs: 100 });
		const idle = await harness.open();
		expect((await idle.whenClosed()).code).toBe(4002);
	});

	it('the client library joins, is refused with the reason, or finds nobody there', async () => {
		harness = await startTestServer();
		const url = `ws://127.0.0.1:${harness.server.port}`;
		const joined = await joinSession({ url, code: 'abcde', name: 'Ann' });
		expect(joined).toMatchObject({ ok: true, welcome: { name: 'Ann', total: 4 } });
		const refused = await joinSession({ url, code: 'abcde', name: 'ANN' });
		expect(refused).toMatchObject({ ok: false, reason: 'name-taken' });
		if (!joined.ok) throw new Error('not joined');
		const bob = await harness.student('Bob');
		harness.session.dispatch({ type: 'start', at: harness.session.now() });
		await bob.next('question');
		// The question reached Ann's connection before anyone listened to it: it was held. Head
		// counts are left out: they go on a 100 ms timer, so whether one came first depends on load.
		const seen: string[] = [];
		joined.connection.onMessage((message) => {
			if (message.type !== 'lobby') seen.push(message.type);
		});
		expect(seen).toEqual(['question']);
		joined.connection.answer(0, '$140 billion');
		bob.answer(0, '$40 billion');
		await waitFor(() => seen.includes('reveal'), 'the reveal');
		expect(seen).toEqual(['question', 'locked', 'reveal']);
		joined.connection.close();
		const port = harness.server.port;
		await harness.stop();
		harness = undefined;
		const nobody = await joinSession({ url: `ws://127.0.0.1:${port}`, code: 'abcde', name: 'Ann' });
		expect(nobody).toMatchObject({ ok: false, reason: 'unreachable' });
	});
});
