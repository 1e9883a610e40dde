import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { itemsFromIds } from '../../src/core/select.js';
import { bundledBankPath, loadBank } from '../../src/files/load-bank.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { tempDir } from '../cli/helpers/run-cli.js';
import { playInPty } from './pty.js';

/** The bundled bank with only its one-part multiple-choice questions, next to a copy of its article. */
function choiceBank(): string {
	const dir = tempDir('quizline-bank-');
	const document = parseDocument(readFileSync(bundledBankPath, 'utf8'));
	const items = document.get('questions') as YAMLSeq<YAMLMap>;
	items.items = items.items.filter((item) => item.get('type') === 'choice' && !item.has('support'));
	const article = document.getIn(['article', 'file']) as string;
	copyFileSync(path.join(path.dirname(bundledBankPath), article), path.join(dir, article));
	writeFileSync(path.join(dir, 'choices.yaml'), document.toString());
	return path.join(dir, 'choices.yaml');
}

const bankFile = choiceBank();
const loaded = loadBank(bankFile);
if (!loaded.ok) throw new Error('the bank of choice questions must load');
const { questions } = loaded.bank;
const seed = '0';

const running: ReturnType<typeof playInPty>[] = [];
afterEach(() => {
	for (const run of running.splice(0)) run.kill();
});

function start(args: string[], store: string, size?: { cols: number; rows: number }, env = {}) {
	const run = playInPty(args, store, size, env);
	running.push(run);
	return run;
}

/** The question on screen and the option number that answers it rightly (the seed fixes the order). */
function rightKey(screen: string, seed: string) {
	const flat = screen.replace(/\s+/g, ' ');
	const question = questions.find((candidate) => flat.includes(candidate.prompt));
	if (question?.type !== 'choice') throw new Error(`no choice question on screen:\n${screen}`);
	const [item] = itemsFromIds(questions, [question.id], seed);
	return { question, key: String((item?.options.indexOf(question.answer) ?? -1) + 1) };
}

describe('quizline in a real terminal', () => {
	it('answers a question, shows the quote with its line in colour, saves it, quits with q', async () => {
		const store = tempDir('quizline-store-');
		const run = start(
			[bankFile, '--mode', 'practice', '--seed', seed, '--count', '2'],
			store,
			undefined,
			{
				NO_COLOR: undefined,
				FORCE_COLOR: undefined,
			},
		);
		await run.waitFor('Enter answer');
		const { question, key } = rightKey(run.text(), seed);
		const mark = run.text().length;
		await run.press(key);
		await run.waitFor('✓ Right', mark);
		await run.waitFor(`Article, line ${question.source.line}:`, mark);
		expect(run.text().replace(/\s+/g, ' ')).toContain(question.source.quote.slice(0, 20));
		// The answer span is drawn in inverse video.
		expect(run.raw()).toContain('\u001B[7m');
		await run.press('q');
		expect(await run.exited).toBe(0);
		expect(run.text()).toContain('Stopped early');
		const profile = ScoreStore.open({ dir: store }).profile('default');
		expect(profile.questions[question.id]).toMatchObject({ attempts: 1, correct: 1 });
	}, 60_000);

	it('fits 40 columns and honours NO_COLOR', async () => {
		const run = start([bankFile, '--mode', 'practice', '--seed', seed, '--count', '1'], tempDir(), {
			cols: 40,
			rows: 30,
		});
		await run.waitFor('Enter answer');
		const { key } = rightKey(run.text(), seed);
		await run.press(key);
		await run.waitFor('»');
		// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for colour codes
		expect(run.raw()).not.toMatch(/\u001B\[3[0-9]m/);
		const widest = Math.max(
			...run
				.text()
				.split(/\r?\n/)
				.map((line) => line.length),
		);
		expect(widest).toBeLessThanOrEqual(40);
		await run.press('\r');
		await run.waitFor('Enter finish');
		await run.press('\r');
		expect(await run.exited).toBe(0);
	}, 60_000);
});
