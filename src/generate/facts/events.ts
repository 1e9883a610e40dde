// Facts: past events the article dates, each restated as a short clause without its date.
import nlp from 'compromise';
import type { Sentence } from '../read/segment.js';
import { type DateMention, findDates, months } from './dates.js';
import type { SubjectFinder } from './event-subjects.js';

/** When an event happened, as precisely as the article says. */
export type When = { readonly year: number; readonly month?: number; readonly day?: number };

/** A past event with its date, restated as a clause a learner can put in order. */
export type DatedEvent = {
	readonly sentence: Sentence;
	readonly line: number;
	/** The event restated: who did what, without the date ("The tunnel reopened"). */
	readonly text: string;
	readonly when: When;
	/** The date as the article writes it, and its offsets in the line. */
	readonly date: { readonly text: string; readonly start: number; readonly end: number };
};

/** Where one clause ends and the next begins ("…, and …", "…; …", "…, but …"). */
const clauseBreak = /;\s+|,\s+(?:and|but|while|whereas|yet)\s+|\s+but\s+/gu;
/** Clauses whose time is a span, a bound or counted from another ("since 1997", "until 2005"). */
const spanWords = /\b(?:since|until|till|as of|prior to|ago|no later than)\b/iu;
/** "…, where 1,200 homes flooded in January 2018": the date is the relative clause's. */
const relativeClause = /,\s*(?:where|which|who|whom|whose|when|while)\b/iu;
/** What may follow the date and be left out: "in 1908 after measuring …", "and took two years". */
const trailingPhrase =
	/^\s+(?:and|after|before|for|at|with|as|because|following|amid|despite|to)\s/u;
/** A clause that leans on another: "where he unveiled in 2013 …", "Though proposals …". */
const dependentStart =
	/^(?:where|which|who|whom|whose|that|when|while|though|although|because|as|since|if|once|until|after|before|whereas|and|or|with|without|to|for|at|of)\b/iu;
/** A subordinate clause ahead of the main one, ended by the first comma. */
const leadingClause =
	/^(?:Though|Although|While|When|After|Before|Because|As|Since|If|Once|Whereas)\s/u;
/** Subjects that name no one out of context. */
const pronounStart = /^(?:he|she|it|they|we|i|you|its|his|her|their|this|these|those|there)\b/iu;
/** A person or thing named only by a pronoun, somewhere in the clause. */
const pronoun = /\b(?:he|she|him|her|they|them|it|we|us|you)\b/iu;
/**
 * "to overcome this for aluminium production", "Discovery of this metal": a demonstrative points
 * at a sentence the item does not show.
 */
const demonstrative =
	/\b(?:this|these|those)\b|\bthat\b(?=\s+(?:for|to|in|on|at|by|with|of|and|or|was|were|is|had)\b|[,.;]|$)/iu;
/** Words of present, future or conditional time: the event has not happened as a fact. */
const notPast =
	/\b(?:is|are|am|will|would|shall|may|might|can|could|should|must|has|have|expected|scheduled|planned|plans|aims)\b|n[’']t\b/iu;
/** A denied event is no event to order ("did not begin until …"). */
const negation = /\b(?:not|never|no longer|nor)\b/iu;
/** A link to the sentence before, dropped from the restated clause. */
const connective =
	/^(?:But|However|And|Yet|So|Then|Also|Meanwhile|Later|Eventually|Finally|Instead)\b,?\s+/u;

const minWords = 3;
const maxWords = 18;

/** The name a leading "he" or "she" of the clause stands for. */
type PronounSubject = (pronoun: 'he' | 'she') => string | undefined;

/** "she was elected to Parliament" → "Dr Maathai was elected to Parliament", when known. */
function withSubject(text: string, subjectOf: PronounSubject): string {
	const found = /^(?:he|she)\b/iu.exec(text)?.[0];
	const name = found && subjectOf(found.toLocaleLowerCase('en') as 'he' | 'she');
	return found && name ? `${name}${text.slice(found.length)}` : text;
}

/**
 * The dated past events of every sentence, in reading order; `subjectOf` names the person a
 * leading "he" or "she" stands for, when it can.
 */
export function findDatedEvents(
	sentences: readonly Sentence[],
	subjectOf: SubjectFinder = () => undefined,
): DatedEvent[] {
	return sentences.flatMap((sentence) =>
		eventsOf(sentence, (pronoun) => subjectOf(pronoun, sentence.index)),
	);
}

function eventsOf(sentence: Sentence, subjectOf: PronounSubject): DatedEvent[] {
	const dates = findDates(sentence.text);
	if (!dates.some(hasYear)) return [];
	const events: DatedEvent[] = [];
	for (const [start, end] of clauseRanges(sentence.text, dates)) {
		const inClause = dates.filter((date) => date.start >= start && date.end <= end);
		const clause = sentence.text.slice(start, end);
		const found =
			inClause.length === 1
				? dated(clause, inClause[0] as DateMention, start)
				: inClause.length === 0
					? relativelyDated(clause, start, events.at(-1))
					: undefined;
		if (!found) continue;
		const text = restate(found.clause, found.dateStart, found.dateEnd, subjectOf);
		if (!text) continue;
		const at = sentence.start + found.at;
		events.push({
			sentence,
			line: sentence.line,
			text,
			when: found.when,
			date: { text: found.dateText, start: at, end: at + found.dateText.length },
		});
	}
	return events;
}

/** A clause to restate, where its date stands in it, and when that is. */
type Found = {
	readonly clause: string;
	readonly dateStart: number;
	readonly dateEnd: number;
	readonly when: When;
	readonly dateText: string;
	/** The date's offset in the sentence. */
	readonly at: number;
};

function dated(clause: string, date: DateMention, start: number): Found | undefined {
	const when = whenOf(date);
	if (!when) return undefined;
	const [dateStart, dateEnd] = [date.start - start, date.end - start];
	return { clause, dateStart, dateEnd, when, dateText: date.text, at: date.start };
}

/** "the next year", "two years later": a year counted from the clause before's. */
const relativeYear =
	/\s(the (?:next|following) year|a year later|(two|three|four|five|six|seven|eight|nine|ten) years later)(?=\s*(?:,|$))/u;
const counts = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * "…she was elected to Parliament [2002], and was appointed deputy minister … the next year":
 * a clause with no date of its own, dated from the event just before it in the sentence, and
 * given that event's named subject when it has none.
 */
function relativelyDated(clause: string, start: number, previous?: DatedEvent): Found | undefined {
	const match = relativeYear.exec(clause.replace(/[.;:]\s*$/u, ''));
	if (!match || !previous) return undefined;
	const offset = match[2] ? counts.indexOf(match[2]) + 2 : 1;
	const subject =
		/^((?:Dr |Mr |Mrs |Ms )?\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)*)\s(?:was|were)\s/u.exec(
			previous.text,
		)?.[1];
	const lead = /^\s*(?=(?:was|were)\s)/u.exec(clause);
	if (!subject || !lead) return undefined;
	const phrase = match[1] as string;
	const phraseStart = (match.index ?? 0) + 1;
	// The clause as if it said "in <year>": the phrase is the date it gives.
	const given = `${subject} ${clause.slice(lead[0].length, phraseStart)}in 0000`;
	return {
		clause: given,
		dateStart: given.length - 4,
		dateEnd: given.length,
		when: { year: previous.when.year + offset },
		dateText: phrase,
		at: start + phraseStart,
	};
}

const hasYear = (date: DateMention) => date.kind === 'year' || /\d{4}/u.test(date.text);

/**
 * The clauses of a sentence as offsets, cut where one clause ends and the next begins; commas
 * inside a date ("September 24, 2007, and …") do not cut.
 */
function clauseRanges(text: string, dates: readonly DateMention[]): [number, number][] {
	let masked = text;
	for (const date of dates)
		masked = `${masked.slice(0, date.start)}${date.text.replaceAll(',', '\u0001')}${masked.slice(date.end)}`;
	const ranges: [number, number][] = [];
	let from = 0;
	for (const match of masked.matchAll(clauseBreak)) {
		const at = match.index ?? 0;
		ranges.push([from, at]);
		from = at + match[0].length;
	}
	ranges.push([from, text.length]);
	return ranges.map(([start, end]) => withoutLeadingClause(masked, start, end));
}

/** "Though proposals … were introduced, planning … began in 1974": the main clause only. */
function withoutLeadingClause(masked: string, start: number, end: number): [number, number] {
	const clause = masked.slice(start, end);
	if (!leadingClause.test(clause)) return [start, end];
	const comma = clause.indexOf(', ');
	return comma < 0 ? [start, end] : [start + comma + 2, end];
}

/**
 * The clause as an item to put in order, its date phrase taken out ("In 1997 Dr Maathai ran for
 * president" → "Dr Maathai ran for president"), or undefined when it would not read as a past
 * event on its own: a span or a bound for a date, a dependent clause, a pronoun for a subject.
 */
export function restate(
	clause: string,
	dateStart: number,
	dateEnd: number,
	subjectOf: PronounSubject = () => undefined,
): string | undefined {
	const joined = withoutDate(clause.slice(0, dateStart), clause.slice(dateEnd));
	if (joined === undefined) return undefined;
	let text = withSubject(withoutAsides(joined).replace(connective, ''), subjectOf)
		// "planning … only began in 1974": without its date, "only" has nothing to limit.
		.replace(/\bonly\s+(?=\p{L}+ed\b|began\b)/u, '')
		.replace(/[\s,.;:!?]+$/u, '')
		.trim();
	// "Héroult and his companions founded … and started …": the first of two events.
	const second = /\s+and\s+\p{Ll}+ed\b/u.exec(text);
	if (second && wordCount(text) > maxWords) text = text.slice(0, second.index);
	if (!isPastEvent(text)) return undefined;
	return `${text.charAt(0).toLocaleUpperCase('en')}${text.slice(1)}`;
}

/** The clause without its date phrase, when the date opens or closes it. */
function withoutDate(before: string, after: string): string | undefined {
	if (/^\s*(?:(?:In|On|in|on)\s+)?$/u.test(before)) return after.replace(/^,?\s+/u, '');
	if (!/\s(?:in|on)\s+$/u.test(before)) return undefined;
	const head = before.replace(/\s(?:in|on)\s+$/u, '');
	// "… for the tunnel, introduced in June 2009", "…, reaching 58,500,000 metric tons in 2015":
	// the date is the participle's.
	if (/,\s+(?:\p{Ll}+(?:ed|ing)\b(?:(?!,\s).)*|\p{L}+)$/u.test(head)) return undefined;
	if (/^\s*(?:[.;:]|$)/u.test(after)) return head;
	// "Dr Maathai told the UNESCO Courier in 1999, “…”": what was said is not in the clause.
	if (after.startsWith(',')) return /^,\s*[“"‘]/u.test(after) ? undefined : head;
	// "was announced in 1825 by Danish physicist Hans Christian Ørsted": the agent stays if it fits.
	const agent = /^\s+by\s[^,;.]+/u.exec(after)?.[0];
	if (agent) return wordCount(head + agent) <= maxWords ? head + agent : head;
	return trailingPhrase.test(after) ? head : undefined;
}

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** "In 2002 — after Moi's party lost — she was elected": the aside is another event. */
function withoutAsides(text: string): string {
	return text
		.replace(/\s*[—–]\s[^—–]*\s[—–]\s*/gu, ' ')
		.replace(/\s*\([^)]*\)/gu, '')
		.trim();
}

/** A clause that states one past event, with a subject of its own, short enough to read. */
function isPastEvent(text: string): boolean {
	const words = wordCount(text);
	if (words < minWords || words > maxWords) return false;
	if (dependentStart.test(text) || pronounStart.test(text) || relativeClause.test(text))
		return false;
	if (pronoun.test(text) || demonstrative.test(text) || participlePhrase(text)) return false;
	if (spanWords.test(text) || notPast.test(text) || negation.test(text)) return false;
	if (/[“”"—–]/u.test(text)) return false;
	return hasPastVerb(text);
}

/** Clauses already tagged: a long article repeats its phrasings, and tagging is the cost. */
const tagged = new Map<string, boolean>();

/** Whether compromise reads a simple past (or passive past) verb in the clause. */
function hasPastVerb(clause: string): boolean {
	// Figures do not change a verb's tense: "within 25 kilometres" and "within 26" tag alike.
	const text = clause.replace(/\d+/gu, '0');
	const known = tagged.get(text);
	if (known !== undefined) return known;
	if (tagged.size >= 10_000) tagged.clear();
	// Tagging is the cost; a passive or a participle without its clause is ruled out before.
	const isPast = nlp(text).has('#PastTense');
	tagged.set(text, isPast);
	return isPast;
}

/**
 * "the Bayer process developed by Austrian chemist Carl Joseph Bayer": a noun and a participle,
 * no clause (a passive clause has its "was").
 */
function participlePhrase(text: string): boolean {
	return (
		!/\b(?:was|were|been|being|had)\b/iu.test(text) &&
		/\b\p{Ll}+(?:ed|en|wn|de|lt|ld)\s+(?:\p{Ll}+ly\s+)?by\b/u.test(text)
	);
}

/** The year, month and day a date names; undefined for a month or weekday alone. */
export function whenOf(date: DateMention): When | undefined {
	const year = Number(/\b\d{4}\b/u.exec(date.text)?.[0]);
	if (!Number.isFinite(year) || year === 0) return undefined;
	if (date.kind === 'year') return { year };
	const monthName = months.find((name) => date.text.includes(name));
	if (!monthName) return { year };
	const month = months.indexOf(monthName) + 1;
	const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/u.exec(date.text.replace(/\b\d{4}\b/u, ''))?.[1];
	return day ? { year, month, day: Number(day) } : { year, month };
}

/** Which of two dates is earlier (negative: a first), or undefined when the text cannot tell. */
export function compareWhen(a: When, b: When): number | undefined {
	if (a.year !== b.year) return a.year - b.year;
	if (a.month === undefined || b.month === undefined) return undefined;
	if (a.month !== b.month) return a.month - b.month;
	if (a.day === undefined || b.day === undefined || a.day === b.day) return undefined;
	return a.day - b.day;
}
