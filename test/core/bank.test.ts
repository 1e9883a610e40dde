import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/core/article.js';
import { formatIssue } from '../../src/core/bank/issue.js';
import { parseBank } from '../../src/core/bank/parse.js';
import { verifyBank } from '../../src/core/bank/verify.js';

const article = parseArticle(
	readFileSync(new URL('../../questions/putin-xi-sco-2022.txt', import.meta.url), 'utf8'),
);
const bankText = readFileSync(
	new URL('../../questions/putin-xi-sco-2022.yaml', import.meta.url),
	'utf8',
);

const header = 'article:\n  file: a.txt\n  title: T\nquestions:\n';
const question = (body: string) =>
	`${header}  - id: q-one\n    prompt: P?\n    source: {line: 15, quote: "exceeded $140 billion last year"}\n${body}`;

function issuesOf(text: string) {
	const parsed = parseBank(text, 'bank.yaml');
	if (!parsed.ok) return parsed.issues.map(formatIssue);
	return verifyBank(parsed.bank, article, 'bank.yaml', parsed.positions).map(formatIssue);
}

describe('parseBank and verifyBank', () => {
	it('accepts the bundled bank', () => {
		expect(issuesOf(bankText)).toEqual([]);
	});

	it.each([
		['YAML syntax', `${header}  - id: [unclosed\n`, /^bank\.yaml:6:1: Flow sequence/],
		[
			'missing field',
			question('    type: choice\n    answer: x\n'),
			/bank\.yaml:5:\d+: question "q-one": missing field "choices"/,
		],
		[
			'unknown type',
			question('    type: essay\n'),
			/bank\.yaml:8:11: question "q-one": "type": .*Expected 'choice' \| 'truefalse' \| 'short' \| 'numeric'/,
		],
		[
			'wrong field type',
			question('    type: truefalse\n    answer: "yes"\n'),
			/bank\.yaml:9:13: question "q-one": "answer": .*expected boolean/,
		],
		[
			'unknown field',
			question('    type: truefalse\n    answer: true\n    hint: x\n'),
			/bank\.yaml:10:5: question "q-one": unknown field "hint"/,
		],
		[
			'answer not a choice',
			question('    type: choice\n    choices: [a, b]\n    answer: c\n'),
			/bank\.yaml:10:13: question "q-one": answer "c" is not among the choices/,
		],
		[
			'repeated choice',
			question('    type: choice\n    choices: [a, A]\n    answer: a\n'),
			/question "q-one": choice "A" repeats choice 1/,
		],
	])('%s', (_name, text, pattern) => {
		const issues = issuesOf(text);
		expect(
			issues.some((issue) => pattern.test(issue)),
			issues.join('\n'),
		).toBe(true);
	});

	it('reports a highlight that is only a pronoun, and passes one that names the speaker', () => {
		const bank = (highlight: string) =>
			`${header}  - id: who-said-trade\n    type: short\n    prompt: Who said it?\n    answer: Vladimir Putin\n    source:\n      line: 15\n      quote: "Putin stressed the deepening economic ties between China and Russia, noting bilateral trade exceeded $140 billion last year. “I am convinced that by the end of the year we will reach new record levels, and in the near future, as agreed, we will increase our annual trade turnover to $200 billion or more,” he said."\n      highlight: ${highlight}\n`;
		expect(issuesOf(bank('he said'))).toEqual([
			expect.stringMatching(
				/^bank\.yaml:\d+:\d+: question "who-said-trade": highlight "he said" is only a pronoun; expected the words that show the answer/,
			),
		]);
		expect(issuesOf(bank('Putin'))).toEqual([]);
	});

	it('names the question and the line of a quote changed by one character', () => {
		const broken = bankText.replace('exceeded $140 billion', 'exceeded $141 billion');
		expect(broken).not.toBe(bankText);
		const issues = issuesOf(broken);
		expect(issues.length).toBeGreaterThan(0);
		expect(issues[0]).toMatch(
			/^bank\.yaml:\d+:\d+: question "[a-z0-9-]+": quote not found on line 15; closest is line 15/,
		);
	});

	it('points at the line that does hold a quote given the wrong line', () => {
		const text = question('    type: truefalse\n    answer: true\n').replace('line: 15', 'line: 3');
		expect(issuesOf(text)[0]).toContain('quote not found on line 3; it stands on line 15');
	});

	it('reports a duplicate id at the second use', () => {
		const one =
			'  - {id: a, type: truefalse, prompt: P, answer: true, source: {line: 1, quote: Putin}}\n';
		expect(issuesOf(`${header}${one}${one}`)).toEqual([
			'bank.yaml:6:10: question "a": duplicate id (first used by question #1)',
		]);
	});
});

describe('order questions, two-part questions and more sources', () => {
	const order = (answer: string, items = '[first, second, third]') =>
		question(`    type: order\n    items: ${items}\n    answer: ${answer}\n`);

	it('accepts an order whose answer names each item once', () => {
		expect(issuesOf(order('[c, a, b]'))).toEqual([]);
	});

	it.each([
		[
			'a letter twice',
			order('[a, a, b]'),
			/bank\.yaml:\d+:\d+: question "q-one": .*expected each of the letters a, b, c once/,
		],
		['a letter past the items', order('[a, b, d]'), /expected each of the letters a, b, c once/],
		['too few items', order('[a, b]', '[first, second]'), /question "q-one": .*items/],
		['an item twice', order('[a, b, c]', '[first, first, third]'), /item "first" repeats item 1/],
	])('reports %s', (_, text, expected) => {
		expect(issuesOf(text).join('\n')).toMatch(expected);
	});

	it('checks that the answer of part B is among its choices, with its position', () => {
		const text = question(
			'    type: truefalse\n    answer: true\n    support:\n      choices: [one line, another]\n      answer: a third\n',
		);
		expect(issuesOf(text).join('\n')).toMatch(
			/bank\.yaml:12:15: question "q-one": answer "a third" is not among the choices/,
		);
	});

	it('verifies every further source against the article', () => {
		const text = question(
			'    type: truefalse\n    answer: true\n    moreSources:\n      - {line: 15, quote: "not in the article at all"}\n',
		);
		expect(issuesOf(text).join('\n')).toMatch(
			/bank\.yaml:11:27: question "q-one": quote not found on line 15/,
		);
	});
});

describe('parseBank given an article instead of a bank', () => {
	const articleText = readFileSync(
		new URL('../../questions/putin-xi-sco-2022.txt', import.meta.url),
		'utf8',
	);
	const fixtures = new URL('../fixtures/articles/', import.meta.url);

	it('says it is an article and how to make a bank from it', () => {
		const parsed = parseBank(articleText, 'news/putin.txt');
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.issues.map(formatIssue)).toEqual([
			'news/putin.txt: this is an article, not a question bank: make a bank from it with: quizline generate news/putin.txt -o news/putin.yaml',
		]);
	});

	it.each(['harbour-barrier-news.txt', 'lighthouse-story.txt', 'vessel-lake-observatory.txt'])(
		'recognises another article, %s',
		(name) => {
			const parsed = parseBank(readFileSync(new URL(name, fixtures), 'utf8'), name);
			expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.message)).toEqual([
				expect.stringContaining('this is an article'),
			]);
		},
	);

	it.each([
		['a bank with a syntax error', `${header}  - id: [broken\n`],
		['a YAML mapping of other keys', 'title: T\nfoo: bar\n'],
		['an empty file', ''],
		[
			'an answer sheet',
			'student: Bo Chen\nanswers:\n  vocab-protracted: launched without any warning at all today\n',
		],
		['a bank whose keys are quoted', '"article":\n  file: a.txt\n"questions": []\n'],
	])('leaves %s to the YAML and schema checks', (_name, text) => {
		const parsed = parseBank(text, 'bank.yaml');
		const messages = parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
		expect(messages.join('\n')).not.toContain('this is an article');
	});
});
