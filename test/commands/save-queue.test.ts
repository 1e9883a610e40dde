import { describe, expect, it } from 'vitest';
import { createSaveQueue, saveBeforeExit } from '../../src/commands/play/save-queue.js';
import { StoreError } from '../../src/store/score-store.js';

const full = new StoreError(
	'full',
	'the disk is full',
	'The score store /s/scores.json cannot be written: the disk is full (ENOSPC).',
);

/** A store stand-in: what was written, in order, and a switch that makes every write fail. */
function fakeStore() {
	const written: string[] = [];
	let failure: Error | undefined;
	return {
		written,
		fail: (error: Error | undefined) => {
			failure = error;
		},
		write: (what: string) => () => {
			if (failure) throw failure;
			written.push(what);
		},
	};
}

describe('the save queue', async () => {
	it('saves at once and says nothing while the store works', async () => {
		const store = fakeStore();
		const queue = createSaveQueue();
		expect(await queue.save({ write: store.write('start'), isAnswer: false })).toBeUndefined();
		expect(await queue.save({ write: store.write('a1'), isAnswer: true })).toBeUndefined();
		expect(store.written).toEqual(['start', 'a1']);
		expect(queue.unsaved()).toEqual({ answers: 0, writes: 0 });
	});

	it('keeps failed writes in order, says so in one line, and saves them all once it works again', async () => {
		const store = fakeStore();
		const queue = createSaveQueue();
		await queue.save({ write: store.write('start'), isAnswer: false });
		store.fail(full);
		const first = await queue.save({ write: store.write('a1'), isAnswer: true });
		expect(first).toBe(
			'⚠ Not saved yet (the disk is full): 1 answer kept, tried again after each answer.',
		);
		expect(await queue.save({ write: store.write('a2'), isAnswer: true })).toContain(
			'2 answers kept',
		);
		expect(queue.unsaved()).toEqual({ answers: 2, writes: 2, error: full });
		store.fail(undefined);
		expect(await queue.save({ write: store.write('a3'), isAnswer: true })).toBe(
			'✓ Saved again: 3 answers now in the score store.',
		);
		expect(store.written).toEqual(['start', 'a1', 'a2', 'a3']);
		expect(queue.unsaved()).toEqual({ answers: 0, writes: 0 });
		// Once saved again, the next answer is news to nobody.
		expect(await queue.save({ write: store.write('a4'), isAnswer: true })).toBeUndefined();
	});

	it('a write that fails keeps every write after it waiting, so the order holds', async () => {
		const store = fakeStore();
		const queue = createSaveQueue();
		store.fail(full);
		await queue.save({ write: store.write('start'), isAnswer: false });
		expect(await queue.save({ write: store.write('a1'), isAnswer: true })).toContain(
			'1 answer kept',
		);
		store.fail(undefined);
		await queue.save();
		expect(store.written).toEqual(['start', 'a1']);
	});

	it('a bug in a write is thrown, not kept as a store failure', async () => {
		const store = fakeStore();
		const queue = createSaveQueue();
		store.fail(new TypeError('Refusing to store invalid data'));
		await expect(queue.save({ write: store.write('a1'), isAnswer: true })).rejects.toThrow(
			TypeError,
		);
	});

	it('at exit: saves what waits when it can, else one line with how much is lost and why', async () => {
		const store = fakeStore();
		const queue = createSaveQueue();
		expect(saveBeforeExit(queue)).toBeUndefined();
		store.fail(full);
		await queue.save({ write: store.write('a1'), isAnswer: true });
		await queue.save({ write: store.write('a2'), isAnswer: true });
		expect(saveBeforeExit(queue)).toBe(`⚠ Not saved: 2 answers. ${full.message}`);
		store.fail(undefined);
		expect(saveBeforeExit(queue)).toBeUndefined();
		expect(store.written).toEqual(['a1', 'a2']);
	});
});
