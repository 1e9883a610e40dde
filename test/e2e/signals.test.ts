// Issue 10: every long-running command ends promptly on SIGINT, SIGTERM and SIGHUP, even while
// it parses a bank or generates from a long text, and what the user had is kept. A signal's
// JavaScript handler cannot run while the main thread is busy: before the fix, `stats` on a
// large bank let the work finish and then ended with 0, as if the signal had never come.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, root, runCli, tempDir } from '../cli/helpers/run-cli.js';
import { playInPty } from './pty.js';

ensureBuilt();

/** Longer than the work could take were the signal ignored; a liveness bound, not a timing. */
const promptly = 3_000;
/** When the signal is sent: the command has loaded and is busy with its input. */
const busyAfter = 1_000;
const signals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

const children: ChildProcess[] = [];
const ptys: ReturnType<typeof playInPty>[] = [];
afterEach(() => {
	for (const child of children.splice(0)) child.kill('SIGKILL');
	for (const run of ptys.splice(0)) run.kill();
});

/** A bank of `count` questions on an article of as many lines (50,000: 10 MB, seconds to load). */
function writeBank(dir: string, count: number): string {
	const lines: string[] = [];
	const bank = ['article: { file: article.txt, title: Summits }', 'questions:'];
	for (let i = 0; i < count; i++) {
		lines.push(`Line ${i}: the summit number ${i} was held in Samarkand in September.`);
		bank.push(
			`  - id: q${i}`,
			'    type: short',
			`    prompt: Where was summit number ${i} held?`,
			'    answer: Samarkand',
			`    source: { line: ${i + 1}, quote: "the summit number ${i} was held in Samarkand", highlight: Samarkand }`,
		);
	}
	writeFileSync(path.join(dir, 'article.txt'), `${lines.join('\n')}\n`);
	writeFileSync(path.join(dir, 'bank.yaml'), `${bank.join('\n')}\n`);
	return path.join(dir, 'bank.yaml');
}

const big = tempDir('quizline-signals-big-');
const bigBank = writeBank(big, 50_000);
const small = tempDir('quizline-signals-small-');
const smallBank = writeBank(small, 2);
const longText = path.join(big, 'long.txt');
const news = readFileSync(path.join(root, 'test/fixtures/real-texts/news-report.txt'), 'utf8');
writeFileSync(longText, news.repeat(Math.ceil(3_000_000 / news.length)));

/** The big bank is past the default input limit of 8 MB: these runs raise it. */
const bigLimit = '64';

/** A fresh store (and bank cache) for one run, so nothing is cached from an earlier one. */
const freshStore = () => {
	const dir = tempDir('quizline-signals-store-');
	return { QUIZLINE_STORE_DIR: dir, XDG_CACHE_HOME: path.join(dir, 'cache') };
};

/** Runs the CLI, sends `signal` once it is busy, and says how and how soon after it ended. */
function interrupt(args: readonly string[], signal: NodeJS.Signals, env: NodeJS.ProcessEnv) {
	const child = spawn(process.execPath, [cli, ...args], {
		cwd: root,
		env: { PATH: process.env.PATH, NO_COLOR: '1', QUIZLINE_MAX_INPUT_MB: bigLimit, ...env },
		stdio: 'ignore',
	});
	children.push(child);
	let sentAt = 0;
	const timer = setTimeout(() => {
		sentAt = Date.now();
		child.kill(signal);
	}, busyAfter);
	return new Promise<{ code: number | null; signal: string | null; after: number }>((resolve) => {
		child.on('exit', (code, how) => {
			clearTimeout(timer);
			resolve({ code, signal: how, after: sentAt === 0 ? -1 : Date.now() - sentAt });
		});
	});
}

describe('a signal ends a busy command at once', () => {
	for (const signal of signals) {
		it(`validate of a 50,000-question bank, on ${signal}`, async () => {
			const ended = await interrupt(['validate', bigBank], signal, freshStore());
			expect(ended).toMatchObject({ code: null, signal });
			expect(ended.after).toBeGreaterThanOrEqual(0);
			expect(ended.after).toBeLessThan(promptly);
		});

		it(`generate from 3 MB of text, on ${signal}`, async () => {
			const out = path.join(tempDir(), 'generated.yaml');
			const ended = await interrupt(['generate', longText, '-o', out], signal, freshStore());
			expect(ended).toMatchObject({ code: null, signal });
			expect(ended.after).toBeGreaterThanOrEqual(0);
			expect(ended.after).toBeLessThan(promptly);
		});

		it(`stats on a 50,000-question bank, on ${signal}, and the scores are kept`, async () => {
			const store = freshStore();
			const recorded = runCli(['check', 'q1', 'Samarkand', '--bank', smallBank, '--record'], {
				env: store,
			});
			expect(recorded.code).toBe(0);
			const ended = await interrupt(['stats', '--bank', bigBank], signal, store);
			expect(ended).toMatchObject({ code: null, signal });
			expect(ended.after).toBeGreaterThanOrEqual(0);
			expect(ended.after).toBeLessThan(promptly);
			const stats = runCli(['stats', '--bank', smallBank, '--json'], { env: store });
			expect(stats.code).toBe(0);
			expect(JSON.parse(stats.stdout)).toMatchObject({ overall: { correct: 1, attempts: 1 } });
		});
	}
});

describe('a signal ends the trainer at once, its answers kept', () => {
	it('while it loads a 50,000-question bank, on SIGTERM', async () => {
		const run = playInPty([bigBank, '--mode', 'practice'], tempDir(), undefined, {
			QUIZLINE_MAX_INPUT_MB: bigLimit,
		});
		ptys.push(run);
		await new Promise((resolve) => setTimeout(resolve, busyAfter));
		const sentAt = Date.now();
		run.signal('SIGTERM');
		const ended = await run.ended;
		expect(Date.now() - sentAt).toBeLessThan(promptly);
		expect(ended.signal).toBe(signalNumbers.SIGTERM);
		expect(run.text()).not.toContain('Where was summit');
	}, 30_000);

	for (const signal of signals) {
		it(`after an answer, waiting at the next question, on ${signal}`, async () => {
			const store = tempDir();
			const run = playInPty([smallBank, '--mode', 'practice', '--seed', '1'], store);
			ptys.push(run);
			let mark = await run.waitFor('Where was summit');
			for (const key of 'Samarkand\r') await run.press(key);
			mark = await run.waitFor('Right', mark);
			await run.press('\r');
			await run.waitFor('Where was summit', mark);
			const sentAt = Date.now();
			run.signal(signal);
			const ended = await run.ended;
			expect(Date.now() - sentAt).toBeLessThan(promptly);
			expect(ended.signal).toBe(signalNumbers[signal]);
			const stats = runCli(['stats', '--bank', smallBank, '--json'], {
				env: { QUIZLINE_STORE_DIR: store },
			});
			expect(stats.code).toBe(0);
			expect(JSON.parse(stats.stdout)).toMatchObject({ overall: { correct: 1, attempts: 1 } });
		}, 30_000);
	}
});
