import type { Question } from '../core/bank/schema.js';
import { answerSpan } from '../core/bank/verify.js';

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
	const span = answerSpan(question);
	if (!span) return { line, before: quote, span: '', after: '' };
	return {
		line,
		before: quote.slice(0, span.start),
		span: quote.slice(span.start, span.end),
		after: quote.slice(span.end),
	};
}
