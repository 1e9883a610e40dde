import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveBeforeExit } from '../../src/commands/play/save-queue.js';
import {
	answer,
	keys,
	press,
	questionOnScreen,
	type RenderedTrainer,
	useTrainerTests,
	waitFor,
} from './helpers.js';

/** Another quizline holding the store's lock (a live holder, not stale); returns the release. */
function holdLock(storePath: string): () => void {
	const lockPath = `${storePath}.lock`;
	fs.writeFileSync(lockPath, `${process.pid} ${randomUUID()}`);
	return () => fs.rmSync(lockPath, { force: true });
}

const answersOf = (t: RenderedTrainer) =>
	t.profile().sessions[0]?.answers.map((given) => given.id) ?? [];

describe('the trainer while another quizline holds the store lock', () => {
	const { startOn } = useTrainerTests();
	/** A session of three questions, its start on disk, then the lock taken by another holder. */
	const startLocked = async () => {
		const t = await startOn('Q 1/3', { mode: 'practice', settings: { count: 3, seed: 's' } });
		await waitFor(() => expect(t.profile().sessions).toHaveLength(1));
		return { t, release: holdLock(t.store.path) };
	};

	it('shows the feedback at once, writes the answer once the lock is free, then goes on', async () => {
		const { t, release } = await startLocked();
		try {
			const startedAt = Date.now();
			const first = await answer(t.ui, t.questions, true);
			await waitFor(() => expect(t.ui.lastFrame()).toMatch(/Right/), 1000);
			// The key handler did not wait for the lock (up to 5 s): the answer is not written yet.
			expect(Date.now() - startedAt).toBeLessThan(2000);
			expect(answersOf(t)).toEqual([]);
			// Enter waits for the write: the question stays, and the screen says why.
			await press(t.ui, keys.enter);
			expect(t.ui.lastFrame()).toContain('Saving your answer…');
			expect(t.ui.lastFrame()).toContain('Q 1/3');
			release();
			await waitFor(() => expect(answersOf(t)).toEqual([first.id]));
			await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 2/3'));
			expect(t.ui.lastFrame()).not.toContain('Saving your answer…');
		} finally {
			release();
		}
	});

	it('Ctrl+C right after an answer keeps it: the exit writes what waits, once', async () => {
		const { t, release } = await startLocked();
		try {
			const first = await answer(t.ui, t.questions, false);
			t.ui.stdin.write(keys.ctrlC);
			await waitFor(() => expect(t.exits).toEqual(['interrupted']));
			expect(answersOf(t)).toEqual([]);
			release();
			expect(saveBeforeExit(t.saves)).toBeUndefined();
			expect(answersOf(t)).toEqual([first.id]);
			// The write that waited for the lock finds it done and does not write it again.
			await new Promise((resolve) => setTimeout(resolve, 100));
			expect(answersOf(t)).toEqual([first.id]);
			expect(t.saves.unsaved()).toEqual({ answers: 0, writes: 0 });
		} finally {
			release();
		}
	});

	it('in an exam, a write that takes long holds the next question until it is on disk', async () => {
		const t = await startOn('Q 1/3', { mode: 'exam', settings: { count: 3, seed: 's' } });
		await waitFor(() => expect(t.profile().sessions).toHaveLength(1));
		const release = holdLock(t.store.path);
		try {
			const first = await answer(t.ui, t.questions, true);
			await waitFor(() => expect(t.ui.lastFrame()).toContain('Saving your answer…'));
			expect(() => questionOnScreen(t.ui, t.questions)).toThrow(/no known prompt/);
			release();
			await waitFor(() => expect(answersOf(t)).toEqual([first.id]));
			await waitFor(() => expect(questionOnScreen(t.ui, t.questions).id).not.toBe(first.id));
			expect(t.ui.lastFrame()).not.toContain('Saving your answer…');
		} finally {
			release();
		}
	});
});
