import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScoreStore } from '../../src/store/score-store.js';
import { runCli, tempDir } from './helpers/run-cli.js';

describe('quizline play without a terminal', () => {
	it.each([[[]], [['play']], [['play', '--count', '3']]])(
		'%j with piped stdin explains itself and exits 2',
		(args) => {
			const result = runCli(args, { input: '1\n' });
			expect(result.code).toBe(2);
			expect(result.stderr).toContain('needs an interactive terminal');
			expect(result.stderr).toContain('quizline check ID ANSWER');
			expect(result.stderr).not.toContain('Raw mode');
		},
	);

	it('rejects a bad --count as bad input', () => {
		const result = runCli(['play', '--count', 'zero']);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('expected a whole number of 1 or more');
	});
});

describe('quizline stats', () => {
	function seededStore() {
		const dir = tempDir('quizline-store-');
		const store = ScoreStore.open({ dir });
		const session = store.startSession('ana', {
			bank: 'putin-xi-sco-2022',
			mode: 'practice',
			questionIds: ['trade-last-year', 'trade-target'],
		});
		const answer = (questionId: string, correct: boolean) =>
			store.recordAnswer('ana', session, {
				questionId,
				bank: 'putin-xi-sco-2022',
				answer: 'x',
				correct,
			});
		answer('trade-last-year', false);
		answer('trade-last-year', true);
		answer('vanished-question', true);
		store.finishSession('ana', session);
		return dir;
	}

	it('reports accuracy, tags, weakest questions and orphaned ids as JSON', () => {
		const dir = seededStore();
		const result = runCli(['stats', '--profile', 'ana', '--json'], {
			env: { QUIZLINE_STORE_DIR: dir },
		});
		expect(result.code).toBe(0);
		const stats = JSON.parse(result.stdout);
		expect(stats).toMatchObject({
			profile: 'ana',
			sessions: { total: 1, finished: 1 },
			overall: { correct: 2, attempts: 3 },
			weakest: [{ id: 'trade-last-year', accuracy: { correct: 1, attempts: 2 }, line: 15 }],
			orphaned: ['vanished-question'],
		});
		expect(stats.byTag.economy).toEqual({ correct: 1, attempts: 2, rate: 0.5, partial: 0 });
	});

	it('prints plain text for people', () => {
		const dir = seededStore();
		const result = runCli(['stats', '--profile', 'ana'], { env: { QUIZLINE_STORE_DIR: dir } });
		expect(result.stdout).toContain('Accuracy: 67% (2/3)');
		expect(result.stdout).toContain('Weakest questions:');
		expect(result.stdout).toContain('line 15 │');
	});

	it('a corrupt store: says so once, keeps the bad file as a backup, still runs', () => {
		const dir = seededStore();
		const file = path.join(dir, 'scores.json');
		writeFileSync(file, '{"schemaVersion": 1, "profiles": {');
		const first = runCli(['stats', '--profile', 'ana'], { env: { QUIZLINE_STORE_DIR: dir } });
		expect(first.code).toBe(0);
		expect(first.stderr).toMatch(/scores\.corrupt-.+\.json/);
		const backup = readdirSync(dir).find((name) => name.startsWith('scores.corrupt-'));
		expect(readFileSync(path.join(dir, backup ?? 'missing'), 'utf8')).toBe(
			'{"schemaVersion": 1, "profiles": {',
		);
		const second = runCli(['stats', '--profile', 'ana'], { env: { QUIZLINE_STORE_DIR: dir } });
		expect(second.stderr).toBe('');
	});
});
