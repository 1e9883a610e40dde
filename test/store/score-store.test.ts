import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, steppingClock, useTempDir } from './helpers.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ScoreStore', () => {
	const dir = useTempDir();
	const plan = { bank: 'bank-a', mode: 'practice' as const, questionIds: ['q-1', 'q-2', 'q-3'] };

	test('every recorded answer is on disk when recordAnswer returns', () => {
		const store = ScoreStore.open({ dir: dir() });
		for (let i = 1; i <= 3; i++) {
			store.recordAnswer('ann', undefined, answerFor('q-1', i !== 2, `a${i}`));
			const fresh = ScoreStore.open({ dir: dir() }).profile('ann').questions['q-1'];
			expect(fresh?.attempts).toBe(i);
			expect(fresh?.lastAnswer).toBe(`a${i}`);
		}
		expect(ScoreStore.open({ dir: dir() }).profile('ann').questions['q-1']).toMatchObject({
			attempts: 3,
			correct: 2,
			lastCorrect: true,
			bank: 'bank-a',
		});
	});

	test('opening writes nothing; the file is conf’s scores.json in dir', () => {
		const store = ScoreStore.open({ dir: dir() });
		expect(store.path).toBe(path.join(dir(), 'scores.json'));
		expect(fs.readdirSync(dir())).toEqual([]);
		expect(store.warning).toBeUndefined();
	});

	test('a session keeps its plan, its answers in order, its score and its end', () => {
		const store = ScoreStore.open({ dir: dir(), now: steppingClock() });
		const id = store.startSession('ann', { ...plan, seed: 'abc' });
		expect(id).toMatch(uuid);
		store.recordAnswer('ann', id, answerFor('q-2', true, 'two'));
		store.recordAnswer('ann', id, { ...answerFor('q-1', false, 'one'), ms: 1500, hinted: true });
		store.finishSession('ann', id);
		const [session] = store.profile('ann').sessions;
		expect(session).toEqual({
			id,
			bank: 'bank-a',
			mode: 'practice',
			start: '2024-05-01T10:00:00.000Z',
			end: '2024-05-01T10:00:03.000Z',
			count: 3,
			score: 1,
			questionIds: ['q-1', 'q-2', 'q-3'],
			seed: 'abc',
			answers: [
				{ id: 'q-2', answer: 'two', correct: true, at: '2024-05-01T10:00:01.000Z' },
				{ id: 'q-1', answer: 'one', correct: false, at: '2024-05-01T10:00:02.000Z' },
			],
		});
		expect(store.profile('ann').questions['q-1']?.history).toEqual([
			{ at: '2024-05-01T10:00:02.000Z', correct: false, answer: 'one', ms: 1500, hinted: true },
		]);
	});

	test('a numeric seed is kept and a missing seed stays absent', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.startSession('ann', { ...plan, seed: 42 });
		store.startSession('ann', plan);
		const [withSeed, without] = store.profile('ann').sessions;
		expect(withSeed?.seed).toBe(42);
		expect(without && 'seed' in without).toBe(false);
	});

	test('history keeps the last 50 answers while attempts keep counting', () => {
		const store = ScoreStore.open({ dir: dir() });
		for (let i = 0; i < 55; i++)
			store.recordAnswer('ann', undefined, answerFor('q-1', true, `${i}`));
		const record = store.profile('ann').questions['q-1'];
		expect(record?.attempts).toBe(55);
		expect(record?.history).toHaveLength(50);
		expect(record?.history[0]?.answer).toBe('5');
		expect(record?.history.at(-1)?.answer).toBe('54');
	});

	test('finishSession keeps the first end time', () => {
		const store = ScoreStore.open({ dir: dir(), now: steppingClock() });
		const id = store.startSession('ann', plan);
		store.finishSession('ann', id);
		store.finishSession('ann', id);
		expect(store.profile('ann').sessions[0]?.end).toBe('2024-05-01T10:00:01.000Z');
	});

	test('lastUnfinishedSession is the newest session without an end', () => {
		const store = ScoreStore.open({ dir: dir() });
		expect(store.lastUnfinishedSession('ann')).toBeUndefined();
		const first = store.startSession('ann', plan);
		const second = store.startSession('ann', { ...plan, mode: 'exam' });
		expect(store.lastUnfinishedSession('ann')?.id).toBe(second);
		store.finishSession('ann', second);
		expect(store.lastUnfinishedSession('ann')?.id).toBe(first);
		store.finishSession('ann', first);
		expect(store.lastUnfinishedSession('ann')).toBeUndefined();
	});

	test('profiles are apart; names are sorted; reset deletes one', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.recordAnswer('zoe', undefined, answerFor('q-1'));
		store.recordAnswer('ann', undefined, answerFor('q-2'));
		store.recordAnswer('constructor', undefined, answerFor('q-3'));
		expect(store.profileNames()).toEqual(['ann', 'constructor', 'zoe']);
		expect(Object.keys(store.profile('ann').questions)).toEqual(['q-2']);
		expect(store.resetProfile('zoe')).toBe(true);
		expect(store.resetProfile('zoe')).toBe(false);
		expect(store.resetProfile('nobody')).toBe(false);
		expect(ScoreStore.open({ dir: dir() }).profileNames()).toEqual(['ann', 'constructor']);
	});

	test('an unknown profile reads as empty; a snapshot is a copy', () => {
		const store = ScoreStore.open({ dir: dir() });
		expect(store.profile('nobody')).toEqual({ questions: {}, sessions: [] });
		expect(store.profile('toString')).toEqual({ questions: {}, sessions: [] });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		const snapshot = store.profile('ann');
		snapshot.sessions.push(snapshot.sessions[0] as never);
		delete snapshot.questions['q-1'];
		expect(store.profile('ann').questions['q-1']?.attempts).toBe(1);
	});
});

describe('class sessions', () => {
	const dir = useTempDir();
	const session = {
		bank: 'bank-a',
		kind: 'live' as const,
		start: '2024-05-01T10:00:00.000Z',
		end: '2024-05-01T10:05:00.000Z',
		endReason: 'completed' as const,
		seed: 'abc',
		speedBonus: false,
		questionIds: ['q-1'],
		players: [{ name: 'Ann', score: 1 }],
		answers: [
			{ name: 'Ann', questionId: 'q-1', answer: 'x', result: 'right' as const, seconds: 2.5 },
		],
		csv: 'class.csv',
	};

	test('are stored apart from profiles, oldest first, and read back', () => {
		const store = ScoreStore.open({ dir: dir() });
		expect(store.classSessions()).toEqual([]);
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		const first = store.saveClassSession(session);
		const second = store.saveClassSession({ ...session, kind: 'local', players: [], answers: [] });
		const fresh = ScoreStore.open({ dir: dir() });
		expect(fresh.classSessions().map((stored) => [stored.id, stored.kind])).toEqual([
			[first, 'live'],
			[second, 'local'],
		]);
		expect(fresh.classSessions()[0]).toEqual({ id: first, ...session });
		expect(fresh.profile('ann').questions['q-1']?.attempts).toBe(1);
	});

	test('refuses a record that would make the file unreadable', () => {
		const store = ScoreStore.open({ dir: dir() });
		expect(() =>
			store.saveClassSession({
				...session,
				answers: [{ ...session.answers[0], seconds: -1 }] as never,
			}),
		).toThrow(/Refusing to store invalid data/);
		expect(store.classSessions()).toEqual([]);
	});
});
