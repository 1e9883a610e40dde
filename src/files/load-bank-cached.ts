import path from 'node:path';
import { parseArticle } from '../core/article.js';
import { cacheDirectory, readCachedBank, writeCachedBank } from './bank-cache.js';
import { bankKey, bundledBankPath, shownBankName } from './bank-path.js';
import { inputLimit } from './input-limit.js';
import { quickCheckBankText } from './load-bank-quick.js';
import { type LoadResult, loadFailure } from './load-result.js';
import { readText } from './read-text.js';

/** Where to look for files and settings. */
export type LoadBankOptions = { readonly cwd: string; readonly env: NodeJS.ProcessEnv };

/**
 * `loadBank` with a cache of validated banks: when the bank and its article are byte for byte
 * as last validated, neither YAML nor the schema is loaded. Otherwise a valid bank is read
 * quickly (load-bank-quick.ts) and any other by `checkBankText`. The result is the same
 * whichever way it came.
 */
export async function loadBankCached(
	file: string = bundledBankPath,
	options: LoadBankOptions,
): Promise<LoadResult> {
	const shown = shownBankName(file, options.cwd);
	const bankPath = path.resolve(options.cwd, file);
	const limit = inputLimit(options.env);
	const text = readText(bankPath, limit);
	if (typeof text !== 'string') return loadFailure(shown, `cannot read the bank: ${text.message}`);
	const key = bankKey(file);
	const dir = cacheDirectory(options.env);
	const hit = readCachedBank(dir, bankPath, text, limit);
	if (hit)
		return { ok: true, bank: hit.bank, article: parseArticle(hit.articleText), file: shown, key };
	// A miss reads a valid bank of the usual shape quickly, with code small enough to start with
	// every command; any other bank, and every bank with a problem, loads the `yaml` package and
	// zod, to say where each problem is.
	let articleText: string | undefined;
	const readArticle = (name: string) => {
		const read = readText(path.resolve(path.dirname(bankPath), name), limit);
		articleText = typeof read === 'string' ? read : undefined;
		return read;
	};
	let result = quickCheckBankText(text, shown, key, readArticle);
	if (!result) {
		const { checkBankText } = await import('./load-bank.js');
		result = checkBankText(text, shown, key, readArticle);
	}
	if (result.ok && articleText !== undefined) {
		writeCachedBank(dir, bankPath, text, { bank: result.bank, articleText });
	}
	return result;
}
