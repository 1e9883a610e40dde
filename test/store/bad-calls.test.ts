import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, useTempDir } from './helpers.js';

describe('ScoreStore given bad calls', () => {
	const dir = useTempDir();
	const plan = { bank: 'bank-a', mode: 'practice' as const, questionIds: ['q-1'] };

	test('bad calls throw and write nothing', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		const before = fs.readFileSync(store.path, 'utf8');
		expect(() => store.recordAnswer('ann', 'no-such-session', answerFor('q-1'))).toThrow(
			/Unknown session/,
		);
		expect(() => store.finishSession('ann', 'no-such-session')).toThrow(/Unknown session/);
		expect(() =>
			store.recordAnswer('ann', undefined, { ...answerFor('q-1'), ms: Number.NaN }),
		).toThrow(/invalid data/);
		expect(() => store.startSession('ann', { ...plan, mode: 'speed' as never })).toThrow(
			/invalid data/,
		);
		expect(() => store.recordAnswer('__proto__', undefined, answerFor('q-1'))).toThrow(/profile/);
		expect(() => store.recordAnswer('', undefined, answerFor('q-1'))).toThrow(/profile/);
		expect(() => store.recordAnswer('ann', undefined, answerFor('__proto__'))).toThrow(/question/);
		expect(fs.readFileSync(store.path, 'utf8')).toBe(before);
	});

	test('no lock file is left behind', () => {
		const store = ScoreStore.open({ dir: dir() });
		store.recordAnswer('ann', undefined, answerFor('q-1'));
		expect(() => store.finishSession('ann', 'missing')).toThrow();
		expect(fs.readdirSync(dir()).sort()).toEqual(['scores.journal.jsonl', 'scores.json']);
	});
});
