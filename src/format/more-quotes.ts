// Every line a question's answer draws on (its source and further sources), each cut around its highlight.
import { findSpan } from '../core/article.js';
import type { Question } from '../core/bank/schema.js';
import { type QuoteParts, quoteParts } from './quote.js';

type Source = { readonly line: number; readonly quote: string; readonly highlight?: string };

/** The source's quote parts first, then each further source's, as the bank lists them. */
export function allQuoteParts(question: Question): QuoteParts[] {
	return [quoteParts(question), ...(question.moreSources ?? []).map(sourceParts)];
}

/** A further source cut around its highlight (the quote unmarked when there is none). */
function sourceParts({ line, quote, highlight }: Source): QuoteParts {
	const span = highlight === undefined ? undefined : findSpan(quote, highlight);
	if (!span) return { line, before: quote, span: '', after: '' };
	const { start, end } = span;
	return {
		line,
		before: quote.slice(0, start),
		span: quote.slice(start, end),
		after: quote.slice(end),
	};
}
