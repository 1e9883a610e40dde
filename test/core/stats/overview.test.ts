// The start screen's figures, computed in one pass, are those of the full statistics.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeStats, overviewStats } from '../../../src/core/stats/stats.js';
import { loadBank } from '../../../src/files/load-bank.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank does not load');
const questions = loaded.bank.questions.slice(0, 6);
const ids = [...questions.map((question) => question.id), 'gone-1', 'gone-2'];
const now = new Date('2026-03-30T10:00:00.000Z');
const day = 86_400_000;

const time = fc
	.integer({ min: -20 * day, max: day })
	.map((move) => new Date(now.getTime() + move).toISOString());
const bank = fc.constantFrom('a', 'b', undefined);
const record = fc.record({
	questions: fc.dictionary(
		fc.constantFrom(...ids),
		fc
			.record({
				attempts: fc.nat(20),
				correct: fc.nat(20),
				partial: fc.option(fc.nat(5), { nil: undefined }),
				lastSeen: time,
				history: fc.array(fc.record({ at: time, correct: fc.boolean() }), { maxLength: 8 }),
				bank,
			})
			.map(({ bank: of, partial, history, ...entry }) => ({
				...entry,
				// Oldest first, as the store keeps them (and as FSRS replays them).
				history: [...history].sort((a, b) => a.at.localeCompare(b.at)),
				...(partial === undefined ? {} : { partial }),
				...(of === undefined ? {} : { bank: of }),
			})),
	),
	sessions: fc.array(
		fc.record({
			bank,
			start: time,
			mode: fc.constant('practice'),
			count: fc.nat(5),
			score: fc.nat(5),
			answers: fc.array(fc.record({ at: time, correct: fc.boolean() }), { maxLength: 5 }),
		}),
		{ maxLength: 6 },
	),
});

describe('the start screen’s overview', () => {
	test('is what the full statistics say: seen, accuracy, current streak', () => {
		fc.assert(
			fc.property(record, bank, (whole, of) => {
				const options = { now, ...(of === undefined ? {} : { bank: of }) };
				const full = computeStats(whole, questions, options);
				const overview = overviewStats(whole, questions, options);
				expect(overview.overall).toEqual(full.overall);
				expect(overview.unseen).toBe(full.unseen);
				expect(overview.streak.current).toBe(full.streak.current);
			}),
			{ numRuns: 500 },
		);
	});
});
