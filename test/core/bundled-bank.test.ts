import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionTypes, skills } from '../../src/core/bank/schema.js';
import { loadBank } from '../../src/files/load-bank.js';

const articleBytes = readFileSync(
	new URL('../../questions/putin-xi-sco-2022.txt', import.meta.url),
);
const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const curated = loaded.bank.questions.filter((question) => question.origin === 'curated');

describe('the bundled article', () => {
	it('is the original, byte for byte: 24 lines, curly quotes, no final newline', () => {
		expect(articleBytes.length).toBe(6018);
		expect(createHash('sha256').update(articleBytes).digest('hex')).toBe(
			'd0a53b8fac69edfecce3aad4ab54febbf538c2434b67fce243b6e14ad30dde39',
		);
		const text = articleBytes.toString('utf8');
		expect(text.split('\n')).toHaveLength(24);
		expect(text.endsWith('\n')).toBe(false);
		expect(text).toContain('“balanced position”');
	});
});

describe('the curated questions', () => {
	it('are at least 40, of every type and of skills beyond recall', () => {
		expect(curated.length).toBeGreaterThanOrEqual(40);
		expect(new Set(curated.map((question) => question.type))).toEqual(new Set(questionTypes));
		expect(new Set(curated.map((question) => question.skill))).toEqual(new Set(skills));
	});

	it('cover every line of the article', () => {
		const lines = new Set(curated.map((question) => question.source.line));
		expect([...lines].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
	});

	it('do not make the right answer the longest option by habit', () => {
		const choices = curated.flatMap((question) => (question.type === 'choice' ? [question] : []));
		const longest = choices.filter((question) =>
			question.choices.every(
				(choice) => choice === question.answer || choice.length < question.answer.length,
			),
		);
		expect(longest.length / choices.length).toBeLessThan(0.35);
	});

	it('never give the answer away in the prompt', () => {
		const leaks = curated.filter(
			(question) =>
				(question.type === 'short' || question.type === 'choice') &&
				question.prompt.toLowerCase().includes(question.answer.toLowerCase()),
		);
		expect(leaks.map((question) => question.id)).toEqual([]);
	});
});
