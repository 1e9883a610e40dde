import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/schema.js';
import { computeStats, type StatsRecord } from '../../../src/core/stats/stats.js';
import { sessionTimeline, streakOf } from '../../../src/core/stats/time.js';
import { bar, sparkline } from '../../../src/format/chart.js';
import { statsLines } from '../../../src/format/stats-text.js';
import { createStyle } from '../../../src/format/style.js';

process.env.TZ = 'UTC';

const question = (id: string, tags: string[], skill: Question['skill']): Question => ({
	id,
	type: 'truefalse',
	prompt: `Is ${id} so?`,
	answer: true,
	source: { line: 3, quote: `the line for ${id}` },
	tags,
	skill,
	origin: 'curated',
});
const questions = [
	question('a', ['economy'], 'recall'),
	question('b', ['economy', 'numbers'], 'inference'),
	question('c', ['diplomacy'], 'recall'),
	question('d', ['diplomacy'], 'vocabulary'),
];
const now = new Date('2024-05-20T12:00:00.000Z');
const entry = (at: string, correct: boolean) => ({ at, correct, answer: 'x', ms: 10_000 });
const rec = (...history: ReturnType<typeof entry>[]) => ({
	attempts: history.length,
	correct: history.filter((h) => h.correct).length,
	lastSeen: history.at(-1)?.at ?? '',
	history,
});
const session = (start: string, results: boolean[], end = true) => ({
	start,
	...(end ? { end: start } : {}),
	mode: 'practice',
	count: results.length,
	score: results.filter(Boolean).length,
	answers: results.map((correct, i) => ({
		at: new Date(Date.parse(start) + i * 1000).toISOString(),
		correct,
	})),
});
const record: StatsRecord = {
	questions: {
		a: rec(entry('2024-05-18T10:00:00.000Z', true), entry('2024-05-19T10:00:00.000Z', false)),
		b: rec(entry('2024-05-19T10:00:00.000Z', false), entry('2024-05-20T09:00:00.000Z', false)),
		c: rec(entry('2024-05-20T09:00:00.000Z', true), entry('2024-05-20T09:10:00.000Z', true)),
		renamed: rec(entry('2024-05-01T09:00:00.000Z', false)),
	},
	sessions: [
		session('2024-05-18T10:00:00.000Z', [true]),
		session('2024-05-19T10:00:00.000Z', [false, false]),
		session('2024-05-20T09:00:00.000Z', [false, true], false),
		session('2024-05-20T11:00:00.000Z', [], false),
	],
};

describe('computeStats', () => {
	const stats = computeStats(record, questions, { now });

	it('charts accuracy per session, oldest first, skipping sessions with no answer', () => {
		expect(stats.timeline.map((point) => [point.start.slice(0, 10), point.rate])).toEqual([
			['2024-05-18', 1],
			['2024-05-19', 0],
			['2024-05-20', 0.5],
		]);
	});

	it('has accuracy per tag and per skill, and the overall count with vanished ids', () => {
		expect(stats.byTag).toEqual({
			diplomacy: { correct: 2, attempts: 2, rate: 1, partial: 0 },
			economy: { correct: 1, attempts: 4, rate: 0.25, partial: 0 },
			numbers: { correct: 0, attempts: 2, rate: 0, partial: 0 },
		});
		expect(stats.bySkill.recall).toEqual({ correct: 3, attempts: 4, rate: 3 / 4, partial: 0 });
		expect(stats.overall).toEqual({ correct: 3, attempts: 7, rate: 3 / 7, partial: 0 });
	});

	it('keeps vanished ids as orphaned and counts the unseen', () => {
		expect(stats.orphaned).toEqual(['renamed']);
		expect(stats.unseen).toBe(1);
	});

	it('lists the weakest questions with their quotes, never-missed ones left out', () => {
		expect(stats.weakest.map((weak) => [weak.id, weak.quote])).toEqual([
			['b', 'the line for b'],
			['a', 'the line for a'],
		]);
	});

	it('counts a streak of three days up to today', () => {
		expect(stats.streak).toEqual({ current: 3, longest: 3, answeredToday: true });
	});

	it('counts what is due now, today and this week, and the new allowance', () => {
		expect(stats.due.now).toBe(2); // a and b were missed, so they are relearning and due
		expect(stats.due.today).toBeGreaterThanOrEqual(stats.due.now);
		expect(stats.due.week).toBe(3); // c, learnt this morning, is due within days
		expect(stats.due.fresh).toBe(1); // d, within the default limit of ten a day
		const strict = computeStats(record, questions, { now, schedule: { newPerDay: 1 } });
		expect(strict.due.fresh).toBe(0); // c was new today, so the one allowed is used
	});

	it('prints all of it', () => {
		const text = statsLines('ann', stats, createStyle(false)).join('\n');
		expect(text).toContain('streak: 3 days (longest 3)');
		expect(text).toContain('Due: 2 now');
		expect(text).toContain(`Accuracy by session (oldest → newest): ${sparkline([1, 0, 0.5])}`);
		expect(text).toContain(`economy    ${bar(0.25, 10)}   25%  (1/4)`);
		expect(text).toContain('line 3 │ the line for b');
		expect(text).toContain('Kept history for ids no longer in the bank: renamed');
	});
});

describe('streakOf', () => {
	it.each([
		[['2024-05-20T08:00:00.000Z'], { current: 1, longest: 1, answeredToday: true }],
		[
			['2024-05-19T08:00:00.000Z', '2024-05-18T08:00:00.000Z'],
			{ current: 2, longest: 2, answeredToday: false },
		],
		[
			['2024-05-17T08:00:00.000Z', '2024-05-10T08:00:00.000Z', '2024-05-11T08:00:00.000Z'],
			{ current: 0, longest: 2, answeredToday: false },
		],
		[[], { current: 0, longest: 0, answeredToday: false }],
	])('%j', (times, streak) => {
		expect(streakOf(times, now)).toEqual(streak);
	});
});

describe('charts', () => {
	it('draws a sparkline and bars', () => {
		expect(sparkline([0, 0.5, 1])).toBe('▁▅█');
		expect(bar(0.3, 10)).toBe('███░░░░░░░');
	});

	it('keeps the last sessions only', () => {
		const many = Array.from({ length: 30 }, (_, i) =>
			session(new Date(Date.parse('2024-01-01T00:00:00.000Z') + i * 86_400_000).toISOString(), [
				true,
			]),
		);
		expect(sessionTimeline(many, 20)).toHaveLength(20);
		expect(sessionTimeline(many, 20)[0]?.start.slice(0, 10)).toBe('2024-01-11');
	});
});
