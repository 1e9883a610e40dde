// The quick load of a bank (line reader, JSON Schema check) beside the exact one (the `yaml`
// package, zod): a valid bank loads to the same bank either way; a bank with any problem, or of a
// shape the line reader leaves alone, is not loaded quickly, and loadBankCached then gives the
// very issues loadBank gives, each with its file, line:col and question.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledBankPath } from '../../src/files/bank-path.js';
import { checkBankText, loadBank } from '../../src/files/load-bank.js';
import { loadBankCached } from '../../src/files/load-bank-cached.js';
import { quickCheckBankText } from '../../src/files/load-bank-quick.js';

let dir = '';
const bundled = readFileSync(bundledBankPath, 'utf8');
const articleText = readFileSync(bundledBankPath.replace(/\.yaml$/, '.txt'), 'utf8');

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'quizline-quick-test-'));
	copyFileSync(bundledBankPath.replace(/\.yaml$/, '.txt'), path.join(dir, 'putin-xi-sco-2022.txt'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const readArticle = (name: string) =>
	name === 'putin-xi-sco-2022.txt' ? articleText : new Error('no such file');

/** The bundled bank with `from` replaced by `to` (which must be found). */
function edited(from: string | RegExp, to: string): string {
	const text = bundled.replace(from, to);
	expect(text).not.toBe(bundled);
	return text;
}

/** Banks with a problem, each of a kind the quick path must leave to the exact one. */
const invalid: [string, string][] = [
	['a quote left open', edited('type: choice', 'type: "choice')],
	['an unknown type', edited('type: choice', 'type: choise')],
	['a missing answer', edited('    answer: its balanced position\n', '')],
	['an unknown field', edited('    skill: recall\n', '    skill: recall\n    level: 2\n')],
	['a repeated key', edited('    skill: recall\n', '    skill: recall\n    skill: recall\n')],
	[
		'a repeated id',
		edited('id: questions-concerns-diverging-views', 'id: putin-praises-balanced-position'),
	],
	[
		'a quote not in the article',
		edited('quote: over the protracted military assault', 'quote: over the long assault'),
	],
	['an answer not among the choices', edited('answer: its balanced position', 'answer: its poise')],
	[
		'an escape character in a prompt',
		edited('prompt: "Which quality', 'prompt: "\u001b[2JWhich quality'),
	],
	['a line number of 0', edited(/line: 1\n/, 'line: 0\n')],
	['a tab for indentation', edited('    type: choice', '\ttype: choice')],
	['an empty prompt', edited(/prompt: "Which quality[^\n]*/, 'prompt: ""')],
	['a text where a list belongs', edited('tags: [diplomacy, ukraine]', 'tags: diplomacy')],
	['an alias to no anchor', edited('tags: [diplomacy, ukraine]', 'tags: *nothing')],
	['prose', `${articleText}\n`],
	['nothing', ''],
];

describe('the quick load of a bank', () => {
	it('loads the bundled bank to what the exact load gives', () => {
		const quick = quickCheckBankText(bundled, 'bank.yaml', 'bank', readArticle);
		expect(quick).toBeDefined();
		expect(quick).toEqual(checkBankText(bundled, 'bank.yaml', 'bank', readArticle));
	});

	it.each(invalid)('leaves a bank with %s to the exact load, which gives its issues', (_, text) => {
		expect(quickCheckBankText(text, 'bank.yaml', 'bank', readArticle)).toBeUndefined();
		const exact = checkBankText(text, 'bank.yaml', 'bank', readArticle);
		expect(exact.ok).toBe(false);
	});

	it.each(invalid)(
		'a bank with %s: loadBankCached gives the issues loadBank gives',
		async (_, text) => {
			const bank = path.join(dir, 'bank.yaml');
			writeFileSync(bank, text);
			const env = { QUIZLINE_CACHE_DIR: path.join(dir, 'cache') };
			const expected = loadBank(bank, dir, env);
			expect(expected.ok).toBe(false);
			expect(await loadBankCached(bank, { cwd: dir, env })).toEqual(expected);
		},
	);

	it('a missing article is left to the exact load, which names it', () => {
		const text = edited('file: putin-xi-sco-2022.txt', 'file: gone.txt');
		expect(quickCheckBankText(text, 'bank.yaml', 'bank', readArticle)).toBeUndefined();
		const exact = checkBankText(text, 'bank.yaml', 'bank', readArticle);
		expect(!exact.ok && exact.issues[0]).toMatchObject({ line: 3, col: 9 });
	});

	it.each([
		[
			'block scalars',
			edited(
				'    explanation: The article reads the remark',
				'    explanation: >-\n      The article reads the remark',
			),
		],
		['a document marker', `---\n${bundled}`],
		[
			'a flow map',
			edited(
				'    source:\n      line: 1\n      quote: in what appeared to be a veiled admission of their diverging views\n      highlight: a veiled admission of their diverging views\n',
				'    source: {line: 1, quote: in what appeared to be a veiled admission of their diverging views, highlight: a veiled admission of their diverging views}\n',
			),
		],
		['CRLF line ends', bundled.replaceAll('\n', '\r\n')],
	])(
		'a valid bank with %s is left to the exact load, and loads the same through loadBankCached',
		async (_, text) => {
			const bank = path.join(dir, 'bank.yaml');
			writeFileSync(bank, text);
			const env = { QUIZLINE_CACHE_DIR: path.join(dir, 'cache') };
			expect(quickCheckBankText(text, 'bank.yaml', 'bank', readArticle)).toBeUndefined();
			const expected = loadBank(bank, dir, env);
			expect(expected.ok).toBe(true);
			expect(await loadBankCached(bank, { cwd: dir, env })).toEqual(expected);
		},
	);
});
