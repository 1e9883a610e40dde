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
export type QuoteLookup =
	| { readonly found: true; readonly line: number; readonly column: number }
	| {
			readonly found: false;
			readonly reason: 'no-such-line' | 'not-in-line';
			/** The line that holds the quote verbatim, when another line does. */
			readonly foundOnLine?: number;
			/** The line most like the quote, with a similarity from 0 to 1. */
			readonly closest?: { readonly line: number; readonly similarity: number };
	  };

/** Check that `quote` stands byte for byte on 1-based `line` of the article. */
export function findQuote(article: Article, line: number, quote: string): QuoteLookup {
	const text = article.lines[line - 1];
	if (text !== undefined) {
		const column = text.indexOf(quote);
		if (column >= 0) return { found: true, line, column: column + 1 };
	}
	const reason = text === undefined ? 'no-such-line' : 'not-in-line';
	const foundOnLine = article.lines.findIndex((candidate) => candidate.includes(quote));
	if (foundOnLine >= 0) return { found: false, reason, foundOnLine: foundOnLine + 1 };
	return { found: false, reason, closest: closestLine(article, quote) };
}

/** The line whose best-matching window is most like the quote (character bigram overlap). */
function closestLine(article: Article, quote: string) {
	const wanted = bigrams(quote);
	let best: { line: number; similarity: number } | undefined;
	article.lines.forEach((text, index) => {
		const similarity = dice(wanted, bigrams(text));
		if (!best || similarity > best.similarity) best = { line: index + 1, similarity };
	});
	return best;
}

function bigrams(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (let i = 0; i < text.length - 1; i++) {
		const pair = text.slice(i, i + 2);
		counts.set(pair, (counts.get(pair) ?? 0) + 1);
	}
	return counts;
}

/** Share of the quote's bigrams that the line also has. */
function dice(quote: Map<string, number>, line: Map<string, number>): number {
	let shared = 0;
	let total = 0;
	for (const [pair, count] of quote) {
		total += count;
		shared += Math.min(count, line.get(pair) ?? 0);
	}
	return total === 0 ? 0 : shared / total;
}

/** Where the answer span sits inside a quote, for highlighting. */
export type Span = { readonly start: number; readonly end: number };

/** Find `needle` in `haystack`, exactly first, then ignoring case; undefined when absent. */
export function findSpan(haystack: string, needle: string): Span | undefined {
	if (needle.length === 0) return undefined;
	let start = haystack.indexOf(needle);
	if (start < 0) start = haystack.toLocaleLowerCase('en').indexOf(needle.toLocaleLowerCase('en'));
	return start < 0 ? undefined : { start, end: start + needle.length };
}
