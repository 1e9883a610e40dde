// Read: a sentence cut down to its main clause, the statement a reader would sum it up with.
import nlp from 'compromise';

/** Where the main clause stands in the sentence (offsets into its text), and how it reads. */
export type MainClause = {
	readonly start: number;
	readonly end: number;
	/** The clause as an option shows it: a capital first, asides left out, a full stop last. */
	readonly text: string;
};

/** "OSLO — ", "WASHINGTON (AP) — ": where the report was filed. */
const dateline = /^\p{Lu}{2,}[\p{Lu}\s.,]*(?:\([^)]{1,30}\)\s*)?[—–-]+\s+/u;
/** A subordinate clause before the main one: "Though proposals … were introduced in the 1910s,". */
const leadingClause =
	/^(?:Though|Although|Even though|While|When|Whereas|After|Before|As|Because|Since|Once|Despite|Consistent with|Prior to|In light of)\b(?:[^,;:“”"—–]|,\s\d{4}\b)+,\s+/u;
/** A short phrase before the main clause: "In their meeting Thursday,", "On March 23, 2019,". */
const leadingPhrase =
	/^(?:In|At|On|During|For|With|Following|Under|By|Overall|As of)\b(?:[^,;:“”"—–]|,\s\d{4}\b){0,70},\s+/u;
/** A phrase that holds a clause of its own is no lead-in ("For seven years she was …,"). */
const clauseInside = /\b(?:I|we|you|he|she|they|it|is|are|was|were|has|have|had)\b/u;
/** A sentence adverb left at the front once the phrase before it is gone. */
const leadingAdverb =
	/^(?:meanwhile|however|also|then|still|instead|moreover|furthermore|indeed|nevertheless|therefore|thus|overall),\s+/iu;
/**
 * Where what follows only adds to the main clause: a semicolon or dash, a relative or
 * subordinate clause, a source ("according to"), a trailing participle (", boosting trade …").
 */
const trailingCut =
	/;\s|\s[—–]\s|\s--\s|,\s(?:which|who|whose|where|while|whereas|though|although|even though|as|because|since|after|before|when|until|according to|saying|adding|noting|citing|including|such as|despite|amid|in what|but|thereby|partly)\b|,\s\p{Ll}+ing\s|\saccording to\s/gu;
/** Cuts that may fall inside the subject ("A range of indicators, including …, shows"). */
const riskyCut = /^,\s(?:which|who|whose|where|including|such as|\p{Ll}+ing)\b/u;
/** A main clause never opens with a link to another clause. */
const openingLink =
	/^(?:And|But|Or|So|Yet|Nor|Though|Although|While|When|Whereas|If|Because|Since|Unless|Until)\b/u;
const firstOrSecondPerson = /\b(?:I|me|my|we|us|our|you|your)\b/u;
/** "this electricity", "these tests", "the latter": a thing named in a sentence the option leaves behind. */
const pointsBack =
	/\b(?:this|these|those|such)\s+(?!(?:year|week|month|morning|afternoon|evening|time|season|summer|winter|spring|autumn|fall)\b)\p{Ll}|\bthe latter\b/u;
/** "he", "her": a person the clause must name before it. */
const thirdPerson = /\b(?:he|she|him|her|his|hers)\b/u;

/** Fewest words a main clause may keep: fewer is a fragment, not a statement. */
const minWords = 6;
/** Most words an option may have: a reader weighs four of them side by side. */
const maxWords = 28;

const wordCount = (text: string) =>
	text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * The main clause of a sentence, or undefined when none reads as a statement on its own: the
 * phrases before it and the clauses after it dropped; kept only when it has a verb, six to 28
 * words, no dash, colon or semicolon left, no "I" or "we", and closes every quotation it opens.
 */
export function mainClause(sentence: string): MainClause | undefined {
	const start = clauseStart(sentence);
	let end = sentence.search(/[.!?]["”’)]*\s*$/u);
	if (end < 0) end = sentence.length;
	const rest = sentence.slice(start, end);
	for (const match of rest.matchAll(trailingCut)) {
		if (wordCount(rest.slice(0, match.index)) < minWords) continue;
		if (riskyCut.test(match[0]) && !hasVerb(rest.slice(0, match.index))) continue;
		end = start + match.index;
		break;
	}
	const body = sentence.slice(start, end).replace(/[\s,]+$/u, '');
	const text = withoutAsides(body);
	const words = wordCount(text);
	if (words < minWords || words > maxWords) return undefined;
	if (!/^[\p{L}\p{N}]/u.test(body) || /^\d+,/u.test(body) || openingLink.test(body))
		return undefined;
	if (/[;:—–]|\s--\s/u.test(body) || firstOrSecondPerson.test(body)) return undefined;
	if (hasLonePronoun(body) || pointsBack.test(body)) return undefined;
	if (!isBalanced(body) || !hasVerb(text)) return undefined;
	return {
		start,
		end: start + body.length,
		text: `${text[0]?.toLocaleUpperCase('en')}${text.slice(1)}.`,
	};
}

/** Where the main clause starts: after a dateline, a subordinate clause or a short phrase. */
function clauseStart(sentence: string): number {
	let start = dateline.exec(sentence)?.[0].length ?? 0;
	const lead =
		leadingClause.exec(sentence.slice(start)) ??
		[leadingPhrase.exec(sentence.slice(start))].find(
			(match) => match && !clauseInside.test(match[0]),
		);
	if (lead && wordCount(sentence.slice(start + lead[0].length)) >= minWords + 2)
		start += lead[0].length;
	const adverb = leadingAdverb.exec(sentence.slice(start));
	return adverb ? start + adverb[0].length : start;
}

/** "(DSTT)", "(2.1 km)", ", also referred to as the Metro Bus Tunnel,": asides an option leaves out. */
function withoutAsides(text: string): string {
	return text
		.replace(/\s\([^()]{1,60}\)/gu, '')
		.replace(
			/,\s(?:also|formerly|better|commonly)\s(?:known|called|referred to)\sas\s[^,]{1,60},/gu,
			'',
		);
}

/** A "he" or "her" with no name before it in the clause ("For seven years she was …"). */
function hasLonePronoun(text: string): boolean {
	const pronoun = thirdPerson.exec(text);
	if (!pronoun) return false;
	const before = text.slice(0, pronoun.index).split(/\s+/).slice(1);
	return !before.some((word) => /^\p{Lu}/u.test(word));
}

const verbs = new Map<string, boolean>();

/** Whether compromise finds a verb in the text; each text tagged once. */
function hasVerb(text: string): boolean {
	let found = verbs.get(text);
	if (found === undefined) {
		found = nlp(text).has('#Verb');
		if (verbs.size > 10_000) verbs.clear();
		verbs.set(text, found);
	}
	return found;
}

/** Every quotation mark and bracket the clause opens, it closes. */
function isBalanced(text: string): boolean {
	const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
	return count(/“/gu) === count(/”/gu) && count(/\(/gu) === count(/\)/gu) && count(/"/gu) % 2 === 0;
}
