import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../src/live/protocol.js';
import {
	type StudentEvent,
	showsRejoinLine,
	startStudent,
	studentReducer,
	studentScreen,
} from '../../src/live/student-state.js';

const welcome = {
	v: 1,
	type: 'welcome',
	name: 'Ann',
	token: 'tok',
	total: 3,
	score: 0,
	rejoined: false,
} as const;
const question = (index: number, kind: 'choice' | 'numeric' = 'choice'): ServerMessage => ({
	v: 1,
	type: 'question',
	question: {
		index,
		total: 3,
		prompt: `Q${index}?`,
		kind,
		options: kind === 'choice' ? ['a', 'b'] : [],
		seconds: 20,
		remainingMs: 15_000,
	},
});
const message = (body: ServerMessage, at = 1000): StudentEvent => ({
	type: 'message',
	message: body,
	at,
});
const play = (...events: StudentEvent[]) => events.reduce(studentReducer, startStudent(welcome));

describe('the student screen state', () => {
	it('waits in the lobby with the head count, then asks with a deadline on this clock', () => {
		expect(play(message({ v: 1, type: 'lobby', players: 7 }))).toMatchObject({
			phase: 'waiting',
			players: 7,
		});
		expect(play(message(question(0), 5000))).toMatchObject({ phase: 'question', deadline: 20_000 });
	});

	it('sends one answer at a time and locks it when the server says so', () => {
		const sending = play(message(question(0)), { type: 'send', given: 'a' });
		expect(sending.isSending).toBe(true);
		expect(studentReducer(sending, { type: 'send', given: 'b' })).toBe(sending);
		const locked = studentReducer(sending, message({ v: 1, type: 'locked', index: 0, given: 'a' }));
		expect(locked).toMatchObject({ phase: 'locked', given: 'a', isSending: false });
	});

	it('lets the student try again after an answer that cannot be graded, not after a late one', () => {
		const invalid = play(
			message(question(0, 'numeric')),
			{ type: 'send', given: 'lots' },
			message({
				v: 1,
				type: 'answer-refused',
				index: 0,
				reason: 'invalid',
				message: 'expected a number',
			}),
		);
		expect(invalid).toMatchObject({
			phase: 'question',
			isSending: false,
			error: 'expected a number',
		});
		const late = studentReducer(
			invalid,
			message({
				v: 1,
				type: 'answer-refused',
				index: 0,
				reason: 'late',
				message: 'question 1 is closed',
			}),
		);
		expect(late).toMatchObject({ phase: 'locked', given: null, error: 'question 1 is closed' });
	});

	it('ignores replies about another question', () => {
		const asked = play(message(question(1)));
		expect(studentReducer(asked, message({ v: 1, type: 'locked', index: 0, given: 'a' }))).toBe(
			asked,
		);
	});

	it('takes the score from the reveal and the end; a new question clears the last answer', () => {
		const reveal: ServerMessage = {
			v: 1,
			type: 'reveal',
			index: 0,
			expected: 'a',
			quote: { line: 1, before: '', span: 'a', after: '' },
			given: 'a',
			correct: true,
			points: 1,
			score: 1,
			rank: 1,
			players: 2,
		};
		const revealed = play(
			message(question(0)),
			message({ v: 1, type: 'locked', index: 0, given: 'a' }),
			message(reveal),
		);
		expect(revealed).toMatchObject({ phase: 'reveal', score: 1 });
		const next = studentReducer(revealed, message(question(1)));
		expect(next).toMatchObject({ phase: 'question', score: 1 });
		expect(next.given).toBeUndefined();
		expect(next.reveal).toBeUndefined();
	});

	it('after a drop tries to rejoin, then gives up with a reason; after the end a drop is nothing', () => {
		const lost = play({ type: 'connection-lost' });
		expect(lost.connection).toBe('reconnecting');
		expect(studentReducer(lost, { type: 'rejoined' }).connection).toBe('open');
		expect(studentReducer(lost, { type: 'gave-up', reason: 'no answer' })).toMatchObject({
			connection: 'lost',
			lostReason: 'no answer',
		});
		const ended = play(
			message({
				v: 1,
				type: 'ended',
				reason: 'completed',
				score: 2,
				rank: 1,
				players: 2,
				podium: [],
			}),
		);
		expect(studentReducer(ended, { type: 'connection-lost' })).toBe(ended);
	});

	it('shows the lost screen in place of any phase once it gave up, and the rejoin line while asked', () => {
		const asked = play(message(question(0)));
		expect(studentScreen(asked)).toBe('question');
		expect(studentScreen(studentReducer(asked, { type: 'connection-lost' }))).toBe('question');
		expect(studentScreen(studentReducer(asked, { type: 'gave-up', reason: 'gone' }))).toBe('lost');
		expect(
			(['waiting', 'question', 'locked', 'reveal', 'ended', 'lost'] as const).filter(
				showsRejoinLine,
			),
		).toEqual(['question', 'locked', 'reveal']);
	});

	it('keeps the last refused frame to tell the student, and changes nothing else', () => {
		const asked = play(message(question(0)));
		const refused = studentReducer(asked, { type: 'refused-frame', problem: 'reveal.given: x' });
		expect(refused).toEqual({ ...asked, refusedFrame: 'reveal.given: x' });
	});
});
