// Facts: dated events grouped into sets of three to five that the text puts clearly in order.
import { normalizeText } from '../../core/grade/normalize.js';
import { compareWhen, whenOrder } from './event-dates.js';
import type { DatedEvent } from './events.js';

/** Events of one ordering question, earliest first. */
export type Sequence = { readonly events: readonly DatedEvent[] };

/** The fewest and the most events one ordering question shows. */
export const sequenceSize = { least: 3, most: 5 } as const;
/** Events enough for a second question on other events. */
const secondQuestionAt = 8;

/**
 * Chains of events every two of which the text dates apart (no shared day, no "2009" beside
 * "July 18, 2009"), split into one or two questions that each span the chain.
 */
export function findSequences(events: readonly DatedEvent[]): Sequence[] {
	const chain = orderedChain(events);
	if (chain.length < sequenceSize.least) return [];
	const count = chain.length >= secondQuestionAt ? 2 : 1;
	const groups: DatedEvent[][] = Array.from({ length: count }, () => []);
	for (const [index, event] of chain.entries()) groups[index % count]?.push(event);
	return groups
		.map((group) => spread(group, sequenceSize.most))
		.filter((group) => group.length >= sequenceSize.least)
		.map((group) => ({ events: group }));
}

/** The events sorted by date, keeping only those each earlier one is clearly before. */
function orderedChain(events: readonly DatedEvent[]): DatedEvent[] {
	const sorted = [...events].sort(
		(a, b) => whenOrder(a.when) - whenOrder(b.when) || a.sentence.index - b.sentence.index,
	);
	const chain: DatedEvent[] = [];
	const seen = new Set<string>();
	for (const event of sorted) {
		const text = normalizeText(event.text);
		if (seen.has(text)) continue;
		const last = chain.at(-1);
		if (last && !((compareWhen(last.when, event.when) ?? 0) < 0)) continue;
		seen.add(text);
		chain.push(event);
	}
	return chain;
}

/** At most `most` items, evenly spaced from first to last. */
function spread<T>(items: readonly T[], most: number): T[] {
	if (items.length <= most) return [...items];
	return Array.from(
		{ length: most },
		(_, index) => items[Math.round((index * (items.length - 1)) / (most - 1))] as T,
	);
}

/**
 * The event whose sentence fixes the order best: on the line that dates the most events, in
 * the sentence that dates the most of them, the first.
 */
export function mainEvent(sequence: Sequence): DatedEvent {
	const count = (of: (event: DatedEvent) => number) => {
		const counts = new Map<number, number>();
		for (const event of sequence.events) counts.set(of(event), (counts.get(of(event)) ?? 0) + 1);
		return (event: DatedEvent) => counts.get(of(event)) ?? 0;
	};
	const perLine = count((event) => event.line);
	const perSentence = count((event) => event.sentence.index);
	const weight = (event: DatedEvent) => perLine(event) * 100 + perSentence(event);
	return [...sequence.events].sort(
		(a, b) =>
			weight(b) - weight(a) || a.sentence.index - b.sentence.index || a.date.start - b.date.start,
	)[0] as DatedEvent;
}
