import { findSpan } from '../core/article.js';
import type { Question } from '../core/bank/schema.js';
import { answerSpan } from '../core/bank/verify.js';
import { safeText } from '../core/safe-text.js';

/** A quote cut around its answer span, so any renderer can highlight the middle. */
export type QuoteParts = {
	readonly line: number;
	readonly before: string;
	readonly span: string;
	readonly after: string;
};

/** Split a question's source quote into text before, inside and after the answer span. */
export function quoteParts(question: Question): QuoteParts {
	const { line, quote } = question.source;
	return cutAround(line, quote, answerSpan(question));
}

/** A further source's quote (`moreSources`), cut around its highlight when it has one. */
export function sourceQuoteParts(source: Question['source']): QuoteParts {
	const { line, quote, highlight } = source;
	return cutAround(line, quote, highlight === undefined ? undefined : findSpan(quote, highlight));
}

function cutAround(
	line: number,
	quote: string,
	span: { readonly start: number; readonly end: number } | undefined,
): QuoteParts {
	if (!span) return { line, before: quote, span: '', after: '' };
	return {
		line,
		before: quote.slice(0, span.start),
		span: quote.slice(span.start, span.end),
		after: quote.slice(span.end),
	};
}

/** A hint: the quote with the answer span blanked (or, for a figure, its digits). */
export function quoteHint(question: Question): string {
	const parts = quoteParts(question);
	if (parts.span) {
		const letters = [...parts.span];
		// A fill-in prompt already quotes the sentence around its blank: give its first letter too.
		const isInPrompt =
			question.prompt.includes(parts.before.trim()) && question.prompt.includes(parts.after.trim());
		const blank = isInPrompt
			? `${letters[0]}${'_'.repeat(Math.min(11, letters.length - 1))}`
			: '_'.repeat(Math.min(12, letters.length));
		return `${parts.before}${blank}${parts.after}`;
	}
	if (question.type === 'numeric') return question.source.quote.replace(/\d[\d,.]*/g, '___');
	return question.source.quote;
}

/** A paragraph cut around the question's quote, the quote itself cut around its answer span. */
type ParagraphParts = {
	readonly before: string;
	readonly quote: QuoteParts;
	readonly after: string;
};

/** Where the quote stands in its paragraph (one line of the article is one paragraph). */
export function paragraphParts(paragraph: string, question: Question): ParagraphParts {
	const quote = quoteParts(question);
	const at = paragraph.indexOf(question.source.quote);
	// The bank's quote was checked for control characters; the rest of the line was not.
	if (at < 0) {
		const empty = { ...quote, before: '', span: '', after: '' };
		return { before: safeText(paragraph), quote: empty, after: '' };
	}
	return {
		before: safeText(paragraph.slice(0, at)),
		quote,
		after: safeText(paragraph.slice(at + question.source.quote.length)),
	};
}
