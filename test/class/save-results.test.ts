import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveClassResults } from '../../src/class/save-results.js';
import { ScoreStore } from '../../src/store/score-store.js';
import { joinAction, run } from '../live/helpers.js';

function setUp() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quizline-save-results-'));
	const store = ScoreStore.open({ dir: path.join(dir, 'store') });
	const csvPath = path.join(dir, 'class.csv');
	fs.writeFileSync(csvPath, 'old\n');
	const { state } = run([
		joinAction('Ann'),
		{ type: 'start', at: 0 },
		{ type: 'answer', key: 'ann', index: 0, given: '$140 billion', at: 1000 },
		{ type: 'end', at: 2000 },
	]);
	return { dir, store, csvPath, state };
}

describe('saving a live session', () => {
	it('writes beside an existing file, or over it when told to replace it', () => {
		const beside = setUp();
		const target = { store: beside.store, bank: 'bank', seed: 's', csvPath: beside.csvPath };
		const saved = saveClassResults(beside.state, target);
		expect(saved.csvPath).toBe(path.join(beside.dir, 'class-2.csv'));
		expect(fs.readFileSync(beside.csvPath, 'utf8')).toBe('old\n');
		const over = setUp();
		const replaced = saveClassResults(over.state, {
			...target,
			store: over.store,
			csvPath: over.csvPath,
			replace: true,
		});
		expect(replaced.csvPath).toBe(over.csvPath);
		expect(fs.readFileSync(over.csvPath, 'utf8')).toMatch(/^name,question_id,answer,result/);
	});

	it('keeps the prompts out of the score store: it has the question ids', () => {
		const { store, csvPath, state } = setUp();
		saveClassResults(state, { store, bank: 'bank', seed: 's', csvPath, replace: true });
		const [stored] = store.classSessions();
		expect(stored?.answers).toEqual([
			{
				name: 'Ann',
				questionId: state.items[0]?.question.id,
				answer: '$140 billion',
				result: 'right',
				seconds: 1,
			},
		]);
		expect(fs.readFileSync(csvPath, 'utf8')).toContain(state.items[0]?.question.prompt);
	});
});
