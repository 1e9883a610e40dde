import { describe, expect, it } from 'vitest';
import { classReducer } from '../../src/live/class-reducer.js';
import { type ClassAction, createClassState } from '../../src/live/class-state.js';
import { standings } from '../../src/live/scoring.js';
import { items, joinAction, run, settings, types } from './helpers.js';

const answer = (name: string, index: number, given: string, at = 1000): ClassAction => ({
	type: 'answer',
	key: name.toLowerCase(),
	index,
	given,
	at,
});

const lobbyOf = (...names: string[]) => names.map((name) => joinAction(name));

describe('joining', () => {
	it('welcomes a student with a token and tells the lobby the head count', () => {
		const { state, out } = run(lobbyOf('Ann', 'Bob'));
		expect(state.players.map((player) => player.name)).toEqual(['Ann', 'Bob']);
		expect(types(out)).toEqual(['welcome', 'lobby', 'welcome', 'lobby']);
		expect(out[0]).toMatchObject({ to: 'sender', message: { token: 'token-ann', score: 0 } });
		expect(out[3]).toMatchObject({ to: 'players', message: { players: 2 } });
	});

	it.each([
		['a wrong code', { code: 'ZZZZZ' }, 'wrong-code'],
		['another protocol version', { v: 99 }, 'version'],
		['an empty name', { name: '   ' }, 'bad-name'],
		['a name of symbols', { name: '<script>' }, 'bad-name'],
		['a name too long', { name: 'x'.repeat(25) }, 'bad-name'],
	])('refuses %s', (_, extra, reason) => {
		const { state, out } = run([joinAction('Ann', extra)]);
		expect(state.players).toEqual([]);
		expect(out).toEqual([
			{ to: 'sender', message: expect.objectContaining({ type: 'refused', reason }) },
		]);
	});

	it('takes the code in any case, with spaces', () => {
		const { state } = run([joinAction('Ann', { code: ' ab cde ' })]);
		expect(state.players).toHaveLength(1);
	});

	it('refuses a name already taken, in any case, even while its owner is away', () => {
		const { state, out } = run([
			joinAction('Ann'),
			joinAction('ANN'),
			{ type: 'disconnect', key: 'ann', at: 5 },
			joinAction('ann', { token: 'a-guess' }),
		]);
		expect(state.players).toHaveLength(1);
		const refusals = out.filter((outgoing) => outgoing.message.type === 'refused');
		expect(refusals.map((outgoing) => outgoing.message)).toEqual([
			expect.objectContaining({ reason: 'name-taken' }),
			expect.objectContaining({ reason: 'name-taken' }),
		]);
	});

	it('refuses a look-alike of a taken name: Cyrillic "Аnn" for Ann, Greek "Ηans" for Hans', () => {
		const { state, out } = run([
			joinAction('Ann'),
			joinAction('Hans'),
			joinAction('\u0410nn'),
			joinAction('\u0397ans'),
			joinAction('\u0410nna'),
		]);
		expect(state.players.map((player) => player.name)).toEqual(['Ann', 'Hans', '\u0410nna']);
		const refusals = out.filter((outgoing) => outgoing.message.type === 'refused');
		expect(refusals.map((outgoing) => outgoing.message)).toEqual([
			expect.objectContaining({ reason: 'name-taken', message: expect.stringContaining('"Ann"') }),
			expect.objectContaining({ reason: 'name-taken', message: expect.stringContaining('"Hans"') }),
		]);
	});

	it('lets a student rejoin with their token and keeps their score', () => {
		const first = run([
			...lobbyOf('Ann', 'Bob'),
			{ type: 'start', at: 0 },
			answer('Ann', 0, '$140 billion'),
			answer('Bob', 0, '$40 billion'),
			{ type: 'next', at: 2000 },
			{ type: 'next', at: 2000 },
			{ type: 'disconnect', key: 'ann', at: 2500 },
		]);
		expect(first.state.players[0]).toMatchObject({ isConnected: false, score: 1 });
		const { state, out } = run([joinAction('ann', { token: 'token-ann', at: 3000 })], first.state);
		expect(state.players[0]).toMatchObject({ name: 'Ann', isConnected: true, score: 1 });
		expect(types(out)).toEqual(['welcome', 'question']);
		expect(out[0]?.message).toMatchObject({ rejoined: true, score: 1, name: 'Ann' });
		expect(out[1]?.message).toMatchObject({ question: { index: 1, remainingMs: 19_000 } });
	});

	it('tells a student who rejoins after answering that the answer is locked', () => {
		const { out } = run([
			...lobbyOf('Ann', 'Bob'),
			{ type: 'start', at: 0 },
			answer('Ann', 0, '$140 billion'),
			{ type: 'disconnect', key: 'ann', at: 1 },
			joinAction('Ann', { token: 'token-ann', at: 2 }),
		]);
		expect(types(out).slice(-3)).toEqual(['welcome', 'question', 'locked']);
	});

	it('shows a late joiner the open question, and refuses everyone once the session ended', () => {
		const { out } = run([
			joinAction('Ann'),
			{ type: 'start', at: 0 },
			joinAction('Cy', { at: 5000 }),
			{ type: 'end', at: 6000 },
			joinAction('Dee'),
		]);
		expect(types(out)).toEqual([
			'welcome',
			'lobby',
			'question',
			'welcome',
			'question',
			'ended',
			'ended',
			'refused',
		]);
		expect(out.at(-1)?.message).toMatchObject({ reason: 'session-over' });
	});
});

describe('answers', () => {
	const asked = run([...lobbyOf('Ann', 'Bob', 'Cy'), { type: 'start', at: 0 }]).state;

	it('locks an answer and says nothing about whether it is right', () => {
		const { out } = run([answer('Ann', 0, '$140 billion')], asked);
		expect(out).toEqual([
			{ to: 'sender', message: { v: 1, type: 'locked', index: 0, given: '$140 billion' } },
		]);
	});

	it('takes one answer per student per question', () => {
		const { state, out } = run(
			[answer('Ann', 0, '$40 billion'), answer('Ann', 0, '$140 billion')],
			asked,
		);
		expect(state.answers[0]).toHaveLength(1);
		expect(state.answers[0]?.[0]?.given).toBe('$40 billion');
		expect(out[1]?.message).toMatchObject({ type: 'answer-refused', reason: 'duplicate' });
	});

	it('refuses answers after the reveal, after the deadline, and to questions not yet asked', () => {
		const { out } = run(
			[
				answer('Ann', 1, 'True'),
				answer('Bob', 0, '$40 billion', 20_001),
				{ type: 'reveal', at: 21_000 },
				answer('Cy', 0, '$140 billion', 21_001),
			],
			asked,
		);
		const reasons = out
			.filter((outgoing) => outgoing.message.type === 'answer-refused')
			.map((outgoing) => (outgoing.message as { reason: string }).reason);
		expect(reasons).toEqual(['not-asked', 'late', 'late']);
	});

	it('takes a choice by its words (not by a number) and refuses other text', () => {
		const { state, out } = run([answer('Ann', 0, '2'), answer('Ann', 0, '  $140 BILLION ')], asked);
		expect(out[0]?.message).toMatchObject({ reason: 'invalid' });
		expect(state.answers[0]?.[0]).toMatchObject({ given: '$140 billion', correct: true });
	});

	it('refuses an answer that cannot be graded, and lets the student try again', () => {
		const skip: ClassAction[] = [
			{ type: 'reveal', at: 1 },
			{ type: 'next', at: 1 },
			{ type: 'next', at: 1 },
		];
		const toNumber = run([...skip, ...skip, ...skip], asked).state;
		expect(toNumber.index).toBe(3);
		const { state, out } = run(
			[answer('Ann', 3, 'lots'), answer('Ann', 3, '5797', 1500)],
			toNumber,
		);
		expect(out[0]?.message).toMatchObject({ reason: 'invalid', message: 'expected a number' });
		expect(state.answers[3]?.[0]).toMatchObject({ correct: true, ms: 1499 });
	});

	it('reveals as soon as every connected student has answered', () => {
		const { state, out } = run(
			[
				{ type: 'disconnect', key: 'cy', at: 1 },
				answer('Ann', 0, '$140 billion'),
				answer('Bob', 0, '$100 billion'),
			],
			asked,
		);
		expect(state.phase).toBe('reveal');
		expect(types(out)).toEqual(['locked', 'locked', 'reveal', 'reveal', 'reveal']);
	});

	it('reveals when the last student yet to answer leaves, and not while nobody answered', () => {
		const { state, out } = run(
			[
				answer('Ann', 0, '$140 billion'),
				answer('Bob', 0, '$100 billion'),
				{ type: 'disconnect', key: 'cy', at: 2000 },
			],
			asked,
		);
		expect(state.phase).toBe('reveal');
		expect(types(out)).toEqual(['locked', 'locked', 'reveal', 'reveal', 'reveal']);
		const empty = run(
			[
				{ type: 'disconnect', key: 'ann', at: 1 },
				{ type: 'disconnect', key: 'bob', at: 1 },
				{ type: 'disconnect', key: 'cy', at: 1 },
			],
			asked,
		);
		expect(empty.state.phase).toBe('question');
	});
});

describe('reveal, scores and the end', () => {
	const asked = run([...lobbyOf('Ann', 'Bob', 'Cy'), { type: 'start', at: 0 }]).state;

	it('gives each student their own answer, points, score and rank, and the quoted line', () => {
		const { out } = run(
			[
				answer('Ann', 0, '$140 billion'),
				answer('Bob', 0, '$40 billion'),
				{ type: 'reveal', at: 5000 },
			],
			asked,
		);
		const reveals = out.filter((outgoing) => outgoing.message.type === 'reveal');
		expect(reveals.map((outgoing) => outgoing.to === 'player' && outgoing.key)).toEqual([
			'ann',
			'bob',
			'cy',
		]);
		expect(reveals[0]?.message).toMatchObject({
			expected: '$140 billion',
			given: '$140 billion',
			correct: true,
			points: 1,
			score: 1,
			rank: 1,
			players: 3,
			explanation: 'Putin gave the figure.',
			quote: { line: 15, span: '$140 billion', after: ' last year.' },
		});
		expect(reveals[1]?.message).toMatchObject({
			given: '$40 billion',
			correct: false,
			score: 0,
			rank: 2,
		});
		expect(reveals[2]?.message).toMatchObject({ given: null, correct: false, rank: 2 });
	});

	it('closes the question when its time is up, ignoring a stale timer', () => {
		const stale = classReducer(asked, { type: 'time-up', index: 3, at: 20_000 });
		expect(stale.state).toBe(asked);
		const { state } = run([{ type: 'time-up', index: 0, at: 20_000 }], asked);
		expect(state.phase).toBe('reveal');
	});

	it('with the speed bonus, faster right answers earn more (1000 down to 500)', () => {
		const bonus = run(
			[...lobbyOf('Ann', 'Bob', 'Cy'), { type: 'start', at: 0 }],
			createClassState(items, { ...settings, speedBonus: true }, 0),
		).state;
		const { state } = run(
			[
				answer('Ann', 0, '$140 billion', 0),
				answer('Bob', 0, '$140 billion', 10_000),
				answer('Cy', 0, '$40 billion', 100),
			],
			bonus,
		);
		expect(state.players.map((player) => player.score)).toEqual([1000, 750, 0]);
	});

	it('walks reveal → standings → next question, and ends after the last with a podium', () => {
		const actions: ClassAction[] = [];
		const right = ['$140 billion', 'True', 'bilateral', '5,797 km'];
		items.forEach((_, index) => {
			actions.push(
				answer('Ann', index, right[index] ?? ''),
				answer('Bob', index, index < 2 ? (right[index] ?? '') : 'no idea'),
			);
			if (index === 2) actions.push(answer('Cy', index, 'two way'));
			actions.push(
				{ type: 'reveal', at: 2000 },
				{ type: 'next', at: 3000 },
				{ type: 'next', at: 3000 },
			);
		});
		const { state, out } = run(actions, asked);
		expect(state.phase).toBe('ended');
		expect(state.endReason).toBe('completed');
		expect(state.revealed).toBe(4);
		expect(standings(state.players).map((entry) => [entry.name, entry.score, entry.rank])).toEqual([
			['Ann', 4, 1],
			['Bob', 2, 2],
			['Cy', 1, 3],
		]);
		const ended = out.filter((outgoing) => outgoing.message.type === 'ended');
		expect(ended).toHaveLength(3);
		expect(ended[2]?.message).toEqual({
			v: 1,
			type: 'ended',
			reason: 'completed',
			score: 1,
			rank: 3,
			players: 3,
			podium: [
				{ name: 'Ann', score: 4, rank: 1 },
				{ name: 'Bob', score: 2, rank: 2 },
				{ name: 'Cy', score: 1, rank: 3 },
			],
		});
	});

	it('ending mid-question stops the session without scoring the open question', () => {
		const { state, out } = run([answer('Ann', 0, '$140 billion'), { type: 'end', at: 100 }], asked);
		expect(state).toMatchObject({
			phase: 'ended',
			endReason: 'stopped',
			revealed: 0,
			endedAt: 100,
		});
		expect(state.players[0]?.score).toBe(0);
		expect(types(out)).toEqual(['locked', 'ended', 'ended', 'ended']);
	});
});

describe('projector mode', () => {
	const local = createClassState(items, { ...settings, isLocal: true }, 0);

	it('never reveals by itself (no students), and records counts for revealed questions only', () => {
		const { state } = run(
			[
				{ type: 'class-size', size: 20 },
				{ type: 'start', at: 0 },
				{ type: 'tally', index: 0, right: 5 },
				{ type: 'reveal', at: 100 },
				{ type: 'tally', index: 0, right: 21 },
				{ type: 'tally', index: 0, right: 12 },
				{ type: 'tally', index: 1, right: 3 },
			],
			local,
		);
		expect(state.phase).toBe('reveal');
		expect(state.classSize).toBe(20);
		expect(state.tallies).toEqual([12]);
	});
});
