import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { useStoreChild } from './helpers.js';

// Each child waits for the go file, so both write at the same time, then records its answers.
const childScript = (moduleUrl: string) => `
import fs from 'node:fs';
import { ScoreStore } from ${JSON.stringify(moduleUrl)};
const [dir, name, count] = process.argv.slice(2);
const pause = new Int32Array(new SharedArrayBuffer(4));
while (!fs.existsSync(dir + '/go')) Atomics.wait(pause, 0, 0, 5);
const store = ScoreStore.open({ dir });
const session = store.startSession('shared', { bank: 'b', mode: 'practice', questionIds: [] });
for (let i = 0; i < Number(count); i++) {
	store.recordAnswer('shared', session, { questionId: 'q-' + (i % 10), bank: 'b', answer: name + i, correct: i % 2 === 0 });
}
store.finishSession('shared', session);
`;

function run(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [script, ...args], {
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let stderr = '';
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		child.on('close', (code) => resolve({ code, stderr }));
	});
}

describe('two processes writing one store', () => {
	const { dir, writeScript } = useStoreChild('child.mjs', childScript);

	test('lose no answer: 2 × 500 answers make 1000 attempts', async () => {
		const script = writeScript();
		const children = [run(script, [dir(), 'a', '500']), run(script, [dir(), 'b', '500'])];
		fs.writeFileSync(path.join(dir(), 'go'), '');
		for (const result of await Promise.all(children))
			expect(result).toEqual({ code: 0, stderr: '' });

		const store = ScoreStore.open({ dir: dir() });
		expect(store.warning).toBeUndefined();
		const profile = store.profile('shared');
		const records = Object.values(profile.questions);
		expect(records.reduce((sum, record) => sum + record.attempts, 0)).toBe(1000);
		expect(records.reduce((sum, record) => sum + record.correct, 0)).toBe(500);
		for (const record of records) expect(record.history).toHaveLength(50);
		expect(profile.sessions).toHaveLength(2);
		for (const session of profile.sessions) {
			expect(session.answers).toHaveLength(500);
			expect(new Set(session.answers.map((answer) => answer.answer)).size).toBe(500);
			expect(session.score).toBe(250);
			expect(session.end).toBeDefined();
		}
		expect(fs.readdirSync(dir()).sort()).toEqual([
			'child.mjs',
			'go',
			'scores.journal.jsonl',
			'scores.json',
		]);
	}, 120_000);
});
