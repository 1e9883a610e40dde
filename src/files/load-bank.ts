import path from 'node:path';
import { parseArticle } from '../core/article.js';
import { parseBank } from '../core/bank/parse.js';
import { verifyBank } from '../core/bank/verify.js';
import { bankKey, bundledBankPath, shownBankName } from './bank-path.js';
import { inputLimit } from './input-limit.js';
import { type LoadResult, loadFailure } from './load-result.js';
import { readText } from './read-text.js';

export { bundledBankPath } from './bank-path.js';

export type { LoadedBank, LoadResult } from './load-result.js';

/**
 * Read, parse and verify a bank and its article, each a regular file within the size limit that
 * `env` sets; problems come back as issues, never thrown.
 */
export function loadBank(
	file: string = bundledBankPath,
	cwd = process.cwd(),
	env: NodeJS.ProcessEnv = process.env,
): LoadResult {
	return loadBankText(file, cwd, env).result;
}

/** `loadBank`, with the bank's text when it could be read (for checks that parse it again). */
export function loadBankText(
	file: string,
	cwd: string,
	env: NodeJS.ProcessEnv,
): { readonly result: LoadResult; readonly text?: string } {
	const shown = shownBankName(file, cwd);
	const limit = inputLimit(env);
	const text = readText(path.resolve(cwd, file), limit);
	if (typeof text !== 'string')
		return { result: loadFailure(shown, `cannot read the bank: ${text.message}`) };
	const folder = path.resolve(cwd, path.dirname(file));
	const result = checkBankText(text, shown, bankKey(file), (name) =>
		readText(path.resolve(folder, name), limit),
	);
	return { result, text };
}

/**
 * Parse and verify a bank's text; its article is read through `readArticle` (given the name the
 * bank uses), so a caller that caches knows exactly which texts were checked.
 */
export function checkBankText(
	text: string,
	shown: string,
	key: string,
	readArticle: (name: string) => string | Error,
): LoadResult {
	const parsed = parseBank(text, shown);
	if (!parsed.ok) return parsed;
	const articleText = readArticle(parsed.bank.article.file);
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
	return { ok: true, bank: parsed.bank, article, file: shown, key };
}
