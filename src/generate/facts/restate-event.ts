// Facts: a clause restated as an event to put in order — who did what, without its date.
import nlp from 'compromise';

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
export type PronounSubject = (pronoun: 'he' | 'she') => string | undefined;

/** "she was elected to Parliament" → "Dr Maathai was elected to Parliament", when known. */
function withSubject(text: string, subjectOf: PronounSubject): string {
	const found = /^(?:he|she)\b/iu.exec(text)?.[0];
	const name = found && subjectOf(found.toLocaleLowerCase('en') as 'he' | 'she');
	return found && name ? `${name}${text.slice(found.length)}` : text;
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
