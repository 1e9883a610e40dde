// Facts: who "he said" and "said Mara" point at, in reading order.
import type { Entity, Mention } from './entities.js';
import type { Quote } from './quotes.js';

/** People mentioned in the article, in reading order, for "he said" and "said Mara". */
export type PeopleIndex = {
	/** Person mentions sorted by line, then offset. */
	readonly mentions: readonly Mention[];
	readonly byLine: ReadonlyMap<number, readonly Mention[]>;
	readonly entities: ReadonlyMap<string, Entity>;
};

/** Index the person mentions of an article for attributing quotes. */
export function peopleIndex(
	mentions: readonly Mention[],
	entities: ReadonlyMap<string, Entity>,
): PeopleIndex {
	const people = mentions.filter((mention) => entities.get(mention.entity)?.kind === 'person');
	people.sort((a, b) => a.line - b.line || a.start - b.start);
	const byLine = new Map<number, Mention[]>();
	for (const mention of people) {
		const list = byLine.get(mention.line);
		if (list) list.push(mention);
		else byLine.set(mention.line, [mention]);
	}
	return { mentions: people, byLine, entities };
}

/** A speech verb's place in the line. */
export type Verb = { readonly start: number; readonly end: number };

/**
 * The speaker around a speech verb, nearest first: a name or pronoun right before it ("Kirby
 * told", "he said"), then right after it ("said Tomas"); never the listener of "told Mara".
 */
export function speakerAround(
	text: string,
	verb: Verb,
	line: number,
	onLine: readonly Mention[],
	people: PeopleIndex,
	quoteStart: number,
): Pick<Quote, 'speaker' | 'attribution'> | undefined {
	const named = (mention: Mention | undefined) =>
		mention && { speaker: mention.entity, attribution: { start: mention.start, end: mention.end } };
	const resolved = (pronoun: Pronoun | undefined) => {
		const speaker =
			pronoun &&
			lastPersonBefore(people, line, Math.min(pronoun.start, quoteStart), pronoun.gender);
		return speaker && pronoun
			? { speaker, attribution: { start: pronoun.start, end: pronoun.end } }
			: undefined;
	};
	// Only a mention a few characters from the verb can be its subject: found by position,
	// so a line with thousands of names and quotes costs no more per quote.
	const before = mentionsBetween(onLine, verb.start - 120, verb.start).find(
		(mention) =>
			mention.end <= verb.start &&
			verb.start - mention.end <= 12 &&
			/^\s+(?:also\s+)?$/u.test(text.slice(mention.end, verb.start)),
	);
	const isToListener = /^tells?$|^told$/i.test(text.slice(verb.start, verb.end));
	const after = isToListener
		? undefined
		: mentionsBetween(onLine, verb.end, verb.end + titleReach).find(
				(mention) =>
					mention.start >= verb.end && titleGap.test(text.slice(verb.end, mention.start)),
			);
	return (
		named(before) ??
		resolved(pronounBefore(text, verb)) ??
		named(after) ??
		(isToListener ? undefined : resolved(pronounAfter(text, verb)))
	);
}

/** How far after "said" a speaker's name may start, past a title. */
const titleReach = 48;
/**
 * What may stand between "said" and the speaker's name: nothing, or a title of capitalised
 * words ("said NASA Administrator Jim Bridenstine", "said U.S. Rep. John Culberson").
 */
const titleGap = /^\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|for|and)\s+){0,5}$/u;

/** The mentions of a line (in order of position) that start in `[from, to]`. */
function mentionsBetween(onLine: readonly Mention[], from: number, to: number): Mention[] {
	let low = 0;
	let high = onLine.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((onLine[middle] as Mention).start < from) low = middle + 1;
		else high = middle;
	}
	const out: Mention[] = [];
	for (let i = low; i < onLine.length && (onLine[i] as Mention).start <= to; i++)
		out.push(onLine[i] as Mention);
	return out;
}

type Pronoun = { readonly start: number; readonly end: number; readonly gender: 'female' | 'male' };

const pronounOf = (word: string, start: number): Pronoun => ({
	start,
	end: start + word.length,
	gender: word.toLowerCase() === 'she' ? 'female' : 'male',
});

function pronounBefore(text: string, verb: Verb): Pronoun | undefined {
	const from = Math.max(0, verb.start - 16);
	const match = /(?<!\p{L})([Hh]e|[Ss]he)\s+(?:also\s+)?$/u.exec(text.slice(from, verb.start));
	return match?.[1] ? pronounOf(match[1], from + match.index) : undefined;
}

function pronounAfter(text: string, verb: Verb): Pronoun | undefined {
	const match = /^\s+(he|she)\b/u.exec(text.slice(verb.end, verb.end + 12));
	return match?.[1] ? pronounOf(match[1], verb.end + match[0].length - match[1].length) : undefined;
}

/** The latest person named before a place, whose gender (when known) fits the pronoun. */
function lastPersonBefore(
	people: PeopleIndex,
	line: number,
	offset: number,
	gender: 'female' | 'male',
): string | undefined {
	const { mentions } = people;
	let low = 0;
	let high = mentions.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		const mention = mentions[middle] as Mention;
		if (mention.line < line || (mention.line === line && mention.start < offset)) low = middle + 1;
		else high = middle;
	}
	for (let i = low - 1; i >= 0 && i >= low - 12; i--) {
		const mention = mentions[i] as Mention;
		if (mention.line < line - 3) return undefined;
		const known = people.entities.get(mention.entity)?.gender;
		if (!known || known === gender) return mention.entity;
	}
	return undefined;
}
