import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/files/load-bank.js';
import { formatQuestionTable } from '../../src/format/question-table.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const questions = loaded.bank.questions.slice(0, 5);
const rows = (width: number) =>
	formatQuestionTable(questions, width).map((row) => row.id + row.rest);

describe('formatQuestionTable', () => {
	it('keeps every prompt whole when there is no width (a pipe)', () => {
		for (const [index, row] of rows(0).entries()) {
			expect(row.endsWith(questions[index]?.prompt ?? '?')).toBe(true);
			expect(row).toContain(questions[index]?.tags.join(',') ?? '?');
		}
	});

	it('cuts prompts to the terminal width', () => {
		for (const row of rows(100)) expect(row.length).toBeLessThanOrEqual(100);
		expect(rows(100).some((row) => row.endsWith('…'))).toBe(true);
	});

	it('drops the tags column on a narrow terminal, keeping the prompt', () => {
		const narrow = rows(60);
		for (const row of narrow) expect(row.length).toBeLessThanOrEqual(60);
		expect(narrow[0]).not.toContain('diplomacy');
		expect(narrow[0]).toMatch(/putin-praises-balanced-position\s+choice\s+Which/);
	});
});
