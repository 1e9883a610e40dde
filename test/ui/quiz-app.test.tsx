import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flat, keys, manualClock, questionOnScreen, renderTrainer, waitFor } from './helpers.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A practice quiz of the bank's choice questions (`pick` on screen) or numeric ones. */
async function quizStartingWith(type: 'choice' | 'numeric') {
	const dir = mkdtempSync(path.join(tmpdir(), 'quizline-ui-'));
	const trainer = renderTrainer({
		dir,
		clock: manualClock(),
		mode: 'practice',
		settings: { seed: '0', count: 2 },
		questionType: type,
	});
	cleanup = () => trainer.ui.unmount();
	await waitFor(() => expect(trainer.ui.lastFrame()).toContain('Q 1/2'));
	expect(trainer.ui.lastFrame()).toContain(type === 'choice' ? 'pick' : 'type a number');
	// A screen listens for keys once its effects have run: a few turns of the event loop.
	for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
	return trainer;
}

describe('keys that arrive in one burst', () => {
	it('↓ then Enter picks the second option and stays on its feedback', async () => {
		const { ui, questions, profile } = await quizStartingWith('choice');
		const question = questionOnScreen(ui, questions);
		const second = /^[❯ ] 2\. (.+)$/m.exec(ui.lastFrame() ?? '')?.[1]?.trim();
		// Two key events before React re-renders, as a fast typist or a paste sends them.
		ui.stdin.write(keys.down);
		ui.stdin.write(keys.enter);
		// A long option wraps: its first row starts the answer the feedback repeats.
		await waitFor(() => expect(flat(ui.lastFrame())).toContain(`Your answer: ${second}`));
		expect(flat(ui.lastFrame())).toContain('Enter next question');
		expect(ui.lastFrame()).toContain('Q 1/2');
		await waitFor(() => expect(profile().questions[question.id]?.attempts).toBe(1));
	});

	it('a digit and Enter in one chunk pick the option, and the Enter does not skip its feedback', async () => {
		const { ui } = await quizStartingWith('choice');
		ui.stdin.write('1\r');
		await waitFor(() => expect(ui.lastFrame()).toContain('Your answer:'));
		expect(ui.lastFrame()).toContain('Q 1/2');
	});

	it('a pasted answer that ends in a line break is submitted whole', async () => {
		const { ui } = await quizStartingWith('numeric');
		ui.stdin.write('lots\r');
		await waitFor(() => expect(ui.lastFrame()).toContain('Cannot grade that: expected a number'));
		ui.stdin.write('\u007F\u007F\u007F\u007F140 billion\r');
		await waitFor(() => expect(ui.lastFrame()).toContain('Your answer: 140 billion'));
	});
});
