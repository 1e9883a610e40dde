import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { loadBank } from '../../src/files/load-bank.js';
import { formatQuestionTable as plainTable } from '../../src/format/question-table.js';
import { fitQuestionTable as formatQuestionTable } from '../../src/format/question-table-fit.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const { questions } = loaded.bank;
const lines = (width: number, some: readonly Question[] = questions) =>
	formatQuestionTable(some, width).flatMap((row) => `${row.id}${row.rest}`.split('\n'));
/** The words of each prompt as the table shows them, joined across its lines. */
const shownPrompts = (width: number) =>
	formatQuestionTable(questions, width).map((row, index) => {
		const text = `${row.id}${row.rest}`;
		const prompt = questions[index]?.prompt ?? '?';
		const start = text.indexOf(prompt.slice(0, 12));
		return text.slice(start).replace(/\n\s+/g, ' ');
	});

describe('formatQuestionTable', () => {
	it('keeps every prompt whole when there is no width (a pipe)', () => {
		expect(plainTable(questions)).toEqual(formatQuestionTable(questions, 0));
		for (const [index, row] of plainTable(questions).entries()) {
			expect(row.rest.endsWith(questions[index]?.prompt ?? '?')).toBe(true);
			expect(row.rest).toContain(questions[index]?.tags.join(',') ?? '?');
			expect(row.rest).not.toContain('\n');
		}
	});

	it.each([40, 60, 80, 100, 120, 160])('fits every line in %i columns', (width) => {
		for (const line of lines(width)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
	});

	it.each([40, 80, 120])('shows at least 40 columns of every prompt at %i columns', (width) => {
		for (const [index, shown] of shownPrompts(width).entries()) {
			const prompt = questions[index]?.prompt ?? '?';
			const kept = shown.endsWith('…') ? shown.slice(0, -1).trimEnd() : shown;
			expect(prompt.startsWith(kept)).toBe(true);
			expect(kept.length).toBeGreaterThanOrEqual(Math.min(prompt.length, 40));
		}
	});

	it('is one line per question with tags on a wide terminal', () => {
		const rows = formatQuestionTable(questions, 160);
		for (const row of rows) expect(row.rest).not.toContain('\n');
		expect(rows[0]?.rest).toContain(questions[0]?.tags.join(',') ?? '?');
	});

	it('puts the prompt under its id, type and tags on a narrow terminal', () => {
		const [row] = formatQuestionTable(questions.slice(0, 1), 40);
		const [head, ...prompt] = `${row?.id}${row?.rest}`.split('\n');
		expect(head).toMatch(/^putin-praises-balanced-position {2}choice/);
		expect(prompt.length).toBeGreaterThanOrEqual(1);
		expect(prompt.length).toBeLessThanOrEqual(2);
		for (const line of prompt) expect(line).toMatch(/^ {4}\S/);
		expect(prompt[0]).toMatch(/^ {4}Which quality/);
	});

	it('cuts an id wider than the terminal and still fits', () => {
		const [first] = questions;
		if (!first) throw new Error('the bundled bank has questions');
		const long = { ...first, id: 'x'.repeat(90) };
		for (const line of lines(40, [long])) expect(stringWidth(line)).toBeLessThanOrEqual(40);
	});
});
