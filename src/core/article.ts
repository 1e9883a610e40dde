/** An article as numbered lines, the way a bank's `source.line` counts them. */
export type Article = {
	readonly text: string;
	/** Lines without their line breaks; index 0 is line 1. */
	readonly lines: readonly string[];
};

/** Split an article into lines (LF or CRLF), keeping every character of each line. */
export function parseArticle(text: string): Article {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	return { text: body, lines: body.split(/\r?\n/) };
}

/** Where a quote was looked for and what was found. */
type QuoteLookup =
	| { readonly found: true; readonly line: number; readonly column: number }
	| {
			readonly found: false;
			readonly reason: 'no-such-line' | 'not-in-line';
			/** The line that holds the quote verbatim, when another line does. */
			readonly foundOnLine?: number;
			/** The line most like the quote, with a similarity from 0 to 1. */
			readonly closest?: { readonly line: number; readonly similarity: number };
			/** True when the rest of the article was not searched: the budget was spent. */
			readonly cutOff?: boolean;
	  };

/**
 * How many characters of the article the searches for misplaced quotes may still read. One
 * budget serves a whole bank: each quote not on its line costs two passes over the article (the
 * quote verbatim elsewhere, then the closest line), so 300 quotes missing from a 5 MB article
 * stop after a few passes instead of reading 3 GB.
 */
export type SearchBudget = { left: number };

/**
 * Characters of article text one bank's quote searches may read: 600 quotes missing from an
 * article of 80,000 characters, or 8 from one of 5.6 MB.
 */
export const defaultSearchChars = 100_000_000;

/** A fresh budget of `chars` characters of article text. */
export function searchBudget(chars = defaultSearchChars): SearchBudget {
	return { left: chars };
}

/**
 * Check that `quote` stands byte for byte on 1-based `line` of the article. When it does not, the
 * rest of the article is searched for it and for the closest line, while `budget` lasts.
 */
export function findQuote(
	article: Article,
	line: number,
	quote: string,
	budget: SearchBudget = searchBudget(),
): QuoteLookup {
	const text = article.lines[line - 1];
	if (text !== undefined) {
		const column = text.indexOf(quote);
		if (column >= 0) return { found: true, line, column: column + 1 };
	}
	const reason = text === undefined ? 'no-such-line' : 'not-in-line';
	const cost = article.text.length;
	if (budget.left < cost) return { found: false, reason, cutOff: true };
	budget.left -= cost;
	const foundOnLine = article.lines.findIndex((candidate) => candidate.includes(quote));
	if (foundOnLine >= 0) return { found: false, reason, foundOnLine: foundOnLine + 1 };
	if (budget.left < cost) return { found: false, reason, cutOff: true };
	budget.left -= cost;
	return { found: false, reason, closest: closestLine(article, quote) };
}

/**
 * The line whose character bigrams best cover the quote's: for each of the quote's bigrams, as
 * many as the line also has, over how many the quote has. One pass over the article, reading
 * each character once (a bigram is a number, not a string).
 */
function closestLine(article: Article, quote: string) {
	const slot = new Map<number, number>();
	const wanted: number[] = [];
	for (let i = 0; i < quote.length - 1; i++) {
		const pair = quote.charCodeAt(i) * 0x10000 + quote.charCodeAt(i + 1);
		const at = slot.get(pair);
		if (at === undefined) {
			slot.set(pair, wanted.length);
			wanted.push(1);
		} else wanted[at] = (wanted[at] as number) + 1;
	}
	const total = quote.length - 1;
	const used = new Int32Array(wanted.length);
	const touched: number[] = [];
	let best: { line: number; similarity: number } | undefined;
	article.lines.forEach((text, index) => {
		let shared = 0;
		for (let i = 0; i < text.length - 1; i++) {
			const at = slot.get(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
			if (at === undefined) continue;
			if (used[at] === 0) touched.push(at);
			if ((used[at] as number) < (wanted[at] as number)) shared++;
			used[at] = (used[at] as number) + 1;
		}
		for (const at of touched) used[at] = 0;
		touched.length = 0;
		const similarity = total <= 0 ? 0 : shared / total;
		if (!best || similarity > best.similarity) best = { line: index + 1, similarity };
	});
	return best;
}

/** Where the answer span sits inside a quote, for highlighting. */
type Span = { readonly start: number; readonly end: number };

/** Find `needle` in `haystack`, exactly first, then ignoring case; undefined when absent. */
export function findSpan(haystack: string, needle: string): Span | undefined {
	if (needle.length === 0) return undefined;
	let start = haystack.indexOf(needle);
	if (start < 0) start = haystack.toLocaleLowerCase('en').indexOf(needle.toLocaleLowerCase('en'));
	return start < 0 ? undefined : { start, end: start + needle.length };
}
