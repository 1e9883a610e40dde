// Order and comparison questions as `generate` writes them for real texts of the regression set.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { gradeAnswer } from '../../src/core/grade/grade.js';
import { generateParsed, realText } from './helpers.js';

const bankOf = (name: string): Question[] => generateParsed(realText(name)).bank.questions;

const tagged = (questions: readonly Question[], tag: string) =>
	questions.filter((question) => question.tags.includes(tag));

describe('order questions', () => {
	const orders = ['encyclopedia', 'history', 'news-report'].flatMap((name) =>
		tagged(bankOf(name), 'sequence').map((question) => ({ name, question })),
	);

	it('are made where the text dates enough events, and only there', () => {
		// The news report's dated career is asked first: its main idea then offers other details.
		expect(orders.map(({ name }) => name)).toEqual([
			'encyclopedia',
			'encyclopedia',
			'history',
			'news-report',
		]);
		for (const name of ['science-news', 'business-report', 'short-story', 'travel-guide'])
			expect(tagged(bankOf(name), 'sequence'), name).toEqual([]);
	});

	it.each(orders.map(({ question }) => [question.id, question]))(
		'%s shows dateless items out of order, cites a date for each, and grades its own key',
		(_, question) => {
			if (question.type !== 'order') throw new Error(`${question.id} is a ${question.type}`);
			expect(question.skill).toBe('inference');
			expect(question.items.join(' ')).not.toMatch(/\b1\d{3}\b|\b20\d{2}\b/);
			const letters = 'abcde'.slice(0, question.items.length).split('');
			expect(question.answer).not.toEqual(letters);
			expect(question.answer).not.toEqual([...letters].reverse());
			const sources = [question.source, ...(question.moreSources ?? [])];
			expect(sources.every((source) => source.highlight !== undefined)).toBe(true);
			for (const letter of question.answer) expect(question.explanation).toContain(`(${letter})`);
			expect(gradeAnswer(question, question.answer.join(' '))).toMatchObject({ kind: 'exact' });
		},
	);
});

describe('comparison questions', () => {
	const comparisons = ['encyclopedia', 'history'].flatMap((name) =>
		tagged(bankOf(name), 'comparison').filter((question) => question.tags.includes('numbers')),
	);

	it('name both sides without their figures, and show the working that gives the key', () => {
		// The history text's "world production of the metal" never says which metal: not asked.
		expect(comparisons).toHaveLength(1);
		for (const question of comparisons) {
			if (question.type !== 'numeric') throw new Error(`${question.id} is a ${question.type}`);
			const working = /([\d,.]+) − ([\d,.]+) = ([\d,.]+)/u.exec(question.explanation ?? '');
			expect(working, question.id).not.toBeNull();
			for (const figure of working?.slice(1, 3) ?? [])
				expect(question.prompt).not.toContain(figure);
			const [larger = 0, smaller = 0, difference = Number.NaN] = (working?.slice(1) ?? []).map(
				(text) => Number(text.replaceAll(',', '')),
			);
			expect(larger - smaller).toBe(difference);
			expect(question.answer).toBe(difference);
		}
	});
});

describe('interval questions', () => {
	const intervals = ['encyclopedia', 'history', 'news-report'].flatMap((name) =>
		tagged(bankOf(name), 'comparison')
			.filter((question) => question.tags.includes('dates'))
			.map((question) => ({ name, question })),
	);

	it('pair events told of one subject (or neighbours on two lines), in the texts that date them', () => {
		expect(intervals.map(({ question }) => question.prompt)).toEqual([
			'According to the article, how many years passed between “The tunnel was closed” and “The tunnel reopened”?',
			'According to the article, how many years passed between “Aluminium was first produced independently using electrolysis by the German chemist Robert Wilhelm Bunsen and Deville” and “Bradley applied for a patent”?',
			'According to the article, how many years passed between “Dr Maathai ran for president on the Liberal Party of Kenya ticket” and “Dr Maathai was elected to Parliament”?',
		]);
	});

	it.each(intervals.map(({ question }) => [question.id, question]))(
		'%s cites both dates, shows the subtraction and grades its own key',
		(_, question) => {
			if (question.type !== 'numeric') throw new Error(`${question.id} is a ${question.type}`);
			expect(question.skill).toBe('inference');
			expect(question.prompt).not.toMatch(/\b1\d{3}\b|\b20\d{2}\b/);
			const sources = [question.source, ...(question.moreSources ?? [])];
			expect(sources).toHaveLength(2);
			const years = sources.map((source) => Number(/\d{4}/u.exec(source.highlight ?? '')?.[0]));
			const working = /(\d{4}) − (\d{4}) = (\d+) years/u.exec(question.explanation ?? '');
			expect(working, question.id).not.toBeNull();
			const [later, earlier, difference] = (working?.slice(1) ?? []).map(Number);
			expect(new Set(years)).toEqual(new Set([later, earlier]));
			expect(question.answer).toBe(difference);
			expect(gradeAnswer(question, String(difference))).toMatchObject({ kind: 'exact' });
			expect(gradeAnswer(question, String((difference ?? 0) + 1)).kind).not.toBe('exact');
		},
	);
});
