// Candidates: "put these events in order" on a sequence of dated events.
import type { Fact } from '../facts/facts.js';
import type { Candidate } from './candidate.js';
import { orderParts } from './order-parts.js';
import { common, type FactView } from './question-parts.js';

type SequenceView = FactView & { readonly fact: Extract<Fact, { kind: 'sequence' }> };

/** An order question on the sequence's events, shown in an order drawn from the seed. */
export function orderQuestion(view: SequenceView): Candidate {
	const { fact } = view;
	const parts = orderParts(fact.sequence, view.rng);
	return {
		question: {
			...common(view, parts.prompt),
			source: parts.source,
			...(parts.moreSources.length > 0 ? { moreSources: [...parts.moreSources] } : {}),
			explanation: parts.explanation,
			type: 'order',
			items: [...parts.items],
			answer: [...parts.answer],
		},
		fact,
		answerForms: [],
		shownText: parts.items.join('\n'),
	};
}
