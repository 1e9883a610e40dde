import { afterEach, describe, expect, it } from 'vitest';
import { answerText } from '../../src/core/grade/grade.js';
import { items } from './helpers.js';
import { type Frame, type RecordingClient, startTestServer, waitFor } from './socket-helpers.js';

type Harness = Awaited<ReturnType<typeof startTestServer>>;
let harness: Harness | undefined;
afterEach(async () => {
	await harness?.stop();
	harness = undefined;
});

const rightAnswers = ['$140 billion', 'True', 'bilateral', '5797'];
const wrongAnswers = ['$40 billion', 'False', 'wrong guess', '12'];

/** Fields that would tell a student the answer; none may arrive before that question's reveal. */
const answerFields = [
	'expected',
	'correct',
	'explanation',
	'quote',
	'source',
	'accept',
	'answer',
	'tolerance',
	'points',
	'score',
];

/** Every key anywhere in a message, nested ones included. */
function keysOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(keysOf);
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

describe('a live session over 127.0.0.1', () => {
	it('never sends a question’s answer before its reveal (every frame recorded)', async () => {
		harness = await startTestServer();
		const { session } = harness;
		const students = await Promise.all(
			['Ann', 'Bob', 'Cy'].map((name) => harness?.student(name) as Promise<RecordingClient>),
		);
		session.dispatch({ type: 'start', at: session.now() });
		for (const [index] of items.entries()) {
			await Promise.all(
				students.map((student) => student.next('question', (m) => m.question.index === index)),
			);
			// Ann answers right, the others wrong; the last answer triggers the reveal.
			students.forEach((student, n) => {
				student.answer(index, (n === 0 ? rightAnswers : wrongAnswers)[index] ?? '');
			});
			await Promise.all(
				students.map((student) => student.next('reveal', (m) => m.index === index)),
			);
			session.dispatch({ type: 'next', at: session.now() });
			session.dispatch({ type: 'next', at: session.now() });
		}
		await Promise.all(students.map((student) => student.next('ended')));

		for (const student of students) {
			const messages = student.messages;
			for (const [index, item] of items.entries()) {
				const revealAt = messages.findIndex((m) => m.type === 'reveal' && m.index === index);
				expect(revealAt).toBeGreaterThan(0);
				const before = messages.slice(0, revealAt);
				// Nothing before the reveal has a field that could carry the answer…
				for (const message of before.filter((m) => m.type !== 'welcome' && m.type !== 'reveal')) {
					expect(keysOf(message).filter((key) => answerFields.includes(key))).toEqual([]);
				}
				// …the question is exactly the public fields, with every choice and no hint of which…
				const question = before.find(
					(m) => m.type === 'question' && m.question.index === index,
				) as Frame;
				expect(Object.keys(question.question).sort()).toEqual(
					[
						'index',
						'kind',
						'options',
						'prompt',
						'remainingMs',
						'seconds',
						'total',
						...(item.question.type === 'numeric' ? ['unit'] : []),
					].sort(),
				);
				expect([...question.question.options].sort()).toEqual([...item.options].sort());
				// …and for free text, the answer's words appear nowhere but in the student's own lock.
				if (item.options.length === 0) {
					const secret = [
						answerText(item.question),
						...(item.question.type === 'short' ? item.question.accept : []),
					];
					const frames = before.filter((m) => m.type !== 'locked').map((m) => JSON.stringify(m));
					for (const word of [...secret, '5797']) {
						expect(frames.filter((frame) => frame.includes(word))).toEqual([]);
					}
				}
			}
		}
		expect(students[0]?.of('ended')[0]).toMatchObject({ score: 4, rank: 1, reason: 'completed' });
	});

	it('a student never sees another student’s answer, not even at the reveal or the end', async () => {
		harness = await startTestServer();
		const { session } = harness;
		const names = ['Ann', 'Bob', 'Cy', 'Dee'];
		const students = await Promise.all(
			names.map((name) => harness?.student(name) as Promise<RecordingClient>),
		);
		session.dispatch({ type: 'start', at: session.now() });
		for (const index of [0, 1, 2]) {
			await Promise.all(
				students.map((student) => student.next('question', (m) => m.question.index === index)),
			);
			students.forEach((student, n) => {
				student.answer(
					index,
					index === 2 ? `zebra-${names[n]}` : (items[index]?.options[n % 2] ?? ''),
				);
			});
			await Promise.all(
				students.map((student) => student.next('reveal', (m) => m.index === index)),
			);
			session.dispatch({ type: 'next', at: session.now() });
			session.dispatch({ type: 'next', at: session.now() });
		}
		session.dispatch({ type: 'end', at: session.now() });
		await Promise.all(students.map((student) => student.next('ended')));
		students.forEach((student, n) => {
			const others = names.filter((_, m) => m !== n).map((name) => `zebra-${name}`);
			expect(
				student.frames.filter((frame) => others.some((marker) => frame.includes(marker))),
			).toEqual([]);
			expect(student.of('reveal').map((m) => m.given)).toEqual([
				items[0]?.options[n % 2],
				items[1]?.options[n % 2],
				`zebra-${names[n]}`,
			]);
		});
	});

	it('refuses a wrong code and a duplicate name, and closes those connections', async () => {
		harness = await startTestServer();
		await harness.student('Ann');
		const { wrongCode, taken: copycat } = await harness.refusedJoins('Bob', 'ann');
		expect((await wrongCode.whenClosed()).code).toBe(4001);
		expect((await copycat.whenClosed()).code).toBe(4001);
		expect(harness.session.getState().players.map((player) => player.name)).toEqual(['Ann']);
	});

	it('a student who drops and rejoins with name and token keeps their score', async () => {
		harness = await startTestServer();
		const { session } = harness;
		const ann = await harness.student('Ann');
		const bob = await harness.student('Bob');
		const token = (await ann.next('welcome')).token as string;
		session.dispatch({ type: 'start', at: session.now() });
		await ann.next('question');
		ann.answer(0, '$140 billion');
		bob.answer(0, '$40 billion');
		expect(await ann.next('reveal')).toMatchObject({ score: 1, rank: 1 });
		session.dispatch({ type: 'next', at: session.now() });
		session.dispatch({ type: 'next', at: session.now() });
		ann.drop();
		await waitFor(() => session.getState().players[0]?.isConnected === false, 'Ann to be away');
		const impostor = await harness.open();
		impostor.join('Ann', { token: 'f'.repeat(32) });
		expect(await impostor.next('refused')).toMatchObject({ reason: 'name-taken' });
		const back = await harness.open();
		back.join('ann', { token });
		expect(await back.next('welcome')).toMatchObject({ name: 'Ann', rejoined: true, score: 1 });
		expect(await back.next('question')).toMatchObject({ question: { index: 1 } });
		back.answer(1, 'True');
		bob.answer(1, 'True');
		expect(await back.next('reveal')).toMatchObject({ index: 1, score: 2, rank: 1 });
	});

	it('a rejoin from a new connection lets the old one go', async () => {
		harness = await startTestServer();
		const first = await harness.student('Ann');
		const token = (await first.next('welcome')).token as string;
		const second = await harness.open();
		second.join('Ann', { token });
		await second.next('welcome');
		expect((await first.whenClosed()).code).toBe(4000);
		expect(harness.session.getState().players).toHaveLength(1);
		expect(harness.server.connections).toBe(1);
	});

	it('one answer per question; answers after the reveal are refused', async () => {
		harness = await startTestServer();
		const { session } = harness;
		const ann = await harness.student('Ann');
		await harness.student('Bob');
		session.dispatch({ type: 'start', at: session.now() });
		await ann.next('question');
		ann.answer(0, '$40 billion');
		ann.answer(0, '$140 billion');
		expect(await ann.next('answer-refused')).toMatchObject({ reason: 'duplicate' });
		session.dispatch({ type: 'reveal', at: session.now() });
		await ann.next('reveal');
		const late = await harness.open();
		late.join('Cy');
		await late.next('reveal');
		late.answer(0, '$140 billion');
		expect(await late.next('answer-refused')).toMatchObject({ reason: 'late' });
		expect(ann.of('reveal')[0]).toMatchObject({ given: '$40 billion', correct: false });
		expect(session.getState().answers[0]?.map((answer) => answer.given)).toEqual(['$40 billion']);
	});

	it('closes the question when its time is up', async () => {
		harness = await startTestServer({}, 300);
		const ann = await harness.student('Ann');
		harness.session.dispatch({ type: 'start', at: harness.session.now() });
		expect(await ann.next('question')).toMatchObject({ question: { seconds: 0 } });
		expect(await ann.next('reveal')).toMatchObject({ index: 0, given: null, correct: false });
		ann.answer(0, '$140 billion');
		expect(await ann.next('answer-refused')).toMatchObject({ reason: 'late' });
	});
});
