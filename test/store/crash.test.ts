import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { seededRng } from '../../src/core/random.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { readStoreFile } from '../../src/store/store-file.js';
import { useStoreChild } from './helpers.js';

// Records answers for ever, printing how many are on disk after each one.
const childScript = (moduleUrl: string) => `
import { ScoreStore } from ${JSON.stringify(moduleUrl)};
const [dir, run] = process.argv.slice(2);
const store = ScoreStore.open({ dir });
for (let i = 1; ; i++) {
	store.recordAnswer('p', undefined, { questionId: 'run-' + run, bank: 'b', answer: String(i), correct: true });
	process.stdout.write(i + '\\n');
}
`;

/** Starts the writer and resolves once it has written `atLeast` answers. */
function startWriter(script: string, dir: string, run: number, atLeast: number) {
	const child = spawn(process.execPath, [script, dir, String(run)], {
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let written = 0;
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	const ready = new Promise<void>((resolve, reject) => {
		child.stdout?.on('data', (chunk: Buffer) => {
			written = Number(chunk.toString().trim().split('\n').at(-1));
			if (written >= atLeast) resolve();
		});
		child.on('exit', () => reject(new Error(`writer ${run} ended early: ${stderr}`)));
	});
	return { child, ready, written: () => written };
}

function kill(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		child.on('exit', () => resolve());
		child.kill('SIGKILL');
	});
}

describe('a writer killed mid-write', () => {
	const { dir, writeScript } = useStoreChild('writer.mjs', childScript);

	test('leaves a valid store each time, with every answer it reported', async () => {
		const script = writeScript();
		const rng = seededRng('crash');
		for (let run = 1; run <= 12; run++) {
			const writer = startWriter(script, dir(), run, 1 + Math.floor(rng() * 20));
			await writer.ready;
			// Let it run on for a moment (0–15 ms) so the kill lands anywhere in a write.
			await new Promise((resolve) => setTimeout(resolve, Math.floor(rng() * 15)));
			await kill(writer.child);

			const read = readStoreFile(path.join(dir(), 'scores.json'));
			expect(read.ok).toBe(true);
			const store = ScoreStore.open({ dir: dir() });
			expect(store.warning).toBeUndefined();
			const attempts = store.profile('p').questions[`run-${run}`]?.attempts ?? 0;
			// Reported answers are on disk; at most one more was written before it could say so.
			expect(attempts).toBeGreaterThanOrEqual(writer.written());
			expect(attempts).toBeLessThanOrEqual(writer.written() + 1);
			for (let earlier = 1; earlier < run; earlier++) {
				expect(store.profile('p').questions[`run-${earlier}`]?.attempts).toBeGreaterThan(0);
			}
		}
		// Nothing was judged corrupt and moved aside.
		expect(fs.readdirSync(dir()).filter((name) => name.includes('corrupt'))).toEqual([]);
	}, 120_000);
});
