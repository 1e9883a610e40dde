import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { storeDataSchema } from '../../src/store/schema.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, useTempDir } from './helpers.js';

describe('the stored data', () => {
	const dir = useTempDir();

	test('carries schemaVersion 1 and passes its own schema', () => {
		const store = ScoreStore.open({ dir: dir() });
		const id = store.startSession('ann', { bank: 'b', mode: 'due', questionIds: ['q-1'] });
		store.recordAnswer('ann', id, { ...answerFor('q-1'), ms: 10, hinted: false });
		const raw = JSON.parse(fs.readFileSync(store.path, 'utf8'));
		expect(raw.schemaVersion).toBe(1);
		expect(storeDataSchema.safeParse(raw).success).toBe(true);
	});

	test('requires schemaVersion 1', () => {
		expect(storeDataSchema.safeParse({ profiles: {} }).success).toBe(false);
		expect(storeDataSchema.safeParse({ schemaVersion: 2, profiles: {} }).success).toBe(false);
		expect(storeDataSchema.safeParse({ schemaVersion: 1, profiles: {} }).success).toBe(true);
	});

	test('unknown fields at every level survive the journal being folded into the file', () => {
		const at = '2024-05-01T10:00:00.000Z';
		const stored = {
			schemaVersion: 1,
			futureTop: { a: 1 },
			profiles: {
				ann: {
					streak: 4,
					questions: {
						'q-1': {
							attempts: 1,
							correct: 1,
							lastAnswer: 'x',
							lastCorrect: true,
							lastSeen: at,
							bank: 'b',
							history: [{ at, correct: true, answer: 'x', ease: 2.5 }],
							stability: 3.2,
						},
					},
					sessions: [
						{
							id: 's-1',
							bank: 'b',
							mode: 'review',
							start: at,
							count: 1,
							score: 0,
							questionIds: ['q-1'],
							answers: [{ id: 'q-1', answer: 'y', correct: false, at, note: 'n' }],
							device: 'tty',
						},
					],
				},
			},
		};
		fs.writeFileSync(path.join(dir(), 'scores.json'), JSON.stringify(stored));
		// A journal larger than the file is folded into it on the next write.
		const store = ScoreStore.open({ dir: dir(), compactAfterBytes: 0 });
		expect(store.warning).toBeUndefined();
		const journal = path.join(dir(), 'scores.journal.jsonl');
		for (let folds = 0; folds < 2; ) {
			const before = fs.existsSync(journal) ? fs.statSync(journal).size : 0;
			store.recordAnswer('ann', 's-1', answerFor('q-1'));
			if (fs.statSync(journal).size < before) folds++;
		}
		const attempts = store.profile('ann').questions['q-1']?.attempts ?? 0;
		const raw = JSON.parse(fs.readFileSync(store.path, 'utf8'));
		const inJournal = fs.readFileSync(journal, 'utf8').trim().split('\n').length - 1;
		expect(raw.futureTop).toEqual({ a: 1 });
		expect(raw.profiles.ann.streak).toBe(4);
		expect(raw.profiles.ann.questions['q-1'].stability).toBe(3.2);
		expect(raw.profiles.ann.questions['q-1'].history[0].ease).toBe(2.5);
		expect(raw.profiles.ann.questions['q-1'].attempts).toBe(attempts - inJournal);
		expect(raw.profiles.ann.sessions[0].device).toBe('tty');
		expect(raw.profiles.ann.sessions[0].answers[0].note).toBe('n');
		expect(raw.profiles.ann.sessions[0].answers).toHaveLength(attempts - inJournal);
	});
});
