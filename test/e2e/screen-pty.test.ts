import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers/run-cli.js';
import { playInPty } from './pty.js';
import { createScreen } from './screen.js';

const running: ReturnType<typeof playInPty>[] = [];
afterEach(() => {
	for (const run of running.splice(0)) run.kill();
});

function start(
	args: string[],
	size: { cols: number; rows: number },
	store = tempDir('quizline-store-'),
) {
	const run = playInPty(args, store, size);
	running.push(run);
	return run;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the trainer screen in a real terminal', () => {
	it('redraws once on a resize: one header, no fragment of the old frame', async () => {
		const run = start(['--mode', 'practice', '--seed', '3', '--count', '3'], {
			cols: 100,
			rows: 30,
		});
		await run.waitFor('Enter answer');
		await pause(200);
		const screen = createScreen(100, 30);
		let seen = 0;
		const feed = () => {
			screen.write(run.raw().slice(seen));
			seen = run.raw().length;
		};
		const headers = () => screen.lines().filter((line) => line.includes('Q 1/3')).length;
		for (const [cols, rows] of [
			[40, 30],
			[100, 30],
			[60, 20],
		] as const) {
			feed();
			run.resize(cols, rows);
			screen.resize(cols, rows);
			await pause(600);
			feed();
			expect(headers(), screen.lines().join('\n')).toBe(1);
			expect(screen.lines().filter((line) => line.includes('Enter answer'))).toHaveLength(1);
		}
	}, 60_000);

	it('ends a final review taller than the window with a newline, for the prompt', async () => {
		const run = start(['--mode', 'exam', '--seed', '2', '--count', '3'], { cols: 60, rows: 10 });
		// The first question's key line offers quit (q, or Esc in a typed answer); Esc quits both.
		await run.waitFor(' quit');
		await run.press('\u001B');
		expect(await run.exited).toBe(0);
		expect(run.text()).toContain('Your answers:');
		expect(run.text().replace(/[\s\S]*Your answers:/, '')).toMatch(/\n\s*$/);
		expect(run.text()).toMatch(/\n$/);
	}, 60_000);

	it('leaves no menu behind when q quits the start screen', async () => {
		const size = { cols: 60, rows: 20 };
		const run = start([], size);
		await run.waitFor('Choose how to train');
		await run.press('q');
		expect(await run.exited).toBe(0);
		const screen = createScreen(size.cols, size.rows);
		screen.write(run.raw());
		expect(screen.lines().join('\n')).not.toMatch(/Choose how to train|Practice|quit/);
	}, 60_000);

	it('does not echo keys typed before the first frame above the UI', async () => {
		const size = { cols: 60, rows: 20 };
		const run = start([], size);
		await run.press('zzz\t');
		await run.waitFor('Choose how to train');
		await pause(200);
		const shown = createScreen(size.cols, size.rows);
		shown.write(run.raw());
		const lines = shown.lines();
		expect(lines.join('\n')).not.toContain('zzz');
		expect(lines[0]).toMatch(/^\S/);
		// The keys are not lost: the trainer read them, and says which keys work.
		expect(lines.join('\n')).toContain('Press 1-4 or ↑↓ and Enter');
	}, 60_000);
});
