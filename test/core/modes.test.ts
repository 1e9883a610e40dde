import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { rulesFor } from '../../src/core/modes/mode.js';
import { type ProgressRecords, planSession } from '../../src/core/modes/plan.js';
import { replaySession } from '../../src/core/resume.js';
import { selectQuestions } from '../../src/core/select.js';
import {
	isFinished,
	type SessionState,
	scoreOf,
	sessionReducer,
	startSession,
} from '../../src/core/session.js';
import { planRefusalText } from '../../src/format/plan-text.js';
import { questionDefaults } from './question-fixture.js';

const make = (id: string, tags: string[] = []): Question => ({
	...questionDefaults,
	id,
	type: 'choice',
	prompt: `Question ${id}?`,
	choices: ['alpha', 'beta', 'gamma'],
	answer: 'beta',
	source: { line: 1, quote: 'beta' },
	tags,
});
const questions = Array.from({ length: 12 }, (_, i) => make(`q${i}`, i < 6 ? ['low'] : ['high']));
const now = new Date('2024-05-20T12:00:00.000Z');
const at = (iso: string, correct: boolean) => ({ at: iso, correct, ms: 10_000 });
const record = (...history: ReturnType<typeof at>[]) => ({
	attempts: history.length,
	correct: history.filter((entry) => entry.correct).length,
	lastCorrect: history.at(-1)?.correct ?? false,
	history,
});
const records: ProgressRecords = {
	q0: record(at('2024-05-01T10:00:00.000Z', true), at('2024-05-02T10:00:00.000Z', true)),
	q1: record(at('2024-05-01T10:00:00.000Z', false)),
	q2: record(at('2024-05-01T10:00:00.000Z', true), at('2024-05-19T10:00:00.000Z', false)),
	q3: record(at('2024-05-19T10:00:00.000Z', true), at('2024-05-19T10:10:00.000Z', true)),
	q4: record(at('2024-05-01T10:00:00.000Z', false), at('2024-05-20T11:00:00.000Z', true)),
	gone: record(at('2024-05-01T10:00:00.000Z', false)),
};
const ids = (state: { items: readonly { question: Question }[] }) =>
	state.items.map((item) => item.question.id);
const input = { questions, records, seed: 's', now };

function planned(result: ReturnType<typeof planSession>) {
	if (!result.ok) throw new Error(planRefusalText(result.refusal));
	return result.plan;
}

describe('practice', () => {
	it('asks unseen and weakest first, never the ones always right before others', () => {
		const plan = planned(planSession('practice', input));
		const picked = ids(plan);
		// q1 (never right) and the seven unseen first, then q2 and q4 (half right)
		expect(picked.slice(0, 8).sort()).toEqual(['q1', 'q10', 'q11', 'q5', 'q6', 'q7', 'q8', 'q9']);
		expect(picked.slice(8).sort()).toEqual(['q2', 'q4']);
		// q0 and q3, always right, are left for another time
		expect(picked).not.toContain('q0');
		expect(picked).not.toContain('q3');
	});

	it('defaults to ten questions and filters by tag', () => {
		expect(planned(planSession('practice', input)).items).toHaveLength(10);
		expect(planned(planSession('practice', { ...input, count: 3 })).items).toHaveLength(3);
		const high = planned(planSession('practice', { ...input, tags: ['high'] }));
		expect(high.items.every((item) => item.question.tags.includes('high'))).toBe(true);
		expect(planSession('practice', { ...input, tags: ['none'] }).ok).toBe(false);
	});
});

describe('review', () => {
	it('asks only the questions whose last answer was wrong, and not vanished ids', () => {
		const plan = planned(planSession('review', input));
		expect(ids(plan).sort()).toEqual(['q1', 'q2']);
		expect(plan.rules.repeatMissed).toBe(true);
	});

	it('says so when nothing is missed', () => {
		const result = planSession('review', {
			...input,
			records: { q0: records.q0 } as ProgressRecords,
		});
		expect(result).toEqual({ ok: false, refusal: { kind: 'nothing-missed' } });
		expect(result.ok || planRefusalText(result.refusal)).toContain('Nothing to review');
	});

	it('runs until each question is answered right', () => {
		const plan = planned(planSession('review', input));
		let state = startSession(plan.items, 0, plan.rules);
		const [first, second] = ids(plan);
		state = sessionReducer(state, { type: 'answer', given: 'alpha', at: 1 });
		state = sessionReducer(state, { type: 'next', at: 2 });
		state = sessionReducer(state, { type: 'answer', given: 'beta', at: 3 });
		state = sessionReducer(state, { type: 'next', at: 4 });
		expect(state.phase).toBe('asking');
		expect(state.items[state.index]?.question.id).toBe(first);
		expect(ids(state)).toEqual([first, second, first]);
		state = sessionReducer(state, { type: 'answer', given: 'beta', at: 5 });
		state = sessionReducer(state, { type: 'next', at: 6 });
		expect(isFinished(state)).toBe(true);
		expect(scoreOf(state)).toBe(2);
	});
});

describe('due', () => {
	it('asks due cards first, then new ones within the daily limit', () => {
		const plan = planned(
			planSession('due', { ...input, schedule: { newPerDay: 3 }, tags: ['low'] }),
		);
		// due: q0 and q1 long ago, q2 and q4 relearning after a miss; q3 was learnt yesterday
		expect(ids(plan).slice(0, 4).sort()).toEqual(['q0', 'q1', 'q2', 'q4']);
		// then the one unseen question of the tag (the limit of three is not reached)
		expect(ids(plan).slice(4)).toEqual(['q5']);
		// most overdue first: q1 (missed on May 1) before q4 (missed then, right an hour ago)
		expect(ids(plan).indexOf('q1')).toBeLessThan(ids(plan).indexOf('q4'));
	});

	it('with nothing due and no new allowance, says when the next card is due', () => {
		const result = planSession('due', {
			...input,
			questions: questions.slice(3, 4),
			schedule: { newPerDay: 0 },
		});
		expect(result).toMatchObject({ ok: false, refusal: { kind: 'nothing-due' } });
		expect(result.ok || planRefusalText(result.refusal)).toMatch(/next question is due in/);
	});
});

describe('exam', () => {
	const plan = planned(planSession('exam', { ...input, count: 3 }));

	it('has a fixed count and one minute per question by default', () => {
		expect(plan.items).toHaveLength(3);
		expect(plan.rules).toEqual({
			feedback: 'end',
			repeatMissed: false,
			allowHints: false,
			timeLimitMs: 180_000,
		});
		expect(planned(planSession('exam', { ...input, examMinutes: 1.5 })).rules.timeLimitMs).toBe(
			90_000,
		);
	});

	it('gives no feedback until the end and no hints', () => {
		let state = startSession(plan.items, 0, plan.rules);
		state = sessionReducer(state, { type: 'hint' });
		expect(state.hinted).toBe(false);
		state = sessionReducer(state, { type: 'answer', given: 'alpha', at: 1000 });
		expect(state).toMatchObject({ phase: 'asking', index: 1 });
		state = sessionReducer(state, { type: 'answer', given: 'beta', at: 2000 });
		state = sessionReducer(state, { type: 'answer', given: 'beta', at: 3000 });
		expect(state).toMatchObject({ phase: 'done', endedAt: 3000, timedOut: false });
		expect(isFinished(state)).toBe(true);
	});

	it('ends when time is up, keeping what was answered', () => {
		let state = startSession(plan.items, 0, plan.rules);
		state = sessionReducer(state, { type: 'answer', given: 'beta', at: 1000 });
		expect(sessionReducer(state, { type: 'timeUp', at: 179_999 })).toBe(state);
		const late = sessionReducer(state, { type: 'answer', given: 'beta', at: 200_000 });
		expect(late).toMatchObject({
			phase: 'done',
			timedOut: true,
			endedAt: 180_000,
			quitEarly: true,
		});
		expect(late.answered).toHaveLength(1);
		expect(isFinished(late)).toBe(true);
	});
});

describe('hints', () => {
	it('mark the answer as hinted and reset on the next question', () => {
		const items = selectQuestions(questions, { seed: 1, count: 2 });
		let state: SessionState = startSession(items, 0);
		state = sessionReducer(state, { type: 'hint' });
		state = sessionReducer(state, { type: 'answer', given: 'beta', at: 5 });
		expect(state.answered[0]?.hinted).toBe(true);
		state = sessionReducer(state, { type: 'next', at: 6 });
		expect(state.hinted).toBe(false);
	});
});

describe('replaySession', () => {
	it('continues with the same questions in the same order, re-asks included', () => {
		const plan = planned(planSession('review', input));
		const [first, second] = ids(plan);
		const answers = [
			{ id: first as string, answer: 'gamma', at: '2024-05-20T12:00:10.000Z' },
			{ id: second as string, answer: 'beta', at: '2024-05-20T12:00:20.000Z' },
		];
		const start = Date.parse('2024-05-20T12:00:00.000Z');
		const state = replaySession(plan.items, plan.rules, answers, start, start + 3_600_000);
		expect(state).toMatchObject({ phase: 'asking', index: 2, askedAt: start + 3_600_000 });
		expect(ids(state)).toEqual([first, second, first]);
		expect(state.answered.map((answer) => answer.verdict.correct)).toEqual([false, true]);
	});

	it('keeps the time an exam had left', () => {
		const plan = planned(planSession('exam', { ...input, count: 3 }));
		const first = plan.items[0]?.question.id as string;
		const answers = [{ id: first, answer: 'beta', at: '2024-05-20T12:01:00.000Z' }];
		const start = Date.parse('2024-05-20T12:00:00.000Z');
		const resumed = start + 86_400_000;
		const state = replaySession(plan.items, plan.rules, answers, start, resumed);
		expect(state.deadline).toBe(resumed + 120_000);
		expect(state.index).toBe(1);
	});

	it('stops at an answer that no longer fits the plan', () => {
		const items = selectQuestions(questions, { seed: 2, count: 3 });
		const answers = [{ id: 'elsewhere', answer: 'beta', at: '2024-05-20T12:00:10.000Z' }];
		const state = replaySession(items, rulesFor('practice'), answers, 0, 10);
		expect(state).toMatchObject({ index: 0, answered: [], phase: 'asking' });
	});
});
