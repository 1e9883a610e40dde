import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankSize, generateBank, maxBankSize } from '../../src/generate/generate-bank.js';
import { maxFiguresPerSentence } from '../../src/generate/judge/filter.js';
import { sentenceRanges } from '../../src/generate/read/segment.js';

const fill = (piece: string, size: number) =>
	piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

/** Texts that once made the generator take super-linear time, crash, or write 80,000 questions. */
const pathological = {
	'unbalanced quotes': fill('He said “this is open and never closed, ', 40_000),
	'capitalised words': fill('Alpha Beta, Gamma Kazakhstan Putin, Union Bank Court ', 40_000),
	'numbers and dates': fill(
		'In 2019, 45% of 1,200 people paid $3.5 billion on 12 March 2020 and 4 May 2021. ',
		40_000,
	),
	'many quotes': fill('“We will win,” Putin said. “No,” Xi said, “we will.” ', 40_000),
	'mixed scripts': fill(
		'Путин сказал 习近平 said “مرحبا” in Ташкент. Xi met Putin in Samarkand. ',
		40_000,
	),
	punctuation: fill('!?.,;:…—"“”()[]', 40_000),
	'a run of digits': '7'.repeat(40_000),
	'short lines': fill('Xi met Putin in 2022.\n', 40_000),
};

describe('the generator on pathological text', () => {
	it.each(Object.entries(pathological))(
		'%s: a bank or a clear message, never a throw',
		(_name, text) => {
			const result = generateBank({
				articleText: text,
				articleFile: 'a.txt',
				bankFile: 'a.yaml',
				seed: 's',
			});
			if (!result.ok) {
				expect(result.issues[0]?.message).toMatch(/no question could be made/);
				return;
			}
			const made = Object.values(result.report.byType).reduce((sum, count) => sum + count, 0);
			expect(made).toBeLessThanOrEqual(maxBankSize);
		},
	);

	it('asks about at most a few facts of one sentence, however many it holds', () => {
		const text = pathological['numbers and dates'];
		const result = generateBank({
			articleText: text,
			articleFile: 'a.txt',
			bankFile: 'a.yaml',
			seed: 's',
		});
		const sentences = text.split('. ').length;
		const candidates = result.ok
			? result.report.kept.length + result.report.filter.rejections.length
			: Number.POSITIVE_INFINITY;
		// Four candidates per figure at most (choice, fill-in or numeric, true and false), and the
		// sentence itself stated true or false.
		expect(candidates).toBeLessThanOrEqual(sentences * (maxFiguresPerSentence * 4 + 2));
	});

	it('a bank holds at most maxBankSize questions unless --max asks for more', () => {
		expect(bankSize(1_000_000)).toBe(maxBankSize);
		expect(bankSize(1_000_000, 500)).toBe(500);
		expect(bankSize(1_000, 5)).toBe(5);
	});

	it('finds the same sentences in one long line as in short lines', () => {
		const sentence = fc
			.tuple(
				fc.constantFrom('Xi', 'The bank', 'Mr. Kirby', 'Dr. Maathai', 'She'),
				fc.array(fc.constantFrom('met', 'said', 'the', 'U.S.', 'trade', 'in', '2022', 'rose'), {
					minLength: 2,
					maxLength: 12,
				}),
				fc.constantFrom('.', '!', '?', '.”'),
			)
			.map(([subject, words, end]) => `${subject} ${words.join(' ')}${end}`);
		fc.assert(
			fc.property(fc.array(sentence, { minLength: 150, maxLength: 400 }), (sentences) => {
				const line = sentences.join(' ');
				const found = sentenceRanges(line).map(([start, end]) => line.slice(start, end));
				const alone = sentences.flatMap((each) =>
					sentenceRanges(each).map(([start, end]) => each.slice(start, end)),
				);
				expect(found).toEqual(alone);
			}),
			{ numRuns: 20 },
		);
	});
});
