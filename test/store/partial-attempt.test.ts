import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { answerFor, steppingClock, useTempDir } from './helpers.js';

const partial = {
	...answerFor('order-q', false, 'c, b, d, a'),
	verdict: 'partial' as const,
	inPlace: { right: 2, of: 4 },
};
const twoPart = {
	...answerFor('two-part-q', false, 'its army'),
	verdict: 'partial' as const,
	support: '“Beijing had not yet violated Western sanctions …”',
};

describe('a partly right answer in the store', () => {
	const dir = useTempDir();

	it.each([
		['from the journal', 1_000_000],
		['from the file, the journal folded into it', 0],
	])('keeps its verdict, its count in place and part B’s line, read back %s', (_, compact) => {
		const store = ScoreStore.open({ dir: dir(), now: steppingClock(), compactAfterBytes: compact });
		const session = store.startSession('ann', {
			bank: 'bank-a',
			mode: 'practice',
			questionIds: ['order-q', 'two-part-q'],
		});
		store.recordAnswer('ann', session, partial);
		store.recordAnswer('ann', session, twoPart);
		store.recordAnswer('ann', session, { ...answerFor('order-q'), verdict: 'exact' });

		const read = ScoreStore.open({ dir: dir() }).profile('ann');
		const order = read.questions['order-q'];
		expect(order).toMatchObject({ attempts: 2, correct: 1, partial: 1, lastCorrect: true });
		expect(order?.history[0]).toMatchObject({
			correct: false,
			verdict: 'partial',
			inPlace: { right: 2, of: 4 },
			answer: 'c, b, d, a',
		});
		expect(order?.history[1]).toMatchObject({ correct: true, verdict: 'exact' });
		expect(order?.history[1]).not.toHaveProperty('inPlace');
		expect(read.questions['two-part-q']).toMatchObject({ partial: 1, correct: 0 });
		const answers = read.sessions[0]?.answers ?? [];
		expect(answers.map((each) => each.verdict)).toEqual(['partial', 'partial', 'exact']);
		expect(answers[0]?.inPlace).toEqual({ right: 2, of: 4 });
		expect(answers[1]?.support).toBe(twoPart.support);
		expect(read.sessions[0]?.score).toBe(1);
	});

	it('counts no partial for a question only ever answered wholly right or wrong', () => {
		const store = ScoreStore.open({ dir: dir(), now: steppingClock() });
		store.recordAnswer('ann', undefined, { ...answerFor('q'), verdict: 'exact' });
		store.recordAnswer('ann', undefined, answerFor('q', false));
		const record = ScoreStore.open({ dir: dir() }).profile('ann').questions.q;
		expect(record).toMatchObject({ attempts: 2, correct: 1 });
		expect(record).not.toHaveProperty('partial');
	});

	it('drops a grade field it cannot read but keeps the answer and the file', () => {
		const entry = {
			at: '2024-05-01T10:00:00.000Z',
			correct: false,
			answer: 'c, b, d, a',
			verdict: 'half right',
			inPlace: { right: 5, of: 4 },
			support: 7,
		};
		const file = {
			schemaVersion: 1,
			profiles: {
				ann: {
					questions: {
						'order-q': {
							attempts: 1,
							correct: 0,
							partial: -1,
							lastAnswer: 'c, b, d, a',
							lastCorrect: false,
							lastSeen: entry.at,
							bank: 'bank-a',
							history: [entry],
						},
					},
					sessions: [],
				},
			},
		};
		fs.writeFileSync(path.join(dir(), 'scores.json'), JSON.stringify(file));
		const store = ScoreStore.open({ dir: dir(), now: steppingClock() });
		expect(store.warning).toBeUndefined();
		const record = store.profile('ann').questions['order-q'];
		expect(record?.history[0]).toMatchObject({ correct: false, answer: 'c, b, d, a' });
		expect(record?.history[0]?.verdict).toBeUndefined();
		expect(record?.history[0]?.inPlace).toBeUndefined();
		expect(record?.history[0]?.support).toBeUndefined();
		expect(record?.partial).toBeUndefined();
		store.recordAnswer('ann', undefined, partial);
		const after = ScoreStore.open({ dir: dir() }).profile('ann').questions['order-q'];
		expect(after).toMatchObject({ attempts: 2, partial: 1 });
		expect(fs.readdirSync(dir()).filter((name) => name.includes('corrupt'))).toEqual([]);
	});

	it('keeps a journal answer whose grade fields are odd: the attempt still counts', () => {
		const store = ScoreStore.open({ dir: dir(), now: steppingClock() });
		store.recordAnswer('ann', undefined, answerFor('q'));
		const journal = path.join(dir(), 'scores.journal.jsonl');
		const line = {
			op: 'answer',
			profile: 'ann',
			answer: { ...answerFor('q', false), verdict: 'partial', inPlace: 'two of four' },
			at: '2024-05-01T10:05:00.000Z',
		};
		fs.appendFileSync(journal, `${JSON.stringify(line)}\n`);
		const record = ScoreStore.open({ dir: dir() }).profile('ann').questions.q;
		expect(record).toMatchObject({ attempts: 2, correct: 1, partial: 1 });
		expect(record?.history[1]?.inPlace).toBeUndefined();
	});
});
