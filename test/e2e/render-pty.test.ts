import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { answerSpan } from '../../src/core/bank/verify.js';
import { itemsFromIds, selectQuestions } from '../../src/core/select.js';
import { loadBank } from '../../src/files/load-bank.js';
import { tempDir } from '../cli/helpers/run-cli.js';
import { playInPty } from './pty.js';
import { screenOf } from './screen.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const { questions } = loaded.bank;

/** A seed whose only practice question, on an empty store, is a choice (or `type`) that `fits`. */
function seedWhere(fits: (question: Question) => boolean, type = 'choice'): string {
	for (let seed = 0; seed < 10_000; seed++) {
		const [first] = selectQuestions(questions, { seed: String(seed), count: 1 });
		if (first?.question.type === type && fits(first.question)) return String(seed);
	}
	throw new Error('no seed fits');
}

/** The option keys that answer the seed's question rightly and wrongly. */
function keysFor(seed: string) {
	const [first] = selectQuestions(questions, { seed, count: 1 });
	if (first?.question.type !== 'choice') throw new Error('no choice question');
	const [item] = itemsFromIds(questions, [first.question.id], seed);
	const right = (item?.options.indexOf(first.question.answer) ?? -1) + 1;
	return { question: first.question, right: String(right), wrong: right === 1 ? '2' : '1' };
}

const running: ReturnType<typeof playInPty>[] = [];
afterEach(() => {
	for (const run of running.splice(0)) run.kill();
});

function start(seed: string, size: { cols: number; rows: number }, env = {}) {
	const args = ['--mode', 'practice', '--seed', seed, '--count', '1'];
	const run = playInPty(args, tempDir('quizline-store-'), size, env);
	running.push(run);
	return run;
}

/** Waits until the drawn screen (not only the output so far) satisfies `check`. */
async function screenShows(
	run: ReturnType<typeof playInPty>,
	size: { cols: number; rows: number },
	check: (screen: string[]) => boolean,
) {
	const started = Date.now();
	for (;;) {
		const screen = screenOf(run.raw(), size.cols, size.rows);
		if (check(screen)) return screen;
		if (Date.now() - started > 15_000) throw new Error(`screen never fit:\n${screen.join('\n')}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

const esc = '\u001B';
const sgr = new RegExp(`${esc}\\[([0-9;]*)m`, 'g');
const otherSequence = new RegExp(`${esc}\\[[?0-9;]*[ -/]*[@-~]`, 'g');

/** The output with inverse video on as ⟦ and off as ⟧, every other sequence removed. */
function inverseMarks(raw: string): string {
	return raw
		.replace(sgr, (_all, params: string) => {
			const codes = params.split(';');
			if (codes.includes('7')) return '⟦';
			if (codes.includes('27') || codes.includes('0') || params === '') return '⟧';
			return '';
		})
		.replace(otherSequence, '');
}

describe('the trainer drawn in a real terminal', () => {
	it('highlights a several-word answer in the quote as one unbroken span', async () => {
		const seed = seedWhere((question) => {
			const span = answerSpan(question);
			return span !== undefined && question.source.quote.slice(span.start, span.end).includes(' ');
		});
		const { wrong } = keysFor(seed);
		const run = start(seed, { cols: 100, rows: 30 }, { NO_COLOR: undefined, FORCE_COLOR: '1' });
		await run.waitFor('Enter answer');
		const mark = run.raw().length;
		await run.press(wrong);
		await run.waitFor('Article, line');
		const feedback = inverseMarks(run.raw().slice(mark));
		expect(feedback).toContain('⟦');
		// Inverse switched off before a space and on again after it: one block per word.
		expect(feedback).not.toMatch(/⟧+ +⟦/);
		expect(feedback).toMatch(/⟦[^⟧\n]* [^⟧\n]*⟧/);
		// The summary's missed question quotes the line the same way.
		const summaryMark = run.raw().length;
		const textMark = run.text().length;
		await run.press('\r');
		await run.waitFor('Missed (1)', textMark);
		await run.waitFor('Enter finish', textMark);
		const summary = inverseMarks(run.raw().slice(summaryMark));
		expect(summary).not.toMatch(/⟧+ +⟦/);
		expect(summary).toMatch(/⟦[^⟧\n]* [^⟧\n]*⟧/);
	}, 60_000);

	it('keeps the verdict and the answer in sight at 40 × 12', async () => {
		const seed = seedWhere((question) => !question.support);
		const { wrong } = keysFor(seed);
		const size = { cols: 40, rows: 12 };
		const run = start(seed, size);
		await run.waitFor('Enter answer');
		const mark = run.text().length;
		await run.press(wrong);
		await run.waitFor('see results', mark);
		const screen = await screenShows(run, size, (lines) => lines.join('\n').includes('results'));
		const shown = screen.join('\n');
		expect(shown).toContain('✗ Wrong');
		expect(shown).toContain('Your answer:');
		expect(shown).toContain('Answer:');
	}, 60_000);

	it('lays an order question out in a 40 × 12 terminal: moved with keys, graded in place', async () => {
		const seed = seedWhere(() => true, 'order');
		const size = { cols: 40, rows: 12 };
		const run = start(seed, size);
		await run.waitFor('Enter answer');
		const fits = (lines: string[]) => lines[0]?.includes('Putin and Xi') === true;
		const asked = await screenShows(
			run,
			size,
			(lines) => fits(lines) && lines.join('\n').includes('4. d'),
		);
		expect(asked.join('\n')).toMatch(/❯ 1\. a {2}Xi meets Kazakh President/);
		// b carried to the bottom with Space and ↓↓, put down, then answered.
		const mark = run.text().length;
		for (const key of ['\u001B[B', ' ', '\u001B[B', '\u001B[B', ' ']) await run.press(key);
		const moved = await screenShows(run, size, (lines) => lines.join('\n').includes('4. b'));
		expect(fits(moved)).toBe(true);
		await run.press('\r');
		await run.waitFor('in place', mark);
		const shown = await screenShows(run, size, (lines) => lines.join('\n').includes('see results'));
		expect(fits(shown)).toBe(true);
		expect(shown.join('\n')).toContain('Your order: a, c, d, b');
		expect(shown.join('\n')).toMatch(/(Partly right|Wrong) — (\d|none) of 4 in place/);
	}, 60_000);

	it('starts wrapped lines flush and keeps hanging indents at 40 columns', async () => {
		const size = { cols: 40, rows: 40 };
		const run = playInPty([], tempDir('quizline-store-'), size);
		running.push(run);
		await run.waitFor('Choose how to train');
		const startScreen = await screenShows(run, size, (lines) =>
			lines.some((l) => l.includes('quit')),
		);
		// The overview wraps flush left.
		const overview = startScreen.findIndex((line) => line.startsWith('Profile'));
		expect(startScreen[overview + 1]).toMatch(/^\S/);
		// A mode's note wraps under its own first word.
		const practice = startScreen.findIndex((line) => line.includes('1. Practice'));
		const noteAt = /Practice +/.exec(startScreen[practice] ?? '');
		const column = (noteAt?.index ?? 0) + (noteAt?.[0].length ?? 0);
		const next = startScreen[practice + 1] ?? '';
		expect(next.length - next.trimStart().length).toBe(column);
		await run.press('?');
		const help = await screenShows(run, size, (lines) => lines.some((l) => l.includes('Stats')));
		const keyLines = help.filter((line) => /^ {4}/.test(line));
		expect(keyLines.length).toBeGreaterThan(3);
		for (const line of keyLines) expect(line).toMatch(/^ {4}\S/);
		await run.press('q');
	}, 60_000);

	it('wraps a long typed answer flush, the next word starting its row', async () => {
		const seed = seedWhere(() => true, 'short');
		const size = { cols: 40, rows: 20 };
		const run = start(seed, size);
		await run.waitFor('Enter answer');
		// "› " and 38 columns of field: seven times "word" and "abc" fill the first row exactly.
		await run.press(`${'word '.repeat(7)}abc next one`);
		const screen = await screenShows(run, size, (lines) => lines.some((l) => l.includes('one')));
		const field = screen.findIndex((line) => /^›.*word/.test(line));
		// The rows under the first one start under its text, with a word, never a space.
		expect(screen[field + 1]).toMatch(/^ {2}\S/);
		expect(screen[field + 1]).toContain('next one');
	}, 60_000);

	it('caps prose at 100 columns on a 160-column terminal', async () => {
		// One answer to its feedback: not a two-part question, whose part B comes first.
		const seed = seedWhere(
			(question) =>
				question.support === undefined &&
				(question.source.quote.length > 130 || (question.explanation ?? '').length > 130),
		);
		const { right } = keysFor(seed);
		const size = { cols: 160, rows: 40 };
		const run = start(seed, size);
		await run.waitFor('Enter answer');
		await run.press(right);
		await run.waitFor('Article, line');
		const screen = await screenShows(run, size, (lines) => lines.some((l) => l.includes('keys')));
		const widest = (lines: string[]) => Math.max(...lines.map((line) => stringWidth(line)));
		expect(widest(screen)).toBeLessThanOrEqual(100);
		expect(widest(screen)).toBeGreaterThan(60);
		// The whole paragraph too.
		const mark = run.text().length;
		await run.press('c');
		await run.waitFor('Article, paragraph', mark);
		const paragraph = await screenShows(run, size, (lines) =>
			lines.some((l) => l.includes('back')),
		);
		expect(widest(paragraph)).toBeLessThanOrEqual(100);
		expect(widest(paragraph)).toBeGreaterThan(60);
	}, 60_000);
});
