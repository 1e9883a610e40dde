import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers/run-cli.js';
import { playInPty } from './pty.js';

const running: ReturnType<typeof playInPty>[] = [];
afterEach(() => {
	for (const run of running.splice(0)) run.kill();
});

/** What would retitle the terminal, write its clipboard or ask it to answer. */
function expectTerminalUntouched(raw: string): void {
	expect(raw).not.toContain('\u001B]'); // OSC: title (0, 2), clipboard (52)
	expect(raw).not.toContain('\u001BP'); // DCS
	expect(raw).not.toContain('\u0007'); // BEL, which also ends an OSC
	expect(raw).not.toMatch(/[\u0080-\u009F]/); // C1, CSI and OSC among them
}

describe('hostile text in a real terminal', () => {
	it('shows an article line holding title and clipboard sequences as visible symbols', async () => {
		const dir = tempDir('quizline-hostile-');
		writeFileSync(
			path.join(dir, 'article.txt'),
			'The summit was held in Samarkand. \u001B]0;PWNED\u0007\u001B]52;c;aGk=\u0007\u009B2J\n',
		);
		writeFileSync(
			path.join(dir, 'bank.yaml'),
			[
				'article: { file: article.txt, title: Summit }',
				'questions:',
				'  - id: city',
				'    type: short',
				'    prompt: In which city was the summit held?',
				'    answer: Samarkand',
				'    source: { line: 1, quote: The summit was held in Samarkand., highlight: Samarkand }',
				'',
			].join('\n'),
		);
		const run = playInPty([path.join(dir, 'bank.yaml'), '--mode', 'practice'], tempDir());
		running.push(run);
		await run.waitFor('In which city');
		let mark = run.text().length;
		for (const key of 'Samarkand\r') await run.press(key);
		await run.waitFor('Samarkand', mark);
		mark = run.text().length;
		await run.press('c');
		await run.waitFor('␛]0;PWNED␇', mark);
		expectTerminalUntouched(run.raw());
		await run.press('q');
		await run.press('q');
		await run.exited;
	}, 60_000);

	it('refuses a bank whose prompt writes the clipboard, and writes nothing of it', async () => {
		const bank = path.resolve('test/fixtures/hostile/escapes/prompt-osc52.yaml');
		const run = playInPty([bank], tempDir());
		running.push(run);
		expect(await run.exited).toBe(2);
		expect(run.text()).toMatch(/prompt-osc52\.yaml:7:13: .*U\+001B \(ESC\)/);
		expectTerminalUntouched(run.raw());
	}, 60_000);
});
