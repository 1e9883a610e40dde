import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	defaultSearchChars,
	findQuote,
	parseArticle,
	searchBudget,
} from '../../src/core/article.js';
import { formatIssue } from '../../src/core/bank/issue.js';
import { parseBank } from '../../src/core/bank/parse.js';
import { verifyBank } from '../../src/core/bank/verify.js';

// 300 quotes missing from a 5.6 MB article hung the closest-line search (issue 10): each
// quote built a map of every line's bigrams. Now each missing quote reads the article at most
// twice, counted against one budget per bank, and past it the quote is reported unsearched.

/** The closest line as it was found before: string bigrams, a map per line. */
function referenceClosest(lines: readonly string[], quote: string) {
	const bigrams = (text: string) => {
		const counts = new Map<string, number>();
		for (let i = 0; i < text.length - 1; i++) {
			const pair = text.slice(i, i + 2);
			counts.set(pair, (counts.get(pair) ?? 0) + 1);
		}
		return counts;
	};
	const wanted = bigrams(quote);
	let best: { line: number; similarity: number } | undefined;
	lines.forEach((text, index) => {
		const have = bigrams(text);
		let shared = 0;
		let total = 0;
		for (const [pair, count] of wanted) {
			total += count;
			shared += Math.min(count, have.get(pair) ?? 0);
		}
		const similarity = total === 0 ? 0 : shared / total;
		if (!best || similarity > best.similarity) best = { line: index + 1, similarity };
	});
	return best;
}

const sentence = 'The delegates met in Samarkand on Thursday; the talks went on into the night.';
/** An article of about `chars` characters: numbered copies of one sentence. */
const articleOf = (chars: number) =>
	parseArticle(
		Array.from(
			{ length: Math.ceil(chars / (sentence.length + 8)) },
			(_, i) => `${sentence} (${i})`,
		).join('\n'),
	);

describe('closest line', () => {
	it('is the line the reference finds, with the same similarity', () => {
		const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '“', '\u{1F600}') });
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), text, (lines, quote) => {
				const article = parseArticle(lines.join('\n'));
				const lookup = findQuote(article, 1, `${quote}\n`);
				expect(lookup).toMatchObject({ found: false });
				if (lookup.found) return;
				expect(lookup.closest).toEqual(referenceClosest(article.lines, `${quote}\n`));
			}),
			{ numRuns: 300 },
		);
	});

	it('reads the article once to find the quote elsewhere, once more for the closest line', () => {
		for (const size of [10_000, 100_000, 1_000_000]) {
			const article = articleOf(size);
			const budget = searchBudget();
			const lookup = findQuote(article, 1, 'a quote that is nowhere', budget);
			expect(lookup).toMatchObject({ found: false, closest: { line: 1 } });
			expect(defaultSearchChars - budget.left).toBe(2 * article.text.length);
			const elsewhere = searchBudget();
			expect(findQuote(article, 1, '(7)', elsewhere)).toMatchObject({ foundOnLine: 8 });
			expect(defaultSearchChars - elsewhere.left).toBe(article.text.length);
			const onItsLine = searchBudget();
			expect(findQuote(article, 3, '(2)', onItsLine)).toMatchObject({ found: true });
			expect(onItsLine.left).toBe(defaultSearchChars);
		}
	});

	it('is not searched for once the budget is spent', () => {
		const article = articleOf(10_000);
		const budget = searchBudget(3 * article.text.length);
		expect(findQuote(article, 1, 'nowhere', budget)).toMatchObject({ closest: { line: 1 } });
		expect(findQuote(article, 1, 'nowhere', budget)).toEqual({
			found: false,
			reason: 'not-in-line',
			cutOff: true,
		});
		expect(budget.left).toBe(0);
		expect(findQuote(article, 2, '(1)', budget)).toMatchObject({ found: true, line: 2 });
	});
});

describe('a bank of 300 quotes missing from a 5.6 MB article', () => {
	it('is refused with every quote on its line:col, the first few with their closest line', () => {
		const article = articleOf(5.6 * 1024 * 1024);
		const questions = Array.from(
			{ length: 300 },
			(_, i) =>
				`  - {id: q${i}, type: truefalse, prompt: P, answer: true, source: {line: ${i + 1}, quote: "said nothing ${i}"}}\n`,
		).join('');
		const text = `article: {file: big.txt, title: T}\nquestions:\n${questions}`;
		const parsed = parseBank(text, 'bank.yaml');
		if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
		const issues = verifyBank(parsed.bank, article, 'bank.yaml', parsed.positions).map(formatIssue);
		// 100 million characters of search are 8 two-pass searches of 6 million.
		const searched = Math.floor(defaultSearchChars / (2 * article.text.length));
		expect(searched).toBe(8);
		expect(issues).toHaveLength(51);
		expect(issues[0]).toMatch(
			/^bank\.yaml:3:\d+: question "q0": quote not found on line 1; closest is line \d+ \(\d+% alike\)/,
		);
		expect(issues.filter((issue) => issue.includes('; closest is line'))).toHaveLength(searched);
		expect(issues[searched]).toMatch(
			new RegExp(
				`^bank\\.yaml:${searched + 3}:\\d+: question "q${searched}": quote not found on line ${searched + 1}; the rest of the article was not searched for it \\(too many quotes are missing\\)$`,
			),
		);
		expect(issues[50]).toBe('bank.yaml: … and 250 more problems in this file');
	});
});
