import type { Article } from '../core/article.js';
import type { BankIssue } from '../core/bank/issue.js';
import type { Bank } from '../core/bank/schema.js';

/** A bank checked against its article, ready to quiz on. */
export type LoadedBank = {
	readonly bank: Bank;
	readonly article: Article;
	/** The bank file as named by the user (for messages). */
	readonly file: string;
	/** A short stable key for the store: the bank file's name without extension. */
	readonly key: string;
};

/** A loaded bank, or every problem that kept it from loading. */
export type LoadResult =
	| ({ readonly ok: true } & LoadedBank)
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/** A load failure with one message and no place in the file. */
export function loadFailure(file: string, message: string): LoadResult {
	return { ok: false, issues: [{ file, line: 0, col: 0, message }] };
}
