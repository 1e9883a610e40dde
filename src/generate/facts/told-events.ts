// Facts: the events a story's narration tells, each restated as who did what, in the order told.
import nlp from 'compromise';
import type { Sentence } from '../read/segment.js';
import type { Entity, EntityIndex } from './entities.js';
import type { SubjectFinder } from './event-subjects.js';
import type { DatedEvent } from './events.js';

/**
 * One clause of the narration: a named character (or the one "he" or "she" stands for) doing
 * something in the simple past, with where the clause stands in its line.
 */
export type ToldEvent = Omit<DatedEvent, 'when'>;

/** Where one clause ends and the next begins: "Brantain slowly arose; so did the girl …". */
const clauseBreak =
	/;\s*(?:and\s+|but\s+)?|,\s+(?:and|but|as|while|when|for|so|or)\s+|\s+(?:but|when|while)\s+|,\s+(?=\p{Ll}+ing\b)/u;
/** A link to the sentence before, left out of the item. */
const connective = /^(?:Well|But|And|Then|So|Yet|Now|Still|Soon|Later|At last|Finally),?\s+/u;
/** "When she turned, …": a clause of time or cause before the main one. */
const leadingClause =
	/^(?:When|After|Before|As|While|Once|Since|Because|Though|Although|If)\s[^,]+,\s+/u;
/** Verbs that tell a state of mind or being, not something that happened. */
const stateVerbs = new Set(
	'was were had seemed felt looked appeared knew thought believed wanted liked loved hoped wished feared remained stayed lay belonged'.split(
		' ',
	),
);
/** Time and mood that are no told event: what would, might or had happened. */
const notTold =
	/\b(?:would|could|might|should|must|may|can|will|shall|had|has|have|not|never)\b|n[’']t\b/iu;
/**
 * "these shadows", "that next reception", "saw him there": a pointer at a sentence, or a person,
 * the item does not show.
 */
const pointer = /\b(?:this|these|those|that|such|him|them|it|they)\b/iu;

const minWords = 3;
const maxWords = 14;

/**
 * The told events of a story's narration, in reading order: sentences outside speech whose
 * first clause has a character for subject (named, or "he"/"she" when `subjectOf` or the
 * story's only person of that gender says who) and a simple past verb of action.
 */
export function findToldEvents(
	sentences: readonly Sentence[],
	index: EntityIndex,
	subjectOf: SubjectFinder,
): ToldEvent[] {
	const people = [...index.entities.values()].filter((entity) => entity.kind === 'person');
	const forms = people.flatMap((person) => person.forms).sort((a, b) => b.length - a.length);
	const onlyOf = (gender: 'male' | 'female') => {
		const of = people.filter((person) => person.gender === gender);
		return of.length === 1 ? (of[0] as Entity).name : undefined;
	};
	const events: ToldEvent[] = [];
	for (const sentence of sentences) {
		if (/[“”"]/u.test(sentence.text)) continue;
		const nameOf = (pronoun: 'he' | 'she') => {
			const gender = pronoun === 'he' ? 'male' : 'female';
			return subjectOf(pronoun, sentence.index) ?? onlyOf(gender);
		};
		// The first clause of the sentence that tells an action: "Harvy was among the guests at
		// the wedding; and he sought her out …" tells the second.
		let subject: string | undefined;
		for (const [start, end, isMain] of clauseRanges(sentence.text)) {
			// "Harvy was among the guests; and he sought her out": "he" is the clause before's.
			const named = forms.find((form) => sentence.text.startsWith(`${form} `, start));
			const event = isMain
				? toldEvent(sentence, start, end, forms, (p) => subject ?? nameOf(p))
				: undefined;
			subject = named ?? subject;
			if (!event) continue;
			events.push(event);
			break;
		}
	}
	return events;
}

/**
 * The clauses of a sentence as offsets, each with whether it is a main clause (the first, or one
 * after "; " or ", and", ", but") rather than one of time or cause ("when she stood alone").
 */
function clauseRanges(text: string): [number, number, boolean][] {
	const ranges: [number, number, boolean][] = [];
	let from = 0;
	let isMain = true;
	for (let rest = text; rest.length > 0; ) {
		const match = clauseBreak.exec(rest);
		if (!match) {
			ranges.push([from, text.length, isMain]);
			break;
		}
		ranges.push([from, from + match.index, isMain]);
		isMain = /^(?:;|,\s+(?:and|but)\s)/u.test(match[0]);
		from += match.index + match[0].length;
		rest = text.slice(from);
	}
	return ranges;
}

function toldEvent(
	sentence: Sentence,
	clauseStart: number,
	clauseEnd: number,
	forms: readonly string[],
	nameOf: (pronoun: 'he' | 'she') => string | undefined,
): ToldEvent | undefined {
	let from = clauseStart;
	let clause = sentence.text.slice(clauseStart, clauseEnd);
	for (const lead of [connective, leadingClause]) {
		const match = lead.exec(clause);
		if (match) {
			from += match[0].length;
			clause = clause.slice(match[0].length);
		}
	}
	// "… into the shadow where her companion sat": the place, not what happened there.
	const relative = /\s+(?:where|who|whom|whose|which)\s/u.exec(clause)?.index;
	clause = (relative === undefined ? clause : clause.slice(0, relative)).replace(/[\s.!?,]+$/u, '');
	const pronoun = /^(?:He|She|he|she)\b/u.exec(clause)?.[0];
	const named = forms.find((form) => clause.startsWith(`${form} `));
	const subject = pronoun ? nameOf(pronoun.toLocaleLowerCase('en') as 'he' | 'she') : named;
	if (!subject) return undefined;
	const written = pronoun ? `${subject}${clause.slice(pronoun.length)}` : clause;
	const text = `${written.charAt(0).toLocaleUpperCase('en')}${written.slice(1)}`;
	if (!isToldAction(text, subject)) return undefined;
	const start = sentence.start + from;
	return {
		sentence,
		line: sentence.line,
		text,
		date: { text: clause, start, end: start + clause.length },
	};
}

/** A clause of three to fourteen words whose verb after the subject is a simple past action. */
function isToldAction(text: string, subject: string): boolean {
	const words = text.split(/\s+/u).length;
	if (words < minWords || words > maxWords) return false;
	if (notTold.test(text) || pointer.test(text)) return false;
	const rest = text.slice(subject.length).trim().split(/\s+/u);
	const at = /^\p{Ll}+ly$/u.test(rest[0] ?? '') ? 1 : 0;
	const verb = rest[at] ?? '';
	// "Brantain was clutching his hat": an action going on is told too.
	if ((verb === 'was' || verb === 'were') && /^\p{Ll}+ing$/u.test(rest[at + 1] ?? '')) return true;
	if (stateVerbs.has(verb)) return false;
	return nlp(`${subject} ${verb}`).has('#PastTense');
}

/** Fewest told events for a question, and how many lines apart two must stand. */
const leastEvents = 3;
const mostEvents = 4;
const linesApart = 2;

/**
 * Up to four told events spread over the story, no two in one line or within `linesApart`
 * lines of each other, so that each comes from its own moment of the story.
 */
export function spreadTold(events: readonly ToldEvent[]): ToldEvent[] {
	const apart: ToldEvent[] = [];
	for (const event of events) {
		const last = apart.at(-1);
		if (!last || event.line - last.line >= linesApart) apart.push(event);
	}
	if (apart.length < leastEvents) return [];
	if (apart.length <= mostEvents) return apart;
	return Array.from(
		{ length: mostEvents },
		(_, i) => apart[Math.round((i * (apart.length - 1)) / (mostEvents - 1))] as ToldEvent,
	);
}
