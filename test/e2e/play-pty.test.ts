import { describe, expect, it } from 'vitest';
import { selectQuestions } from '../../src/core/select.js';
import { loadBank } from '../../src/files/load-bank.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { tempDir } from '../cli/run-cli.js';
import { spawnInPty } from './pty.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const { questions } = loaded.bank;

/** A seed whose first question is a choice, and the key that answers it right. */
function choiceSeed() {
	for (let seed = 0; ; seed++) {
		const [first] = selectQuestions(questions, { seed: String(seed), count: 2 });
		if (first?.question.type === 'choice') {
			const key = String(first.options.indexOf(first.question.answer) + 1);
			return { seed: String(seed), first, key };
		}
	}
}

describe('quizline in a real terminal', () => {
	it('answers a question, shows the quote with its line, saves it, and quits with q', async () => {
		const { seed, first, key } = choiceSeed();
		const store = tempDir('quizline-store-');
		const run = spawnInPty(['--seed', seed, '--count', '2'], {
			QUIZLINE_STORE_DIR: store,
			NO_COLOR: undefined,
			FORCE_COLOR: undefined,
		});
		await run.waitFor('Q 1/2');
		await run.waitFor('Enter answer');
		run.child.write(key);
		await run.waitFor('✓ Right');
		await run.waitFor(`Article, line ${first.question.source.line}:`);
		expect(run.screen().replace(/\s+/g, ' ')).toContain(first.question.source.quote.slice(0, 20));
		// The answer span is drawn in inverse video.
		expect(run.output()).toContain('\u001B[7m');
		run.child.write('q');
		expect(await run.exited).toBe(0);
		expect(run.screen()).toContain('Stopped early');
		const profile = ScoreStore.open({ dir: store }).profile('default');
		expect(profile.questions[first.question.id]).toMatchObject({ attempts: 1, correct: 1 });
		expect(profile.sessions[0]?.end).toBeDefined();
	});

	it('Ctrl+C mid-question saves what was answered and exits 130', async () => {
		const { seed, first, key } = choiceSeed();
		const store = tempDir('quizline-store-');
		const run = spawnInPty(['--seed', seed, '--count', '2'], { QUIZLINE_STORE_DIR: store });
		await run.waitFor('Enter answer');
		run.child.write(key);
		await run.waitFor('✓ Right');
		run.child.write('\r');
		await run.waitFor('Q 2/2');
		run.child.write('\u0003');
		expect(await run.exited).toBe(130);
		const profile = ScoreStore.open({ dir: store }).profile('default');
		expect(profile.questions[first.question.id]?.attempts).toBe(1);
		expect(profile.sessions[0]).toMatchObject({ score: 1, answers: [{ id: first.question.id }] });
	});

	it('fits 40 columns and honours NO_COLOR', async () => {
		const { seed, key } = choiceSeed();
		const run = spawnInPty(
			['--seed', seed, '--count', '1'],
			{ QUIZLINE_STORE_DIR: tempDir('quizline-store-'), NO_COLOR: '1' },
			40,
			30,
		);
		await run.waitFor('Enter answer');
		run.child.write(key);
		await run.waitFor('✓ Right');
		await run.waitFor('»');
		// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for colour codes
		expect(run.output()).not.toMatch(/\u001B\[3[0-9]m/);
		const widest = Math.max(
			...run
				.screen()
				.split(/\r?\n/)
				.map((line) => line.length),
		);
		expect(widest).toBeLessThanOrEqual(40);
		run.child.write('\r');
		await run.waitFor('Quiz complete');
		run.child.write('\r');
		expect(await run.exited).toBe(0);
	});
});
