import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { ensureBuilt } from '../cli/helpers/run-cli.js';
import { useTempDir } from '../store/helpers.js';
import { playInPty } from './pty.js';

beforeAll(() => ensureBuilt(), 60_000);

describe('quizline play in a real terminal', () => {
	const dir = useTempDir();
	const running: ReturnType<typeof playInPty>[] = [];
	const start = (args: string[]) => {
		const session = playInPty(args, dir());
		running.push(session);
		return session;
	};
	afterEach(() => {
		for (const session of running.splice(0)) session.kill();
	});

	it('Ctrl+C saves the answers and exits 130; play --resume continues; Esc exits 0', async () => {
		const first = start(['--mode', 'practice', '-n', '3', '--seed', 'pty']);
		let mark = await first.waitFor(/Enter answer/);
		// A typed answer takes every printable key, so its help key is Ctrl+G; elsewhere `?`.
		const isText = first.text().includes('›');
		await first.press(isText ? '\u0007' : '?');
		mark = await first.waitFor('Keys', mark);
		await first.press('\u001B');
		mark = await first.waitFor('Q 1/3', mark);
		// Whatever the first question is, Tab shows its hint; then answer it.
		await first.press('\t');
		mark = await first.waitFor('Hint, line', mark);
		if (isText) for (const key of ['q', '1', '\r']) await first.press(key);
		else await first.press('1');
		mark = await first.waitFor(/Right|Wrong|Almost/, mark);
		await first.press('\u0003');
		expect(await first.exited).toBe(130);
		const [session] = ScoreStore.open({ dir: dir() }).profile('default').sessions;
		expect(session?.answers).toHaveLength(1);
		expect(session?.end).toBeUndefined();

		const again = start(['play', '--resume']);
		mark = await again.waitFor('Q 2/3');
		await again.press('\u001B');
		expect(await again.exited).toBe(0);
		expect(again.text()).toContain('Stopped early');
	}, 60_000);

	it('--resume with a planning option is refused, with exit 2', async () => {
		const refused = start(['play', '--resume', '--mode', 'exam']);
		expect(await refused.exited).toBe(2);
		expect(refused.text()).toContain('leave out --mode');
	}, 30_000);

	it('--skill keeps the start screen to the questions that train it', async () => {
		// The bundled bank's four main-idea questions, and no other, make the exam.
		const menu = start(['play', '--skill', 'main-idea']);
		await menu.waitFor('Choose how to train:');
		expect(menu.text()).toMatch(/4 questions in \d+ min/);
		await menu.press('q');
		expect(await menu.exited).toBe(0);
		const unknown = start(['play', '--skill', 'main-idea,reading']);
		expect(await unknown.exited).toBe(2);
		expect(unknown.text()).toContain('unknown skill reading');
	}, 30_000);

	it('with no --mode shows the start screen, and q quits with 0', async () => {
		const menu = start([]);
		await menu.waitFor('Choose how to train:');
		expect(menu.text()).toContain('4. Exam');
		await menu.press('q');
		expect(await menu.exited).toBe(0);
	}, 30_000);
});
