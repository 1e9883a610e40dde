import bankJsonSchema from '../../questions/schema.json' with { type: 'json' };
import { parseArticle } from '../core/article.js';
import { noPositions, quickParseBank } from '../core/bank/quick-parse.js';
import { verifyBank } from '../core/bank/verify.js';
import { readPlainYaml } from '../core/yaml/line-yaml.js';
import type { LoadResult } from './load-result.js';

/**
 * `checkBankText` (load-bank.ts) for a valid bank of the usual shape, without the `yaml` package
 * or zod: the same loaded bank. Undefined when the bank is not valid in any way, its YAML is of
 * a shape the line reader leaves to the full parser, or its article cannot be read; the caller
 * then runs `checkBankText`, whose messages give file, line:col and question.
 */
export function quickCheckBankText(
	text: string,
	shown: string,
	key: string,
	readArticle: (name: string) => string | Error,
): LoadResult | undefined {
	const read = readPlainYaml(text);
	const bank = read && quickParseBank(text, read.data, bankJsonSchema);
	if (!bank) return undefined;
	const articleText = readArticle(bank.article.file);
	if (typeof articleText !== 'string') return undefined;
	const article = parseArticle(articleText);
	if (verifyBank(bank, article, shown, noPositions).length > 0) return undefined;
	return { ok: true, bank, article, file: shown, key };
}
