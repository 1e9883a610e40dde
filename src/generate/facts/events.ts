// Facts: past events the article dates, each restated as a short clause without its date.
import type { Sentence } from '../read/segment.js';
import { type DateMention, findDates } from './dates.js';
import { type When, whenOf } from './event-dates.js';
import type { SubjectFinder } from './event-subjects.js';
import { type PronounSubject, restate } from './restate-event.js';

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
/** A subordinate clause ahead of the main one, ended by the first comma. */
const leadingClause =
	/^(?:Though|Although|While|When|After|Before|Because|As|Since|If|Once|Whereas)\s/u;

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
