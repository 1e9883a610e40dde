import fc from 'fast-check';
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { seededRng } from '../../src/core/random.js';
import {
	cardFromHistory,
	createScheduler,
	dueQueue,
	type Review,
	ratingOf,
	replayedCard,
} from '../../src/core/schedule.js';
import { questionDefaults } from './question-fixture.js';

const minute = 60_000;
const day = 24 * 60 * minute;

describe('ratingOf', () => {
	it.each([
		[{ correct: false }, Rating.Again, 'wrong is Again'],
		[{ correct: false, ms: 1000 }, Rating.Again, 'wrong, even fast, is Again'],
		[{ correct: true, hinted: true, ms: 1000 }, Rating.Hard, 'right after a hint is Hard'],
		[{ correct: true, ms: 40_000 }, Rating.Hard, 'right but slow is Hard'],
		[{ correct: true, ms: 10_000 }, Rating.Good, 'right is Good'],
		[{ correct: true }, Rating.Good, 'right with no time is Good'],
		[{ correct: true, ms: 3000 }, Rating.Easy, 'right fast is Easy'],
	] as const)('%j → %s (%s)', (review, rating, _why) => {
		expect(ratingOf({ at: '2024-05-01T12:00:00.000Z', ...review })).toBe(rating);
	});

	it('takes its thresholds from the options', () => {
		const review = { at: '2024-05-01T12:00:00.000Z', correct: true, ms: 10_000 };
		expect(ratingOf(review, { fastMs: 12_000 })).toBe(Rating.Easy);
		expect(ratingOf(review, { slowMs: 9_000 })).toBe(Rating.Hard);
	});
});

/** A seeded clock and answer history: answers minutes to weeks apart. */
function seededHistory(seed: number, length: number): Review[] {
	const rng = seededRng(seed);
	let at = Date.parse('2024-03-01T09:00:00.000Z');
	return Array.from({ length }, () => {
		at += Math.floor(rng() * 14 * day) + minute;
		return {
			at: new Date(at).toISOString(),
			correct: rng() < 0.7,
			ms: Math.floor(rng() * 40_000),
			hinted: rng() < 0.15,
		};
	});
}

/** The rating the issue asks for, written out again so the replay below is independent. */
function expectedRating(review: Review): Grade {
	if (!review.correct) return Rating.Again;
	if (review.hinted || (review.ms ?? 0) >= 25_000) return Rating.Hard;
	return (review.ms ?? 10_000) <= 6_000 ? Rating.Easy : Rating.Good;
}

describe('the FSRS schedule derived from a history', () => {
	it('equals ts-fsrs’s own, step by step and through its reschedule', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: 1, max: 40 }),
				fc.constantFrom(0.8, 0.9, 0.95),
				(seed, length, retention) => {
					const history = seededHistory(seed, length);
					const ours = cardFromHistory(history, createScheduler({ retention }));

					const f = fsrs({ request_retention: retention, enable_fuzz: false });
					const first = new Date(history[0]?.at ?? 0);
					let theirs: Card = createEmptyCard(first);
					for (const review of history) {
						theirs = f.next(theirs, new Date(review.at), expectedRating(review)).card;
					}
					expect(ours).toEqual(theirs);

					const replayed = f.reschedule(
						createEmptyCard(first),
						history.map((review) => ({ rating: expectedRating(review), review: review.at })),
						{ first_card: createEmptyCard(first), now: new Date(history.at(-1)?.at ?? 0) },
					);
					expect(ours).toEqual(replayed.collections.at(-1)?.card);
				},
			),
			{ numRuns: 60 },
		);
	});

	it('is undefined for a question never answered', () => {
		expect(cardFromHistory([], createScheduler())).toBeUndefined();
	});

	it('a higher retention brings the next review sooner', () => {
		const history = [{ at: '2024-05-01T12:00:00.000Z', correct: true, ms: 10_000 }];
		const due = (retention: number) =>
			cardFromHistory(
				[...history, { at: '2024-05-01T12:10:00.000Z', correct: true, ms: 10_000 }],
				createScheduler({ retention }),
			)?.due.getTime() ?? 0;
		expect(due(0.97)).toBeLessThan(due(0.8));
	});
});

const question = (id: string): Question => ({
	...questionDefaults,
	id,
	type: 'truefalse',
	prompt: `${id}?`,
	answer: true,
});

describe('replayedCard', () => {
	const history: Review[] = [
		{ at: '2024-05-01T12:00:00.000Z', correct: true, ms: 10_000 },
		{ at: '2024-05-03T12:00:00.000Z', correct: false },
		{ at: '2024-05-04T12:00:00.000Z', correct: true, ms: 10_000 },
		{ at: '2024-05-09T12:00:00.000Z', correct: true, ms: 10_000 },
	];

	it('is the card the history replays to, replayed once per history and options', () => {
		const card = replayedCard(history);
		expect(card).toEqual(cardFromHistory(history, createScheduler()));
		expect(replayedCard(history)).toBe(card);
		expect(replayedCard([...history])).not.toBe(card);
	});

	it('replays again for other options', () => {
		const sooner = replayedCard(history, { retention: 0.97 });
		expect(sooner).toEqual(cardFromHistory(history, createScheduler({ retention: 0.97 })));
		expect(sooner?.due.getTime()).toBeLessThan(replayedCard(history)?.due.getTime() ?? 0);
	});
});

describe('dueQueue', () => {
	process.env.TZ = 'UTC';
	const now = new Date('2024-05-20T12:00:00.000Z');
	const answer = (at: string, correct = true) => ({ at, correct, ms: 10_000 });
	const questions = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(question);
	const records = {
		// answered right once, weeks ago: long overdue
		a: { history: [answer('2024-04-01T12:00:00.000Z')] },
		// seen before today, missed an hour ago: due again within minutes, so due now
		b: {
			history: [answer('2024-05-10T12:00:00.000Z'), answer('2024-05-20T11:00:00.000Z', false)],
		},
		// answered right twice recently: due in days, within the week
		c: {
			history: [answer('2024-05-19T10:00:00.000Z'), answer('2024-05-19T10:10:00.000Z')],
		},
		// first answered this morning and right since: counts against today's new limit
		d: { history: [answer('2024-05-20T08:00:00.000Z'), answer('2024-05-20T08:10:00.000Z')] },
		// an id the bank no longer has is ignored
		gone: { history: [answer('2024-04-01T12:00:00.000Z')] },
	};

	it('puts due cards first, most overdue first, then new ones up to the daily limit', () => {
		const queue = dueQueue(questions, records, { now, newPerDay: 3 });
		expect(queue.due).toEqual(['a', 'b']);
		expect(queue.fresh).toEqual(['e', 'f']);
		expect(queue.thisWeek).toBe(4);
		expect(queue.nextDue?.getTime()).toBeGreaterThan(now.getTime());
	});

	it('allows no new card once the limit is reached today', () => {
		expect(dueQueue(questions, records, { now, newPerDay: 1 }).fresh).toEqual([]);
		expect(dueQueue(questions, records, { now, newPerDay: 10 }).fresh).toEqual(['e', 'f', 'g']);
	});

	it('a card answered long ago comes due; one answered just now does not', () => {
		const later = dueQueue(questions, records, { now: new Date('2024-09-01T12:00:00.000Z') });
		expect(later.due).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd']));
		const fresh = { z: { history: [answer('2024-05-20T11:59:00.000Z')] } };
		const right = dueQueue([question('z')], fresh, { now });
		expect(right.due).toEqual([]);
		expect(right.laterToday).toBe(1);
	});
});
