import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Article, parseArticle } from '../core/article.js';
import type { BankIssue } from '../core/bank/issue.js';
import { parseBank } from '../core/bank/parse.js';
import type { Bank } from '../core/bank/schema.js';
import { verifyBank } from '../core/bank/verify.js';

const bundledBankName = path.join('questions', 'putin-xi-sco-2022.yaml');

/** The package folder: the nearest one above this module that holds the bundled bank. */
function packageRoot(from: string): string {
	const parent = path.dirname(from);
	if (existsSync(path.join(from, bundledBankName)) || parent === from) return from;
	return packageRoot(parent);
}

/** The bank that ships with quizline, used when no bank is named. */
export const bundledBankPath = path.join(
	packageRoot(path.dirname(fileURLToPath(import.meta.url))),
	bundledBankName,
);

/** A bank checked against its article, ready to quiz on. */
export type LoadedBank = {
	readonly bank: Bank;
	readonly article: Article;
	/** The bank file as named by the user (for messages). */
	readonly file: string;
	/** A short stable key for the store: the bank file's name without extension. */
	readonly key: string;
};

export type LoadResult =
	| ({ readonly ok: true } & LoadedBank)
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/** Read, parse and verify a bank and its article; problems come back as issues, never thrown. */
export function loadBank(file: string = bundledBankPath, cwd = process.cwd()): LoadResult {
	const shown = displayPath(file, cwd);
	const text = readText(path.resolve(cwd, file));
	if (typeof text !== 'string') return failure(shown, `cannot read the bank: ${text.message}`);
	const parsed = parseBank(text, shown);
	if (!parsed.ok) return parsed;
	const articlePath = path.resolve(cwd, path.dirname(file), parsed.bank.article.file);
	const articleText = readText(articlePath);
	if (typeof articleText !== 'string') {
		return {
			ok: false,
			issues: [
				{
					file: shown,
					...parsed.positions.of('article', 'file'),
					message: `cannot read the article "${parsed.bank.article.file}": ${articleText.message}`,
				},
			],
		};
	}
	const article = parseArticle(articleText);
	const issues = verifyBank(parsed.bank, article, shown, parsed.positions);
	if (issues.length > 0) return { ok: false, issues };
	const key = path.basename(file).replace(/\.ya?ml$/i, '');
	return { ok: true, bank: parsed.bank, article, file: shown, key };
}

/** A path as the user gave it; an absolute one inside the working folder, relative to it. */
function displayPath(file: string, cwd: string): string {
	if (!path.isAbsolute(file)) return file;
	const relative = path.relative(cwd, file);
	return relative === '' || relative.startsWith('..') ? file : relative;
}

function failure(file: string, message: string): LoadResult {
	return { ok: false, issues: [{ file, line: 0, col: 0, message }] };
}

function readText(file: string): string | Error {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return new Error('no such file');
		if (code === 'EISDIR') return new Error('it is a directory');
		return error as Error;
	}
}
