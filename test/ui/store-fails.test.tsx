import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer, flat, keys, press, useTrainerTests, waitFor } from './helpers.js';

/**
 * Makes the store folder unusable for everyone, root included (a chmod does not stop root):
 * the folder is moved away and a file takes its place. The returned function puts it back.
 */
function breakStoreFolder(dir: string): () => void {
	fs.renameSync(dir, `${dir}.away`);
	fs.writeFileSync(dir, 'not a folder');
	return () => {
		fs.rmSync(dir);
		fs.renameSync(`${dir}.away`, dir);
	};
}

describe('the trainer while the score store fails', () => {
	const { dir, startOn } = useTrainerTests();

	it('keeps the answers, says so in one line, and saves them all once the store works again', async () => {
		const t = await startOn('Q 1/3', {
			mode: 'practice',
			settings: { count: 3, seed: 's' },
		});
		const restore = breakStoreFolder(dir());
		let restored = false;
		try {
			const first = await answer(t.ui, t.questions, true);
			await waitFor(() =>
				expect(flat(t.ui.lastFrame())).toContain(
					'⚠ Not saved yet (a part of its path is not a folder): 1 answer kept',
				),
			);
			expect(t.ui.lastFrame()).not.toMatch(/\n\s+at /);
			await press(t.ui, keys.enter);
			await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 2/3'));
			// The notice stays over the next question, until saving has news.
			expect(flat(t.ui.lastFrame())).toContain('⚠ Not saved yet');
			const second = await answer(t.ui, t.questions, false);
			await waitFor(() => expect(flat(t.ui.lastFrame())).toContain('2 answers kept'));
			restore();
			restored = true;
			await press(t.ui, keys.enter);
			await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 3/3'));
			const third = await answer(t.ui, t.questions, true);
			await waitFor(() =>
				expect(flat(t.ui.lastFrame())).toContain(
					'✓ Saved again: 3 answers now in the score store.',
				),
			);
			const profile = t.profile();
			expect(profile.sessions).toHaveLength(1);
			expect(profile.sessions[0]?.answers.map((given) => given.id)).toEqual([
				first.id,
				second.id,
				third.id,
			]);
			expect(profile.questions[first.id]).toMatchObject({ attempts: 1, correct: 1 });
			expect(profile.questions[second.id]).toMatchObject({ attempts: 1, correct: 0 });
		} finally {
			if (!restored) restore();
		}
	});
});
