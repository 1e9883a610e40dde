// What the trainer loads before its first question frame, with no history, the bank cold or in
// the cache: Ink and React, never YAML (a valid bank is read by the line reader, or comes from
// the cache) nor node's HTTP client (yoga's WebAssembly is handed over as bytes, not fetched);
// with a history, still no zod (the store passes its quick check) and no child_process (Ink's
// terminal-size fallback loads it on use).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pty from 'node-pty';
import { describe, expect, it } from 'vitest';
import { moduleLogger, sourcesOf } from '../cli/helpers/loaded-sources.js';
import { cli, root, tempDir } from '../cli/helpers/run-cli.js';

/** Preloaded: every call of fetch() is written to the module log as `fetch:URL`. */
const fetchLogger = `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
const real = globalThis.fetch;
globalThis.fetch = (input, init) => {
	appendFileSync(process.env.QUIZLINE_MODULE_LOG, 'fetch:' + String(input).slice(0, 40) + '\\n');
	return real(input, init);
};`)}`;

/** The sources loaded (and URLs fetched) by the time the first question is on the screen. */
function loadedByFirstFrame(storeDir: string, cacheDir: string): Promise<string[]> {
	const log = path.join(tempDir('quizline-modules-'), 'modules.log');
	const args = [
		...moduleLogger,
		'--import',
		fetchLogger,
		cli,
		'--mode',
		'practice',
		'--seed',
		'm',
		'--count',
		'1',
	];
	const child = pty.spawn(process.execPath, args, {
		cols: 100,
		rows: 30,
		cwd: root,
		env: {
			...process.env,
			CI: 'false',
			QUIZLINE_STORE_DIR: storeDir,
			QUIZLINE_CACHE_DIR: cacheDir,
			QUIZLINE_MODULE_LOG: log,
		},
	});
	return new Promise((resolve, reject) => {
		let screen = '';
		let isDone = false;
		const timer = setTimeout(() => {
			isDone = true;
			child.kill();
			reject(new Error(`no first question within 20 s:\n${screen}`));
		}, 20_000);
		child.onData((data) => {
			screen += data;
			if (isDone || !screen.includes('Q 1/1')) return;
			// Read once, on the first frame: later output comes after the test may have ended.
			isDone = true;
			clearTimeout(timer);
			let sources: string[] = [];
			try {
				sources = sourcesOf(log);
			} catch (error) {
				reject(error);
			}
			// Settled once the child has ended: it may still be writing to its store folder.
			child.onExit(() => resolve(sources));
			child.kill();
		});
	});
}

describe('the first question frame', () => {
	it('loads Ink but neither YAML nor the HTTP client, the bank cold or cached', {
		timeout: 60_000,
	}, async () => {
		const cacheDir = tempDir('quizline-cache-');
		// The valid bank is read quickly, without the yaml package.
		const cold = await loadedByFirstFrame(tempDir('quizline-store-'), cacheDir);
		expect(cold.filter((source) => source.includes('node_modules/ink/')).length).toBeGreaterThan(0);
		expect(cold.filter((source) => source.includes('node_modules/yaml/'))).toEqual([]);
		expect(cold).toContain('src/core/yaml/line-yaml.ts');
		const warm = await loadedByFirstFrame(tempDir('quizline-store-'), cacheDir);
		expect(warm.filter((source) => source.includes('node_modules/ink/')).length).toBeGreaterThan(0);
		expect(warm.filter((source) => source.includes('node_modules/yaml/'))).toEqual([]);
		expect(warm.filter((source) => source.startsWith('fetch:'))).toEqual([]);
	});

	it('with a history: neither zod nor child_process, and one file for the trainer', {
		timeout: 60_000,
	}, async () => {
		const cacheDir = tempDir('quizline-cache-');
		const storeDir = tempDir('quizline-store-');
		const at = '2026-01-05T09:00:00.000Z';
		const history = [{ at, correct: true, answer: '140bn', ms: 5000, verdict: 'exact' }];
		const record = {
			attempts: 1,
			correct: 1,
			lastAnswer: '140bn',
			lastCorrect: true,
			lastSeen: at,
			bank: 'putin-xi-sco-2022',
			history,
		};
		const data = {
			schemaVersion: 1,
			profiles: { default: { questions: { 'trade-last-year': record }, sessions: [] } },
		};
		writeFileSync(path.join(storeDir, 'scores.json'), JSON.stringify(data));
		await loadedByFirstFrame(tempDir('quizline-store-'), cacheDir);
		const loaded = await loadedByFirstFrame(storeDir, cacheDir);
		expect(loaded.filter((source) => source.includes('node_modules/ink/')).length).toBeGreaterThan(
			0,
		);
		expect(loaded).toContain('src/store/quick-check.ts');
		expect(loaded.filter((source) => /node_modules\/(zod|yaml)\//.test(source))).toEqual([]);
		expect(loaded.filter((source) => source.includes('child_process'))).toEqual([]);
		expect(
			loaded.filter((source) => source.startsWith('file://') || source.startsWith('dist/')),
		).toEqual(['dist/cli.js', 'dist/lazy/commands/play.js']);
	});
});
