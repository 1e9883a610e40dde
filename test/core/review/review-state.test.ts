import { describe, expect, it } from 'vitest';
import { updatedQueue } from '../../../src/core/review/review-queue.js';
import {
	type ReviewAction,
	type ReviewState,
	reviewCounts,
	reviewStep,
	startReview,
	type UndoEntry,
} from '../../../src/core/review/review-state.js';

const step = (state: ReviewState, ...actions: ReviewAction[]) =>
	actions.reduce((current, action) => reviewStep(current, action).state, state);

const written = (id: string, decision: UndoEntry['decision'], idAfter = id): ReviewAction => ({
	type: 'written',
	id,
	entry: {
		id,
		at: -1,
		previous: undefined,
		decision,
		revert: { before: 'b', after: 'a', idAfter },
	},
});

describe('the review step', () => {
	const start = startReview(['a', 'b', 'c']);

	it('asks the bank to change for approve and reject, and moves on once written', () => {
		expect(reviewStep(start, { type: 'approve' }).effects).toEqual([
			{ type: 'write', change: { kind: 'approve', id: 'a' } },
		]);
		expect(reviewStep(start, { type: 'reject' }).effects).toEqual([
			{ type: 'write', change: { kind: 'reject', id: 'a' } },
		]);
		const after = reviewStep(start, written('a', 'approved'));
		expect(after.state.at).toBe(1);
		expect(after.state.decisions).toEqual({ a: 'approved' });
		expect(after.effects).toEqual([{ type: 'save-progress' }]);
		expect(after.state.undo.at(-1)?.at).toBe(0);
	});

	it('skips to the next undecided question, and back and forth without deciding', () => {
		const decided = step(start, { type: 'next' }, written('b', 'rejected'), { type: 'previous' });
		expect(decided.at).toBe(1);
		const skipped = step(decided, { type: 'previous' }, { type: 'skip' });
		expect(skipped.at).toBe(2);
		expect(skipped.decisions).toEqual({ a: 'skipped', b: 'rejected' });
		expect(step(skipped, { type: 'next' }, { type: 'next' }, { type: 'next' }).at).toBe(3);
		expect(step(skipped, { type: 'previous' }, { type: 'previous' }, { type: 'previous' }).at).toBe(
			0,
		);
	});

	it('undoes a skip by itself and a written decision through the bank', () => {
		const skipped = step(start, { type: 'skip' });
		const back = reviewStep(skipped, { type: 'undo' });
		expect(back.state.at).toBe(0);
		expect(back.state.decisions).toEqual({});
		const approved = step(start, written('a', 'approved'));
		const undo = reviewStep(approved, { type: 'undo' });
		expect(undo.effects[0]).toMatchObject({ type: 'write', change: { kind: 'revert' } });
		const entry = approved.undo[0] as UndoEntry;
		const undone = step(approved, { type: 'undone', entry });
		expect(undone).toMatchObject({ at: 0, decisions: {}, undo: [] });
		expect(reviewStep(start, { type: 'undo' }).state.notice).toBe('Nothing to undo');
	});

	it('follows an edit that renames the question, and its undo', () => {
		const edited = step(start, written('a', 'edited', 'a2'));
		expect(edited.queue).toEqual(['a2', 'b', 'c']);
		expect(edited.decisions).toEqual({ a2: 'edited' });
		const undone = step(edited, { type: 'undone', entry: edited.undo[0] as UndoEntry });
		expect(undone.queue).toEqual(['a', 'b', 'c']);
	});

	it('counts what is reviewed: a skipped question is not', () => {
		const state = step(start, written('a', 'approved'), written('b', 'rejected'), { type: 'skip' });
		expect(reviewCounts(state)).toMatchObject({ total: 3, reviewed: 2, rejected: 1, skipped: 1 });
	});

	it('follows the bank when it changed on disk, and forgets what it could undo', () => {
		const state = step(start, written('a', 'rejected'), {
			type: 'reloaded',
			ids: ['b', 'd'],
			message: 'changed',
		});
		expect(state.queue).toEqual(['a', 'b', 'd']);
		expect(state.at).toBe(1);
		expect(state.undo).toEqual([]);
		expect(state.notice).toBe('changed');
	});

	it('closes for edit and quit', () => {
		expect(reviewStep(start, { type: 'edit' }).effects).toEqual([{ type: 'edit', id: 'a' }]);
		expect(reviewStep(start, { type: 'quit' }).effects).toEqual([{ type: 'exit' }]);
	});
});

it('brings a saved queue up to date: gone ids dropped unless kept, new ones at the end', () => {
	expect(updatedQueue(['a', 'b', 'c'], ['c', 'a', 'd'], (id) => id === 'b')).toEqual([
		'a',
		'b',
		'c',
		'd',
	]);
	expect(updatedQueue(['a', 'b'], ['a'], () => false)).toEqual(['a']);
});
