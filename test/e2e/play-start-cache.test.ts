// The trainer's start cache through the real program: a second start on the same store draws
// the same start screen from the start part kept by the first; a store written since, or made
// corrupt, is read in full as before (the corrupt one moved aside with its message).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers/run-cli.js';
import { playInPty } from './pty.js';

const running: ReturnType<typeof playInPty>[] = [];
afterEach(() => {
	for (const run of running.splice(0)) run.kill();
});

const day = 86_400_000;

/** A store with a few answered questions of the bundled bank and an unfinished session. */
function storeText(): string {
	const ids = ['trade-last-year', 'putin-praises-balanced-position', 'vocab-protracted'];
	const now = Date.now();
	const questions = Object.fromEntries(
		ids.map((id, index) => {
			const history = [3, 2, 1].map((back, i) => ({
				at: new Date(now - back * day - index * 60_000).toISOString(),
				correct: (i + index) % 2 === 0,
				answer: 'A',
				ms: 3000,
				verdict: 'exact',
			}));
			const last = history.at(-1);
			return [
				id,
				{
					attempts: 3,
					correct: history.filter((entry) => entry.correct).length,
					lastAnswer: 'A',
					lastCorrect: last?.correct,
					lastSeen: last?.at,
					bank: 'putin-xi-sco-2022',
					history,
				},
			];
		}),
	);
	return JSON.stringify({ schemaVersion: 1, profiles: { default: { questions, sessions: [] } } });
}

/** The start screen as drawn, from the title to the keys line; the program then quits. */
async function startScreen(store: string): Promise<string> {
	const run = playInPty([], store);
	running.push(run);
	await run.waitFor('q quit');
	const text = run.text();
	await run.press('q');
	expect(await run.exited).toBe(0);
	return text.slice(text.indexOf('Putin and Xi'), text.indexOf('q quit'));
}

describe('quizline play with the start cache', () => {
	it('draws the same start screen from the part kept, and reads a changed store in full', async () => {
		const store = tempDir('quizline-store-');
		const file = path.join(store, 'scores.json');
		fs.writeFileSync(file, storeText());
		const first = await startScreen(store);
		expect(first).toContain('3 of');
		const kept = path.join(store, 'cache', 'start');
		const [name = ''] = fs.readdirSync(kept);
		const written = fs.statSync(path.join(kept, name)).mtimeMs;
		// The same bytes: found in the cache, nothing kept anew.
		expect(await startScreen(store)).toBe(first);
		expect(fs.readdirSync(kept)).toEqual([name]);
		expect(fs.statSync(path.join(kept, name)).mtimeMs).toBe(written);
		// It is drawn from the part kept, not from the store: a part edited in the cache shows.
		const part = JSON.parse(fs.readFileSync(path.join(kept, name), 'utf8'));
		delete part.value.questions['trade-last-year'];
		fs.writeFileSync(path.join(kept, name), JSON.stringify(part));
		expect(await startScreen(store)).toContain('2 of');

		// A store changed by another writer: the new figures, and its part kept too.
		const changed = JSON.parse(fs.readFileSync(file, 'utf8'));
		delete changed.profiles.default.questions['vocab-protracted'];
		fs.writeFileSync(file, JSON.stringify(changed));
		const after = await startScreen(store);
		expect(after).toContain('2 of');
		expect(fs.readdirSync(kept)).toHaveLength(2);
	}, 60_000);

	it('a corrupt store is never met through the cache: its message and backup as before', async () => {
		const store = tempDir('quizline-store-');
		const file = path.join(store, 'scores.json');
		fs.writeFileSync(file, storeText());
		await startScreen(store);
		fs.writeFileSync(file, '{"schemaVersion": 1, "profiles": ');
		const run = playInPty([], store);
		running.push(run);
		await run.waitFor('q quit');
		expect(run.text()).toContain('could not be read (it is not valid JSON)');
		expect(run.text()).toContain('0 of');
		await run.press('q');
		expect(await run.exited).toBe(0);
		expect(fs.readdirSync(store).filter((name) => name.startsWith('scores.corrupt-'))).toHaveLength(
			1,
		);
	}, 60_000);
});
