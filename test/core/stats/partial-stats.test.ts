import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/bank/schema.js';
import { computeStats, type StatsRecord } from '../../../src/core/stats/stats.js';
import { statsLines } from '../../../src/format/stats-text.js';
import { createStyle } from '../../../src/format/style.js';
import { orderQuestion, questionDefaults } from '../question-fixture.js';

const order: Question = {
	...orderQuestion,
	prompt: 'Put them in order',
	items: ['a thing', 'b thing', 'c thing', 'd thing'],
	tags: ['timeline'],
};
const plain: Question = {
	...questionDefaults,
	id: 'what',
	type: 'truefalse',
	prompt: 'True?',
	answer: true,
	tags: ['timeline'],
};
const now = new Date('2024-05-20T12:00:00.000Z');
const at = (day: number) => `2024-05-${day}T10:00:00.000Z`;
const record: StatsRecord = {
	questions: {
		when: {
			attempts: 3,
			correct: 1,
			partial: 1,
			lastSeen: at(20),
			history: [
				{ at: at(18), correct: false, inPlace: { right: 2, of: 4 } },
				{ at: at(19), correct: false, inPlace: { right: 0, of: 4 } },
				{ at: at(20), correct: true, inPlace: { right: 4, of: 4 } },
			],
		},
		what: {
			attempts: 1,
			correct: 1,
			lastSeen: at(20),
			history: [{ at: at(20), correct: true }],
		},
	},
	sessions: [],
};

describe('stats with partly right answers', () => {
	const stats = computeStats(record, [order, plain], { now });

	it('counts only wholly right answers as right, and the partly right ones apart', () => {
		expect(stats.overall).toEqual({ correct: 2, attempts: 4, rate: 0.5, partial: 1 });
		expect(stats.byTag.timeline).toEqual({ correct: 2, attempts: 4, rate: 0.5, partial: 1 });
		expect(stats.weakest.map((weak) => [weak.id, weak.accuracy.partial])).toEqual([['when', 1]]);
	});

	it('sums the items in place over every order answer kept', () => {
		expect(stats.order).toEqual({ answers: 3, right: 6, of: 12 });
	});

	it('says so in words', () => {
		const text = statsLines('ann', stats, createStyle(false)).join('\n');
		expect(text).toContain('Accuracy: 50% (2/4) · 1 partly right, not counted as right');
		expect(text).toContain('Order questions: 6 of 12 items in place over 3 answers');
		expect(text).toContain('when: Put them in order · 1 partly right');
	});

	it('says nothing of partial credit to a learner who never had any', () => {
		const none = computeStats(
			{ ...record, questions: { what: record.questions.what } } as StatsRecord,
			[plain],
			{
				now,
			},
		);
		const text = statsLines('ann', none, createStyle(false)).join('\n');
		expect(text).not.toContain('partly right');
		expect(text).not.toContain('Order questions');
	});
});
