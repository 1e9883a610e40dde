import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuote, findSpan, parseArticle } from '../../src/core/article.js';
import type { Question } from '../../src/core/bank/schema.js';
import { itemsFromIds, selectQuestions } from '../../src/core/select.js';
import { scoreOf, sessionReducer, startSession } from '../../src/core/session.js';
import { questionDefaults } from './question-fixture.js';

const make = (id: string, tags: string[] = []): Question => ({
	...questionDefaults,
	id,
	type: 'choice',
	prompt: `Question ${id}?`,
	choices: ['alpha', 'beta', 'gamma', 'delta'],
	answer: 'beta',
	source: { line: 1, quote: 'beta' },
	tags,
});
const questions = Array.from({ length: 20 }, (_, i) => make(`q${i}`, i % 2 ? ['odd'] : ['even']));

describe('selectQuestions', () => {
	it('is replayable: the same seed gives the same questions and choice order', () => {
		fc.assert(
			fc.property(fc.string(), fc.integer({ min: 1, max: 20 }), (seed, count) => {
				const a = selectQuestions(questions, { seed, count });
				const b = selectQuestions(questions, { seed, count });
				expect(a).toEqual(b);
				expect(a).toHaveLength(count);
				expect(new Set(a.map((item) => item.question.id)).size).toBe(count);
			}),
		);
	});

	it('differs between seeds', () => {
		const ids = (seed: string) =>
			selectQuestions(questions, { seed }).map((item) => item.question.id);
		expect(ids('one')).not.toEqual(ids('two'));
	});

	it('keeps every choice, shuffled', () => {
		const [item] = selectQuestions(questions, { seed: 7, count: 1 });
		expect([...(item?.options ?? [])].sort()).toEqual(['alpha', 'beta', 'delta', 'gamma']);
	});

	it('filters by tag', () => {
		const items = selectQuestions(questions, { seed: 1, tags: ['odd'] });
		expect(items).toHaveLength(10);
		expect(items.every((item) => item.question.tags.includes('odd'))).toBe(true);
	});

	it('rebuilds a quiz from its ids with the same choice order', () => {
		const items = selectQuestions(questions, { seed: 'resume', count: 5 });
		const ids = items.map((item) => item.question.id);
		expect(itemsFromIds(questions, ids, 'resume')).toEqual(items);
	});
});

describe('sessionReducer', () => {
	const items = selectQuestions(questions, { seed: 3, count: 2 });

	it('runs a quiz: answer, feedback, next, done', () => {
		let state = startSession(items, 1000);
		state = sessionReducer(state, { type: 'answer', given: 'beta', at: 4000 });
		expect(state.phase).toBe('feedback');
		expect(state.answered[0]).toMatchObject({
			given: 'beta',
			ms: 3000,
			verdict: { correct: true },
		});
		state = sessionReducer(state, { type: 'next', at: 5000 });
		expect(state).toMatchObject({ phase: 'asking', index: 1, askedAt: 5000 });
		state = sessionReducer(state, { type: 'answer', given: 'alpha', at: 6000 });
		state = sessionReducer(state, { type: 'next', at: 7000 });
		expect(state).toMatchObject({ phase: 'done', endedAt: 7000, quitEarly: false });
		expect(scoreOf(state)).toBe(1);
	});

	it('keeps the question and says why when an answer cannot be graded', () => {
		const state = sessionReducer(startSession(items, 0), { type: 'answer', given: 'zeta', at: 1 });
		expect(state).toMatchObject({ phase: 'asking', answered: [] });
		expect(state.error).toContain('expected one of');
	});

	it('quitting early keeps what was answered', () => {
		let state = startSession(items, 0);
		state = sessionReducer(state, { type: 'answer', given: 'beta', at: 1 });
		state = sessionReducer(state, { type: 'quit', at: 2 });
		expect(state).toMatchObject({ phase: 'done', quitEarly: true });
		expect(state.answered).toHaveLength(1);
	});

	it('ignores actions that do not fit the phase', () => {
		const start = startSession(items, 0);
		expect(sessionReducer(start, { type: 'next', at: 1 })).toBe(start);
	});
});

describe('article', () => {
	const article = parseArticle('\uFEFFfirst line\r\nsecond “quoted” line\nlast');
	it('splits lines and drops a BOM', () => {
		expect(article.lines).toEqual(['first line', 'second “quoted” line', 'last']);
	});
	it('finds a quote byte for byte only', () => {
		expect(findQuote(article, 2, '“quoted”')).toEqual({ found: true, line: 2, column: 8 });
		expect(findQuote(article, 2, '"quoted"')).toMatchObject({ found: false, closest: { line: 2 } });
		expect(findQuote(article, 9, 'last')).toMatchObject({
			found: false,
			reason: 'no-such-line',
			foundOnLine: 3,
		});
	});
	it('finds spans ignoring case', () => {
		expect(findSpan('Xi Jinping met', 'xi jinping')).toEqual({ start: 0, end: 10 });
		expect(findSpan('Xi Jinping met', 'Putin')).toBeUndefined();
	});
});
