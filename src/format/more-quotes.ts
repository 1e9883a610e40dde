// Every line a question's answer draws on: its source, then its further sources, each cut around its highlight.
import type { Question } from '../core/bank/schema.js';
import { type QuoteParts, quoteParts, sourceQuoteParts } from './quote.js';

/** The source's quote parts first, then each further source's, as the bank lists them. */
export function allQuoteParts(question: Question): QuoteParts[] {
	return [quoteParts(question), ...(question.moreSources ?? []).map(sourceQuoteParts)];
}
