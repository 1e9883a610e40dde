// Facts: claims a sentence makes that can be restated in other words and traced back to it.
import type { Sentence } from '../read/segment.js';
import { contentWords } from '../read/words.js';
import { isSpeech } from './cause-link.js';

/** A claim restated from one sentence, and the words of the sentence that state it. */
export type Claim = {
	/** How it was restated: a passive made active, an active made passive, an appositive a sentence. */
	readonly form: 'passive' | 'active' | 'apposition';
	/** The claim in other words: "the Kenyan government opposed Dr Maathai's project". */
	readonly text: string;
	/** Who or what the claim is about, and who acts, as the article writes them. */
	readonly subject: string;
	readonly other: string;
	/** The sentence's own words for it; offsets in the sentence. */
	readonly start: number;
	readonly end: number;
};

/** Past forms of the irregular verbs a passive is often written with. */
const pastOf: Readonly<Record<string, string>> = {
	written: 'wrote',
	taken: 'took',
	given: 'gave',
	seen: 'saw',
	chosen: 'chose',
	drawn: 'drew',
	driven: 'drove',
	shown: 'showed',
	beaten: 'beat',
	broken: 'broke',
	begun: 'began',
	done: 'did',
	eaten: 'ate',
	spoken: 'spoke',
	stolen: 'stole',
	thrown: 'threw',
	grown: 'grew',
	known: 'knew',
	overseen: 'oversaw',
	undertaken: 'undertook',
};
const regularPast =
	/^(?:\p{Ll}+ed|built|made|held|won|led|brought|sold|bought|paid|sent|kept|run|hit|set|cut)$/u;

/** "Dr Maathai's project was opposed by the Kenyan government during …". */
const passive =
	/\b(was|were)\s+(\p{Ll}+)\s+by\s+((?:the|a|an|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){0,7}?)(?=\s+(?:during|in|on|at|from|until|since|for|after|before|through|with|when|while|as|to|because|over|under|between|and|but)\b|\s*[,;:.()—–]|$)/gu;
/** A subject before the passive: a noun phrase of up to eight words opening with a capital. */
const subjectBefore =
	/(?:^|[,;]\s+|\band\s+)((?:The|the|A|An|\p{Lu}[\p{L}’'.-]*)(?:\s+[\p{L}’'.-]+){0,7})\s+$/u;
/** Words that leave a reader asking who or what. */
const pronoun =
	/\b(?:he|she|it|they|them|him|her|his|its|their|this|these|those|we|you|i|our|your|which|who|that)\b/iu;

/** A name (capitalised words, "and"/"of" between them) and an appositive "a …" after it. */
const apposition =
	/(?:\b(the|his|her|its|their|our|\p{Ll}+)\s+)?((?:\p{Lu}[\p{L}’'.-]*)(?:\s+(?:(?:and|of|for|the|de)\s+)?(?:\p{Lu}[\p{L}’'.-]*|\d+))*)\s*(?:,|\s[—–])\s+((?:a|an)\s+(?:[^,;—–()]|,(?=\d))+?)(?=\s*(?:,(?!\d)|[;)]|\s[—–]|[.!?]$|$)|\s+(?:that|which|who|whose|where)\s)/gu;

/** What the claim finder needs to know of the article's names. */
export type NameLookup = {
	/** Whether a name is a person's: an appositive on a person is a job title, no claim. */
	readonly isPerson: (name: string) => boolean;
	/** Whether words are one of the article's names (a person, place or organisation). */
	readonly isName: (name: string) => boolean;
};

/**
 * The first claim of a sentence that can be restated: a passive with its agent made active,
 * a named actor's deed made passive, or an appositive made a sentence.
 */
export function findClaim(sentence: Sentence, lookup: NameLookup): Claim | undefined {
	const { text } = sentence;
	if (isSpeech(text) || text.split(/\s+/u).length > 50) return undefined;
	return (
		passiveClaim(text) ?? activeClaim(text, lookup.isName) ?? appositionClaim(text, lookup.isPerson)
	);
}

/** Past participles of irregular past forms, and past forms that are their own participle. */
const participleOf: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(pastOf).map(([participle, past]) => [past, participle]),
);

/** "The King County Metro Council approved the bus tunnel proposal in November 1983". */
const deed =
	/^\s+(\p{Ll}+)\s+((?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+(?:\s+(?:of|between)\s+\p{Lu}[\p{L}’'-]*(?:\s+and\s+\p{Lu}[\p{L}’'-]*)?)?)(?=\s+(?:in|on|at|during|for|from|with|to|by|after|before|and|but|which|that|who|as|over|into|between)\b|\s*[,;:.()—–]|$)/u;

/** A run of capitalised words at a clause's start ("The King County Metro Council"). */
const actorAt =
	/(?:^|[,;]\s+)((?:[Tt]he\s+)?)(\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|and|for|the|de)\s+)?\p{Lu}[\p{L}’'.-]*)*)/gu;

function activeClaim(text: string, isName: (name: string) => boolean): Claim | undefined {
	for (const found of text.matchAll(actorAt)) {
		const [whole, the = '', name = ''] = found;
		if (!isName(name)) continue;
		const at = found.index + whole.length - name.length;
		const match = deed.exec(text.slice(at + name.length));
		if (!match) continue;
		const [done, verb = '', object = ''] = match;
		const participle =
			participleOf[verb] ??
			(regularPast.test(verb) && !/^(?:need|used)$/u.test(verb) ? verb : undefined);
		if (!participle || pronoun.test(object) || /ed$/u.test(object.split(' ')[1] ?? '')) continue;
		if (contentWords(object).length < 2) continue;
		// "the deepening economic ties between China and Russia": the head comes before "between".
		const head = object.split(/\s+(?:of|between)\s/u)[0] ?? object;
		const isPlural = /[^su]s$/u.test(head);
		return {
			form: 'active',
			text: `${object} ${isPlural ? 'were' : 'was'} ${participle} by ${the ? 'the ' : ''}${name}`,
			subject: object,
			other: name,
			start: at - the.length,
			end: at + name.length + done.length,
		};
	}
	return undefined;
}

function passiveClaim(text: string): Claim | undefined {
	for (const match of text.matchAll(passive)) {
		const [, , participle = '', agent = ''] = match;
		const past = pastOf[participle] ?? (regularPast.test(participle) ? participle : undefined);
		const subject = subjectBefore.exec(text.slice(0, match.index))?.[1];
		if (!past || !subject || pronoun.test(subject) || pronoun.test(agent)) continue;
		if (/^\d/u.test(agent) || /\d/u.test(subject) || contentWords(subject).length < 2) continue;
		const start = match.index - subject.length - 1;
		return {
			form: 'passive',
			text: `${lowerArticle(agent)} ${past} ${lowerArticle(subject)}`,
			subject,
			other: agent,
			start,
			end: match.index + match[0].length,
		};
	}
	return undefined;
}

function appositionClaim(text: string, isPerson: (name: string) => boolean): Claim | undefined {
	for (const match of text.matchAll(apposition)) {
		const [whole, before, name = '', description = ''] = match;
		const words = description.split(/\s+/u).length;
		if (words < 3 || words > 12 || name.split(/\s+/u).length < 2 || isPerson(name)) continue;
		if (pronoun.test(description) || /^\p{Lu}[\p{Ll}]+$/u.test(name)) continue;
		const subject = before === undefined ? name : `the ${name.replace(/^The\s+/u, '')}`;
		const start = match.index + (before ? before.length + 1 : 0);
		return {
			form: 'apposition',
			text: `${lowerArticle(subject)} is ${description}`,
			subject: name,
			other: description,
			start,
			end: match.index + whole.length,
		};
	}
	return undefined;
}

/** "The Kenyan government" inside a clause: "the Kenyan government". */
function lowerArticle(phrase: string): string {
	return phrase.replace(/^(?:The|A|An)\b/u, (word) => word.toLocaleLowerCase('en'));
}
