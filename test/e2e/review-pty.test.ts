import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/helpers/run-cli.js';
import { reviewBank, reviewFolder } from '../ui/review-fixture.js';
import { playInPty } from './pty.js';

const running: ReturnType<typeof playInPty>[] = [];
afterEach(() => {
	for (const run of running.splice(0)) run.kill();
});

function review(
	folder: { dir: string; file: string },
	store: string,
	env: NodeJS.ProcessEnv = {},
	size = { cols: 100, rows: 30 },
) {
	const run = playInPty(['review', folder.file], store, size, env);
	running.push(run);
	return run;
}

/** A review opened, its first question approved. */
async function approveOne(folder: { dir: string; file: string }, store: string) {
	const run = review(folder, store);
	await run.waitFor('Where did Ana meet Bo?');
	await run.press('a');
	await run.waitFor('1 of 4 reviewed');
	return run;
}

const approvedFirst = () => {
	const at = reviewBank.indexOf('origin: generated');
	return `${reviewBank.slice(0, at)}origin: curated${reviewBank.slice(at + 17)}`;
};

/**
 * An editor that breaks the quote on its first run and, on its second, keeps what it was shown
 * (the problem at the top) and fixes the quote while rewording the prompt.
 */
function fakeEditor(dir: string): string {
	const script = path.join(dir, 'editor.sh');
	writeFileSync(
		script,
		`#!/bin/sh
runs=$(cat "${dir}/runs" 2>/dev/null || echo 0); runs=$((runs + 1)); echo $runs > "${dir}/runs"
cp "$1" "${dir}/shown-$runs.yaml"
if [ $runs = 1 ]; then
  sed -i 's/quote: Ana met Bo in Rome/quote: Ana met Bo in Paris/' "$1"
else
  sed -i 's/quote: Ana met Bo in Paris/quote: Ana met Bo in Rome/; s/Where did Ana meet Bo?/In which city did Ana meet Bo?/' "$1"
fi
`,
	);
	chmodSync(script, 0o755);
	return script;
}

describe('quizline review in a real terminal', () => {
	it('edits a question in $EDITOR: a problem brings the editor back with it at the top', async () => {
		const folder = reviewFolder();
		const run = review(folder, tempDir(), { EDITOR: fakeEditor(folder.dir), VISUAL: '' });
		await run.waitFor('Where did Ana meet Bo?');
		await run.press('e');
		await run.waitFor('1 of 4 reviewed');
		await run.waitFor('When did the last ferry sail?');
		const second = readFileSync(path.join(folder.dir, 'shown-2.yaml'), 'utf8');
		expect(second.split('\n')[1]).toMatch(
			/^# error: fill-rome-1\.yaml:8:27: question "fill-rome-1": quote not found on line 1/,
		);
		// The line the problem names is the line of the file as the editor shows it.
		expect(second.split('\n')[7]).toContain('quote: Ana met Bo in Paris');
		const edited = reviewBank
			.replace('"Where did Ana meet Bo?"', '"In which city did Ana meet Bo?"')
			.replace('origin: generated', 'origin: curated');
		expect(readFileSync(folder.file, 'utf8')).toBe(edited);
		await run.press('q');
		expect(await run.exited).toBe(0);
		expect(run.text()).toContain('1 edited');
	});

	it('keeps each decision through Ctrl+C and goes on where it stopped', async () => {
		const folder = reviewFolder();
		const store = tempDir();
		const first = await approveOne(folder, store);
		await first.press('\u0003');
		expect(await first.exited).toBe(130);
		expect(readFileSync(folder.file, 'utf8')).toBe(approvedFirst());
		const again = review(folder, store);
		await again.waitFor('When did the last ferry sail?');
		expect(again.text()).toContain('2/4');
		expect(again.text()).toContain('1 of 4 reviewed');
	});

	it('keeps each decision when the terminal closes (SIGHUP)', async () => {
		const folder = reviewFolder();
		const store = tempDir();
		const first = await approveOne(folder, store);
		first.signal('SIGHUP');
		await first.ended;
		expect(readFileSync(folder.file, 'utf8')).toBe(approvedFirst());
		const again = review(folder, store);
		await again.waitFor('When did the last ferry sail?');
	});

	it('reloads a bank changed on disk while it is open, and writes nothing over it', async () => {
		const folder = reviewFolder();
		const run = review(folder, tempDir());
		await run.waitFor('Where did Ana meet Bo?');
		const theirs = reviewBank.replace(
			'Line 1 says they met in Rome.',
			'They met in Rome (line 1).',
		);
		writeFileSync(folder.file, theirs);
		await run.press('r');
		await run.waitFor('changed on disk: reloaded');
		expect(readFileSync(folder.file, 'utf8')).toBe(theirs);
		await run.waitFor('They met in Rome (line 1).');
		await run.press('q');
		expect(await run.exited).toBe(0);
	});
});

it('fits 40 columns by 12 rows: the progress, the keys, the question scrolling between them', async () => {
	const folder = reviewFolder();
	const run = review(folder, tempDir(), {}, { cols: 40, rows: 12 });
	await run.waitFor(/lines 1–\d+ of \d+/);
	const screen = run.text();
	expect(screen).toContain('0 of 4 reviewed');
	expect(screen).toContain('? keys');
	const rows = screen.split(/\r?\n/).filter((row) => row.trim() !== '');
	expect(Math.max(...rows.map((row) => row.length))).toBeLessThanOrEqual(40);
	await run.press('a');
	await run.waitFor('1 of 4 reviewed');
	await run.press('q');
	expect(await run.exited).toBe(0);
});

it('says when there is nothing to review, exit 0', async () => {
	const folder = reviewFolder(reviewBank.replaceAll('origin: generated', 'origin: curated'));
	const run = playInPty(['review', folder.file, '--generated'], tempDir(), { cols: 80, rows: 24 });
	running.push(run);
	expect(await run.exited).toBe(0);
	expect(run.text()).toContain('no generated questions to review');
});

it('needs a terminal: from a pipe it says what to use instead, exit 2', () => {
	const folder = reviewFolder();
	const result = spawnSync(process.execPath, [cli, 'review', folder.file], { encoding: 'utf8' });
	expect(result.status).toBe(2);
	expect(result.stderr).toContain('quizline review needs an interactive terminal');
	const both = spawnSync(process.execPath, [cli, 'review', folder.file, '--all', '--flagged'], {
		encoding: 'utf8',
	});
	expect(both.status).toBe(2);
	expect(both.stderr).toMatch(/cannot be used with option/);
});
