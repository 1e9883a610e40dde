import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { useTempDir } from './helpers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const srcDir = path.join(root, 'src', 'store');
// The build bundles the store into one module, loaded by the commands that need it.
const builtStore = path.join(root, 'dist', 'lazy', 'store', 'score-store.js');

/** Whether the built store is at least as new as every src/store module. */
function distIsFresh(): boolean {
	if (!fs.existsSync(builtStore)) return false;
	const built = fs.statSync(builtStore).mtimeMs;
	return fs
		.readdirSync(srcDir)
		.filter((name) => name.endsWith('.ts'))
		.every((name) => built >= fs.statSync(path.join(srcDir, name)).mtimeMs);
}

// Each child waits for the go file, so both write at the same time, then records its answers.
const childScript = (modulePath: string) => `
import fs from 'node:fs';
import { ScoreStore } from ${JSON.stringify(pathToFileURL(modulePath).href)};
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
	const dir = useTempDir();

	beforeAll(() => {
		if (!distIsFresh()) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
		expect(distIsFresh()).toBe(true);
	}, 60_000);

	test('lose no answer: 2 × 300 answers are all counted', async () => {
		const script = path.join(dir(), 'child.mjs');
		fs.writeFileSync(script, childScript(builtStore));
		const children = [run(script, [dir(), 'a', '300']), run(script, [dir(), 'b', '300'])];
		fs.writeFileSync(path.join(dir(), 'go'), '');
		for (const result of await Promise.all(children))
			expect(result).toEqual({ code: 0, stderr: '' });

		const store = ScoreStore.open({ dir: dir() });
		expect(store.warning).toBeUndefined();
		const profile = store.profile('shared');
		const records = Object.values(profile.questions);
		expect(records.reduce((sum, record) => sum + record.attempts, 0)).toBe(600);
		expect(records.reduce((sum, record) => sum + record.correct, 0)).toBe(300);
		for (const record of records) expect(record.history).toHaveLength(50);
		expect(profile.sessions).toHaveLength(2);
		for (const session of profile.sessions) {
			expect(session.answers).toHaveLength(300);
			expect(session.score).toBe(150);
			expect(session.end).toBeDefined();
		}
		expect(fs.readdirSync(dir()).sort()).toEqual(['child.mjs', 'go', 'scores.json']);
	}, 60_000);
});
