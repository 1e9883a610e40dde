// Facts: two dated events of the text and the whole years between them, for a question that needs both.
import { normalizeText } from '../../core/grade/normalize.js';
import type { Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import { wordSpread } from './article-profile.js';
import { type When, whenOrder } from './event-dates.js';
import type { DatedEvent } from './events.js';
import { spelledValue } from './number-words.js';

/** Two events the text dates in different sentences, earlier first, and the years between. */
export type Interval = {
	readonly earlier: DatedEvent;
	readonly later: DatedEvent;
	readonly years: number;
};

/** The fewest years a question asks for: "1 year" is read off two dates without working. */
const leastYears = 2;
/** The most: centuries apart, a difference is arithmetic, not a reading of the text. */
const mostYears = 200;
/** Pairs per article: each event in at most one, and a bank asks a few. */
const mostPairs = 8;

/** Pairs of unrelated neighbours per article: one at most. */
const mostUnrelated = 1;
/** How far apart in the dated chain two events of a pair may stand. */
const mostSteps = 3;

/**
 * Pairs of related events from the text's dated chain (told of one subject, "The tunnel was
 * closed" and "The tunnel reopened", or sharing a word few sentences use; one pair at most of
 * neighbours in the chain dated on different lines, related by nothing but time), dated in different sentences with their
 * year, a whole number of years apart that the text does not state itself ("two years
 * later", "for six years"); the pairs sharing most come first, each event in one pair.
 */
export function findIntervals(
	events: readonly DatedEvent[],
	sentences: readonly Sentence[],
): Interval[] {
	const chain = byDate(events).filter(isWrittenWithYear);
	const common = commonWords(sentences);
	const all = chain.map((event) => contentWords(event.text));
	const words = all.map((list) => new Set(list.filter((word) => !common.has(word))));
	// Events told of one subject ("The tunnel was closed", "The tunnel reopened") are related
	// however often the article names it.
	const sameSubject = (i: number, j: number) =>
		all[i]?.[0] !== undefined && all[i]?.[0] === all[j]?.[0];
	const pairs: { interval: Interval; shared: number; steps: number }[] = [];
	for (let i = 0; i < chain.length; i++)
		for (let j = i + 1; j < chain.length && j - i <= mostSteps; j++) {
			const [earlier, later] = [chain[i] as DatedEvent, chain[j] as DatedEvent];
			if (earlier.sentence.index === later.sentence.index) continue;
			const shared =
				[...(words[i] as Set<string>)].filter((word) => (words[j] as Set<string>).has(word))
					.length + (sameSubject(i, j) ? 2 : 0);
			// Two unrelated events are worth relating only as neighbours of a story told line by
			// line: the events of one paragraph apart are two details side by side.
			if (shared === 0 && (j - i > 1 || earlier.line === later.line)) continue;
			const years = wholeYears(earlier.when, later.when);
			if (years === undefined || years < leastYears || years > mostYears) continue;
			const between = sentences.slice(
				Math.min(earlier.sentence.index, later.sentence.index),
				Math.max(earlier.sentence.index, later.sentence.index) + 1,
			);
			if (between.some((sentence) => statesYears(sentence.text, years))) continue;
			pairs.push({ interval: { earlier, later, years }, shared, steps: j - i });
		}
	pairs.sort((a, b) => b.shared - a.shared || a.steps - b.steps);
	const found: Interval[] = [];
	const used = new Set<string>();
	let unrelated = 0;
	for (const { interval, shared } of pairs) {
		if (found.length >= mostPairs) break;
		if (shared === 0 && unrelated >= mostUnrelated) continue;
		const texts = [interval.earlier, interval.later].map((event) => normalizeText(event.text));
		if (texts.some((text) => used.has(text)) || texts[0] === texts[1]) continue;
		for (const text of texts) used.add(text);
		if (shared === 0) unrelated++;
		found.push(interval);
	}
	return found.sort((a, b) => a.later.sentence.index - b.later.sentence.index);
}

/**
 * The events earliest first, each told once: every event counts, not only the chain an
 * ordering question needs (two events of one year may each pair with one of another year).
 */
function byDate(events: readonly DatedEvent[]): DatedEvent[] {
	const seen = new Set<string>();
	return [...events]
		.sort((a, b) => whenOrder(a.when) - whenOrder(b.when) || a.sentence.index - b.sentence.index)
		.filter((event) => {
			const text = normalizeText(event.text);
			if (seen.has(text)) return false;
			seen.add(text);
			return true;
		});
}

/** Share of the sentences a word may be in and still tell two events' topic apart. */
const commonShare = 0.2;

/**
 * The words too many sentences use to relate two events: "aluminium" in a history of
 * aluminium is what every event is about.
 */
function commonWords(sentences: readonly Sentence[]): Set<string> {
	const counts = wordSpread(sentences);
	const most = Math.max(2, sentences.length * commonShare);
	return new Set([...counts].filter(([, count]) => count > most).map(([word]) => word));
}

/** A date the text writes with its year ("1886", "November 1983"), not "the next year". */
const isWrittenWithYear = (event: DatedEvent) =>
	/\b\d{4}\b/u.test(event.date.text) && event.when.year > 0;

/** The most months past a whole number of years a span may run: "2009 to 2018" reads as 9. */
const mostSpareMonths = 2;

/**
 * Whole years from `a` to `b` when the dates give them without doubt: both years alone, or
 * both with their months, the later on or at most a couple of months past the earlier's day of
 * the year (November 1983 to March 1989 is five years or six, as one counts); else undefined.
 */
export function wholeYears(a: When, b: When): number | undefined {
	if ((a.month === undefined) !== (b.month === undefined)) return undefined;
	const span = b.year - a.year;
	if (a.month === undefined || b.month === undefined) return span;
	const months = span * 12 + (b.month - a.month) - ((b.day ?? 0) < (a.day ?? 0) ? 1 : 0);
	// The later date on or a little after the earlier's day of the year: the years subtract.
	const spare = months - span * 12;
	return spare >= 0 && spare <= mostSpareMonths ? span : undefined;
}

/** "six years", "a two-year break", "four more years", "two decades". */
const yearCount = /\b(\d{1,3}|[\p{Ll}-]+)[\s-]+(?:more\s+|full\s+|long\s+)?(years?|decades?)\b/giu;

/** Whether a sentence gives a span of `years` in words ("six years", "a two-year break"). */
export function statesYears(text: string, years: number): boolean {
	for (const [, count = '', unit = ''] of text.matchAll(yearCount)) {
		const word = count.toLowerCase();
		const value = /^\d+$/u.test(word)
			? Number(word)
			: word === 'a' || word === 'an'
				? 1
				: spelledValue(word);
		if (value !== undefined && value * (/^decade/iu.test(unit) ? 10 : 1) === years) return true;
	}
	return false;
}
