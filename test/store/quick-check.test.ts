// The quick check says yes only where the zod schemas would accept the data and hand it back
// unchanged; for anything else the store asks the schemas themselves.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isPlainChange, isPlainStoreData } from '../../src/store/quick-check.js';
import { storeDataSchema } from '../../src/store/schema.js';
import { storeChangeSchema } from '../../src/store/store-change.js';

const at = '2025-03-01T09:00:00.000Z';

/** A store with every kind of record and every optional field quizline writes. */
function fullStore() {
	return {
		schemaVersion: 1,
		journal: 'j-1',
		profiles: {
			ann: {
				questions: {
					'q-1': {
						attempts: 3,
						correct: 1,
						partial: 1,
						lastAnswer: 'B',
						lastCorrect: false,
						lastSeen: at,
						bank: 'bank-a',
						history: [
							{ at, correct: true, answer: 'A', ms: 1200, hinted: false, verdict: 'exact' },
							{
								at,
								correct: false,
								answer: 'C,A,B',
								verdict: 'partial',
								inPlace: { right: 1, of: 3 },
							},
							{ at: '2025-03-02T09:00:00Z', correct: false, answer: 'B', support: 'line 3' },
						],
					},
				},
				sessions: [
					{
						id: 's-1',
						bank: 'bank-a',
						mode: 'exam',
						start: at,
						end: at,
						count: 2,
						score: 1,
						questionIds: ['q-1', 'q-2'],
						seed: 'abc',
						timeLimitMs: 600000,
						answers: [{ id: 'q-1', answer: 'A', correct: true, at, verdict: 'accepted' }],
					},
					{
						id: 's-2',
						bank: 'bank-a',
						mode: 'practice',
						start: at,
						count: 1,
						score: 0,
						questionIds: ['q-1'],
						seed: 7,
						answers: [],
					},
				],
			},
		},
		classSessions: [
			{
				id: 'c-1',
				bank: 'bank-a',
				kind: 'live',
				start: at,
				end: at,
				endReason: 'completed',
				speedBonus: true,
				questionIds: ['q-1'],
				players: [{ name: 'Ann', score: 3 }],
				answers: [
					{ name: 'Ann', questionId: 'q-1', answer: 'A', result: 'right', seconds: 2.5 },
					{ name: 'Bo', questionId: 'q-1', answer: '', result: 'unanswered', seconds: null },
				],
				tallies: [{ questionId: 'q-1', right: null, of: 4 }],
				csv: 'class.csv',
			},
		],
	};
}

const answer = {
	questionId: 'q-1',
	bank: 'bank-a',
	answer: 'A',
	correct: true,
	verdict: 'exact',
	inPlace: { right: 2, of: 2 },
	support: 'x',
	ms: 10,
	hinted: true,
};
const changes = [
	{ op: 'start', profile: 'ann', session: fullStore().profiles.ann.sessions[0] },
	{ op: 'answer', profile: 'ann', session: 's-1', answer, at },
	{
		op: 'answer',
		profile: 'ann',
		answer: { questionId: 'q-2', bank: 'b', answer: 'x', correct: false },
		at,
	},
	{ op: 'finish', profile: 'ann', session: 's-1', at },
	{ op: 'reset', profile: 'ann' },
	{ op: 'class', record: fullStore().classSessions[0] },
];

/** Every path to a value inside `value` (keys and indexes), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([key, child]) => {
		const at = [...prefix, Array.isArray(value) ? Number(key) : key];
		return [at, ...pathsOf(child, at)];
	});
}

type Edit = { path: (string | number)[]; kind: 'set' | 'delete' | 'add'; value: unknown };

/** A copy of `value` with one edit: a value replaced, a field deleted, or a field added. */
function edited(value: unknown, edit: Edit): unknown {
	const copy = structuredClone(value) as Record<string | number, unknown>;
	const parent = edit.path
		.slice(0, -1)
		.reduce<Record<string | number, unknown>>(
			(node, key) => node[key] as Record<string | number, unknown>,
			copy,
		);
	const last = edit.path.at(-1) as string | number;
	if (edit.kind === 'set') parent[last] = edit.value;
	else if (edit.kind === 'delete') delete parent[last];
	else if (
		typeof parent[last] === 'object' &&
		parent[last] !== null &&
		!Array.isArray(parent[last])
	)
		(parent[last] as Record<string, unknown>).extra = edit.value;
	return copy;
}

const odd = fc.oneof(
	fc.jsonValue(),
	fc.constantFrom(
		'',
		'__proto__',
		'exact',
		'wrong',
		'live',
		-1,
		0,
		1,
		1.5,
		null,
		true,
		at,
		'2025-02-30T00:00:00Z',
	),
);
const edits = (sample: unknown) =>
	fc.record({
		path: fc.constantFrom(...pathsOf(sample)),
		kind: fc.constantFrom<Edit['kind']>('set', 'set', 'delete', 'add'),
		value: odd,
	});

describe('the quick check of score data', () => {
	test('takes what quizline writes, as the schema hands it back', () => {
		const data = fullStore();
		expect(isPlainStoreData(data)).toBe(true);
		expect(storeDataSchema.parse(data)).toStrictEqual(data);
		expect(isPlainStoreData({ schemaVersion: 1, profiles: {} })).toBe(true);
	});

	test('refuses what the schema would refuse or change: a wrong time, a verdict it drops, a field it does not know', () => {
		const data = fullStore();
		const entry = () => data.profiles.ann.questions['q-1'].history[0] as Record<string, unknown>;
		for (const [key, value] of [
			['at', '2025-02-30T09:00:00Z'],
			['at', '2025-03-01T09:00:00+01:00'],
			['verdict', 'brilliant'],
			['ms', -1],
			['future', 1],
		] as const) {
			const before = entry()[key];
			entry()[key] = value;
			expect(isPlainStoreData(data), `${key}: ${value}`).toBe(false);
			if (before === undefined) delete entry()[key];
			else entry()[key] = before;
		}
		expect(isPlainStoreData(data)).toBe(true);
		expect(isPlainStoreData({ schemaVersion: 2, profiles: {} })).toBe(false);
		expect(isPlainStoreData({ schemaVersion: 1, profiles: [] })).toBe(false);
	});

	test('says of every stored time what zod’s pattern says', () => {
		const pad = (value: number, width: number) => String(value).padStart(width, '0');
		const times = fc.oneof(
			fc
				.tuple(
					fc.integer({ min: 0, max: 9999 }),
					fc.integer({ min: 0, max: 13 }),
					fc.integer({ min: 0, max: 32 }),
					fc.integer({ min: 0, max: 25 }),
					fc.integer({ min: 0, max: 61 }),
					fc.integer({ min: 0, max: 61 }),
					fc.integer({ min: 0, max: 999 }),
				)
				.map(
					([y, mo, d, h, mi, s, ms]) =>
						`${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`,
				),
			// One character of a stored time changed to anything.
			fc
				.tuple(fc.integer({ min: 0, max: 23 }), fc.string({ minLength: 0, maxLength: 2 }))
				.map(([place, text]) => `${at.slice(0, place)}${text}${at.slice(place + 1)}`),
		);
		const entryAt = (time: string) => {
			const data = fullStore();
			const entry = data.profiles.ann.questions['q-1'].history[0] as Record<string, unknown>;
			entry.at = time;
			return data;
		};
		fc.assert(
			fc.property(times, (time) => {
				const data = entryAt(time);
				expect(isPlainStoreData(data)).toBe(storeDataSchema.safeParse(data).success);
			}),
			{ numRuns: 3000 },
		);
		for (const time of [
			'2024-02-29T23:59:59.999Z',
			'2023-02-29T00:00:00.000Z',
			'2000-02-29T12:00:00.000Z',
			'1900-02-29T12:00:00.000Z',
		]) {
			expect(isPlainStoreData(entryAt(time)), time).toBe(
				storeDataSchema.safeParse(entryAt(time)).success,
			);
		}
	});

	test('whatever one edit makes of the data, a yes means the schema takes it unchanged', () => {
		const sample = fullStore();
		let refused = 0;
		fc.assert(
			fc.property(edits(sample), (edit) => {
				const data = edited(sample, edit);
				if (!isPlainStoreData(data)) {
					refused++;
					return;
				}
				const parsed = storeDataSchema.safeParse(data);
				expect(parsed.success).toBe(true);
				expect(parsed.data).toEqual(data);
			}),
			{ numRuns: 2000 },
		);
		// The check is not a yes to everything.
		expect(refused).toBeGreaterThan(100);
	});
});

describe('the quick check of journal changes', () => {
	test('takes every change quizline makes', () => {
		for (const change of changes) {
			expect(isPlainChange(change), change.op).toBe(true);
			expect(storeChangeSchema.parse(change)).toStrictEqual(change);
		}
		expect(isPlainChange({ op: 'rename', profile: 'ann' })).toBe(false);
		expect(isPlainChange({ op: 'reset', profile: '__proto__' })).toBe(false);
	});

	test('whatever one edit makes of a change, a yes means the schema takes it unchanged', () => {
		for (const sample of changes) {
			fc.assert(
				fc.property(edits(sample), (edit) => {
					const change = edited(sample, edit);
					if (!isPlainChange(change)) return;
					const parsed = storeChangeSchema.safeParse(change);
					expect(parsed.success).toBe(true);
					expect(parsed.data).toEqual(change);
				}),
				{ numRuns: 300 },
			);
		}
	});
});
