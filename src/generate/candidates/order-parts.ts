// Candidates: the parts of an ordering question — shuffled items, the letters in order, sources.
import { type Rng, shuffle } from '../../core/random.js';
import type { DatedEvent } from '../facts/events.js';
import { mainEvent, type Sequence } from '../facts/sequences.js';
import type { Sentence } from '../read/segment.js';

/** Where an item comes from, as a bank `source` says it. */
export type OrderSource = {
	readonly line: number;
	readonly quote: string;
	readonly highlight?: string;
};

/** An ordering question's parts, before it is a bank question. */
export type OrderParts = {
	readonly prompt: string;
	/** The events as shown, lettered a, b, c … in this order. */
	readonly items: readonly string[];
	/** The letters of the items, earliest first. */
	readonly answer: readonly string[];
	readonly source: OrderSource;
	readonly moreSources: readonly OrderSource[];
	readonly explanation: string;
};

export const orderPrompt = 'Put these events in the order they happened, earliest first.';
const letters = 'abcdefgh';

/**
 * The parts of a question on a sequence (events earliest first): the items in an order drawn
 * from `rng` that is neither the right one nor its reverse, the sentence that dates most of
 * them as the source and the others as more sources, and the dates in order as explanation.
 */
export function orderParts(sequence: Sequence, rng: Rng): OrderParts {
	const { events } = sequence;
	const shown = shownOrder(events, rng);
	const letterOf = new Map(shown.map((event, index) => [event, letters[index] as string]));
	const answer = events.map((event) => letterOf.get(event) as string);
	const bySentence = new Map<Sentence, DatedEvent[]>();
	for (const event of [...events].sort(
		(a, b) => a.date.start - b.date.start + 1e6 * (a.sentence.index - b.sentence.index),
	))
		bySentence.set(event.sentence, [...(bySentence.get(event.sentence) ?? []), event]);
	const sentences = [...bySentence.keys()].sort((a, b) => a.index - b.index);
	const main = mainEvent(sequence).sentence;
	const sourceOf = (sentence: Sentence) => quoteOf(sentence, bySentence.get(sentence) ?? []);
	const steps = events.map(
		(event) =>
			`(${letterOf.get(event)}) ${event.date.text}${/\d{4}/u.test(event.date.text) ? '' : ` (${event.when.year})`}, line ${event.line}`,
	);
	return {
		prompt: orderPrompt,
		items: shown.map((event) => event.text),
		answer,
		source: sourceOf(main),
		moreSources: sentences.filter((sentence) => sentence !== main).map(sourceOf),
		explanation: `The article dates each event: ${steps.join('; ')}. Earliest first, that is ${answer.join(', ')}.`,
	};
}

/** The events in a seeded order that is not already the answer, nor the answer reversed. */
function shownOrder(events: readonly DatedEvent[], rng: Rng): DatedEvent[] {
	const isGiven = (order: readonly DatedEvent[]) =>
		order.every((event, index) => event === events[index]) ||
		order.every((event, index) => event === events[events.length - 1 - index]);
	for (let attempt = 0; attempt < 20; attempt++) {
		const order = shuffle(events, rng);
		if (!isGiven(order)) return order;
	}
	// A turn by one is never the order itself, nor its reverse once there are three.
	return [...events.slice(1), events[0] as DatedEvent];
}

/** A sentence holding events, its first event's date highlighted when that is its first match. */
function quoteOf(sentence: Sentence, events: readonly DatedEvent[]): OrderSource {
	const first = events[0] as DatedEvent;
	const quote = sentence.text;
	const isFirstMatch = quote.indexOf(first.date.text) === first.date.start - sentence.start;
	return { line: sentence.line, quote, ...(isFirstMatch ? { highlight: first.date.text } : {}) };
}
