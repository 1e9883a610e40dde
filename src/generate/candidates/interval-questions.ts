// Candidates: "how many years passed between …?" on two events the text dates apart.
import type { DatedEvent } from '../facts/events.js';
import type { Fact } from '../facts/facts.js';
import type { Candidate } from './candidate.js';
import { common, type FactView } from './question-parts.js';

type IntervalView = FactView & { readonly fact: Extract<Fact, { kind: 'interval' }> };

/** The lead of an interval question; the two events follow it, earlier first. */
export const intervalLead = 'According to the article, how many years passed between';

/**
 * A numeric question on the whole years between two dated events, each restated without its
 * date: the reader finds both dates and subtracts; the explanation shows the working.
 */
export function intervalQuestion(view: IntervalView): Candidate {
	const { fact } = view;
	const { earlier, later, years } = fact.interval;
	const prompt = `${intervalLead} “${earlier.text}” and “${later.text}”?`;
	const dated = (event: DatedEvent) => `“${event.text}” to ${event.date.text}`;
	const explanation =
		earlier.line === later.line
			? `Line ${later.line} dates ${dated(earlier)} and ${dated(later)}: ${later.when.year} − ${earlier.when.year} = ${years} years.`
			: `Line ${earlier.line} dates ${dated(earlier)}, and line ${later.line} dates ${dated(later)}: ${later.when.year} − ${earlier.when.year} = ${years} years.`;
	const highlightOf = (event: DatedEvent) =>
		event.sentence.text.indexOf(event.date.text) === event.date.start - event.sentence.start
			? { highlight: event.date.text }
			: {};
	return {
		question: {
			...common(view, prompt, later.date.text),
			moreSources: [{ line: earlier.line, quote: earlier.sentence.text, ...highlightOf(earlier) }],
			explanation,
			type: 'numeric',
			answer: years,
			unit: 'years',
		},
		fact,
		answerForms: [`${years} years`],
		shownText: prompt,
	};
}
