import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { tempDir } from '../cli/helpers/run-cli.js';
import { playInPty } from './pty.js';

const running: ReturnType<typeof playInPty>[] = [];
afterEach(() => {
	for (const run of running.splice(0)) run.kill();
});

function start(args: string[], store: string) {
	const run = playInPty(args, store);
	running.push(run);
	return run;
}

// Tests may run as root, where a chmod'ed folder stays writable: the stores below are made
// unusable for everyone instead (a folder where the file should be, a file where the folder is).

describe('quizline play over a store that fails', () => {
	it('a score file that is a folder: one clear message before the quiz, exit 2', async () => {
		const store = tempDir('quizline-store-');
		fs.mkdirSync(path.join(store, 'scores.json'));
		const run = start(['--mode', 'practice', '--count', '1'], store);
		expect(await run.exited).toBe(2);
		const text = run.text();
		expect(text).toContain(`The score store ${path.join(store, 'scores.json')}`);
		expect(text).toContain('set QUIZLINE_STORE_DIR');
		expect(text).not.toContain('Q 1/1');
		expect(text).not.toMatch(/\n\s+at /);
	}, 60_000);

	it('the folder lost mid-quiz: the answer is kept, and at the end one line says it was not saved', async () => {
		const store = tempDir('quizline-store-');
		const run = start(['--mode', 'practice', '--seed', '10', '--count', '3'], store);
		await run.waitFor('Q 1/3');
		await run.waitFor(/Enter (answer|check)/);
		// The first answer is saved; then the folder goes away and a file takes its place. A
		// digit picks an option at once; a typed answer waits for Enter.
		await run.press('1');
		let mark = await run.waitFor('Your answer:', 0, 1500).catch(async () => {
			await run.press('\r');
			return run.waitFor('Your answer:');
		});
		await run.press('\r');
		mark = await run.waitFor('Q 2/3', mark);
		fs.renameSync(store, `${store}.away`);
		fs.writeFileSync(store, 'not a folder');
		try {
			// With this seed the second question is answered in words.
			await run.press('1');
			await run.press('\r');
			await run.waitFor('⚠ Not saved yet', mark);
			await run.press('q');
			expect(await run.exited).toBe(2);
			expect(run.text()).toMatch(
				/⚠ Not saved: 1 answer\. The score store folder .* cannot be written/,
			);
			expect(run.text()).not.toMatch(/\n\s+at /);
		} finally {
			fs.rmSync(store);
			fs.renameSync(`${store}.away`, store);
		}
		const session = ScoreStore.open({ dir: store }).profile('default').sessions[0];
		expect(session?.answers).toHaveLength(1);
	}, 60_000);
});
