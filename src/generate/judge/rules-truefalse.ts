// Judge: rules for true/false statements.
import nlp from 'compromise';
import { orgClass } from '../candidates/entity-questions.js';
import type { Entity } from '../facts/entities.js';
import type { ArticleFacts } from '../facts/facts.js';
import { withoutSpeech } from '../read/words.js';
import type { Rule } from './rules.js';

/** "But before …", "However, …": a sentence that answers the one before it. */
const connective =
	/^(?:But|However|And|Yet|So|Then|Still|Also|Instead|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Thus|Therefore|Hence|Otherwise|Besides|Likewise|Similarly|Consequently|Indeed)\b/u;

/** A statement is a whole sentence: a capital (or quotation mark) first, end punctuation last. */
export const fragmentStatement: Rule = ({ question, shownText, fact }, { profile }) => {
	if (question.type !== 'truefalse') return undefined;
	// "A quick blush did not suffuse Nathalie’s face": a story's detail negated reads as no one
	// would write it, and is false only against a sentence learners barely notice.
	if (fact.kind === 'statement' && question.answer === false && profile.isNarrative)
		return 'a story’s sentence negated reads unnaturally';
	// "But before the helicopter can fly at Mars it has to get there": the point is made against
	// the sentence before; without its "But", what is left is true on sight.
	if (fact.kind === 'statement' && /^(?:But|Yet)\b/u.test(fact.sentence.text))
		return `the sentence answers the one before it (“${fact.sentence.text.split(/\s/u)[0]}”)`;
	if (shownText.startsWith('…') || shownText.endsWith('…'))
		return 'the statement is cut from a longer sentence';
	if (!/^[“"‘(]?\p{Lu}/u.test(shownText)) return 'the statement does not start a sentence';
	if (!/[.!?][”"’)]?$/u.test(shownText)) return 'the statement does not end a sentence';
	const link = connective.exec(shownText) ?? /^\p{Lu}\p{Ll}+,?\s+though\b/u.exec(shownText);
	if (link) return `“${link[0]}” answers a sentence the statement does not show`;
	if (isInstruction(shownText)) return 'the statement is an instruction, neither true nor false';
	// "You'll find most every district goes by more than one name": a guide speaking to its
	// reader, of a place it named before.
	if (/\b(?:you|your|you[’']ll|you[’']re|you[’']ve|yourself)\b/iu.test(withoutSpeech(shownText)))
		return 'the statement speaks to the reader, of something the sentences before named';
	const opened = (shownText.match(/“/gu) ?? []).length;
	const closed = (shownText.match(/”/gu) ?? []).length;
	return opened === closed ? undefined : 'the statement has an unmatched quotation mark';
};

/** "Don't worry about …", "Take the Silver Line …": a sentence that tells the reader to act. */
function isInstruction(text: string): boolean {
	const opening = text.replace(/^[“"‘(]+/u, '');
	if (/^(?:Don[’']t|Do not|Never|Please|Remember|Make sure)\b/u.test(opening)) return true;
	const words = opening.split(/\s+/u);
	// Tagging is dear: a first word that cannot be a verb settles it, and each is tagged once.
	if (!isVerbFirst(words.slice(0, 1).join(' '))) return false;
	return isVerbFirst(words.slice(0, 4).join(' '));
}

const verbFirst = new Map<string, boolean>();

/** Whether compromise reads the first word of `words` as a bare verb ("Take", not "Rain fell"). */
function isVerbFirst(words: string): boolean {
	let answer = verbFirst.get(words);
	if (answer === undefined) {
		const first = nlp(words).terms().first();
		answer = first.has('#Infinitive') && !first.has('#Noun') && !first.has('#Gerund');
		if (verbFirst.size > 10_000) verbFirst.clear();
		verbFirst.set(words, answer);
	}
	return answer;
}

export const title =
	/(\p{Lu}\p{Ll}+|leader|president|minister|speaker|coordinator|spokes\p{L}+|chief|director|secretary)\s+$/u;

/**
 * A false statement swaps in something of the same kind and role: a person for a person who
 * could hold the same title and is not named elsewhere in the sentence, a country for a country,
 * a ministry for a ministry; never the article's own subject.
 */
export const swapRole: Rule = ({ question, fact, swap, shownText }, { profile, article, line }) => {
	if (question.type !== 'truefalse' || !swap) return undefined;
	if (fact.kind !== 'entity') return undefined;
	const { entity } = fact;
	if (profile.mainSubjects.has(entity.key))
		return `“${fact.text}” is a main subject: swapping it makes the statement absurd`;
	const other = swap.entity;
	if (!other) return undefined;
	const rest = shownText.replace(swap.text, '');
	if (other.forms.some((form) => rest.includes(form)))
		return `“${swap.text}” is already named in the sentence`;
	if (entity.kind === 'person') {
		// "the German chemist Alfred" for "… Robert Wilhelm Bunsen": a bare given name beside a
		// full one is false at sight.
		const words = (text: string) => text.split(/\s+/u).length;
		if (words(swap.text) === 1 && words(fact.text) > 1 && !hasSurnameUse(other, article))
			return `“${swap.text}” is only a given name beside the full name “${fact.text}”`;
		const role = title.exec(line.slice(Math.max(0, fact.start - 30), fact.start))?.[1];
		if (role && !holds(other.forms, role, article))
			return `“${swap.text}” is never “${role}” in the article`;
	}
	if (entity.kind === 'place' && entity.subkind !== other.subkind)
		return `“${swap.text}” is not a place of the same kind as “${fact.text}”`;
	if (entity.kind === 'org' && orgClass(entity.name) !== orgClass(other.name))
		return `“${swap.text}” is not a body of the same kind as “${fact.text}”`;
	// "The regional airline American Airlines", where the article calls it "another major
	// carrier": the words before the name describe the one it names.
	const described = /\b[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+$/u.exec(
		line.slice(Math.max(0, fact.start - 40), fact.start),
	)?.[1];
	if (entity.kind === 'org' && described && !holds(other.forms, described, article))
		return `“${swap.text}” is never “${described}” in the article`;
	return undefined;
};

/**
 * Whether the article also names the person by a full name (so the one word is a surname the
 * reader knows, "Kirby" for "John Kirby"), not only by one given name ("Alfred").
 */
function hasSurnameUse(person: Entity, article: ArticleFacts): boolean {
	return person.forms.some((form) => form.includes(' ')) || person.name.includes(' ')
		? true
		: article.index.mentions.filter((mention) => mention.entity === person.key).length >= 3;
}

const titled = new WeakMap<ArticleFacts, Map<string, boolean>>();

/** Whether the article writes `role` right before one of `forms` ("leader Xi"), remembered per article. */
export function holds(forms: readonly string[], role: string, article: ArticleFacts): boolean {
	let known = titled.get(article);
	if (!known) {
		known = new Map();
		titled.set(article, known);
	}
	return forms.some((form) => {
		const phrase = `${role} ${form}`;
		let found = known.get(phrase);
		if (found === undefined) {
			found = article.lines.some((line) => line.text.includes(phrase));
			known.set(phrase, found);
		}
		return found;
	});
}

/**
 * "traveled to Pakistan … met with Uzbek President": the swap must not leave the true answer
 * named in another form, nor be a form of it ("Beijing" for "China").
 */
export const selfContradiction: Rule = ({ question, fact, swap, shownText }, { profile }) => {
	if (question.type !== 'truefalse' || !swap) return undefined;
	const { countries } = profile;
	const code = countries.relatedCountry(fact.text);
	if (!code) return undefined;
	if (countries.relatedCountry(swap.text) === code)
		return `“${swap.text}” and “${fact.text}” are one country`;
	const rest = shownText.replace(swap.text, ' ');
	for (const word of rest.match(/\p{Lu}[\p{L}’'-]+/gu) ?? []) {
		if (countries.relatedCountry(word.replace(/[’']s$/u, '')) === code)
			return `“${word}” still names “${fact.text}”, so the statement contradicts itself`;
	}
	return undefined;
};

const bound =
	/\b(?:or more|or less|or fewer|at least|at most|more than|less than|fewer than|up to|over|under|nearly|almost|about|around|roughly|some|approximately|exceeded|exceeds|exceed)\s*$/iu;
const boundAfter = /^\s*(?:or more|or less|or fewer|or so|plus)\b/iu;

/** "$200 billion or more", "at least 40": another figure may make the sentence true too. */
export const boundedFigure: Rule = ({ question, fact, swap }, { line }) => {
	if (question.type !== 'truefalse' || !swap) return undefined;
	const before = line.slice(Math.max(0, fact.start - 20), fact.start);
	// "By September 1889, production grew to 385 pounds": by a later date it had too.
	if (fact.kind === 'date' && /\b(?:[Bb]y|[Bb]efore|[Ss]ince|[Uu]ntil)\s+$/u.test(before))
		return `“${fact.text}” is a bound, so “${swap.text}” may be true too`;
	if (fact.kind !== 'figure') return undefined;
	return bound.test(before) || boundAfter.test(line.slice(fact.end))
		? `“${fact.text}” is a bound, so “${swap.text}” may be true too`
		: undefined;
};

/** No share over 100%, no temperature swapped by scaling (below absolute zero, or absurd). */
export const impossibleFigure: Rule = ({ question, fact, swap }) => {
	if (question.type !== 'truefalse' || !swap || fact.kind !== 'figure') return undefined;
	const value = Number((/\d[\d,]*(?:\.\d+)?/u.exec(swap.text)?.[0] ?? '').replaceAll(',', ''));
	if (fact.figure.kind === 'percent' && value > 100) return `“${swap.text}” is over 100%`;
	if (/°|degree|kelvin|celsius|fahrenheit/iu.test(`${fact.text} ${fact.figure.unit ?? ''}`))
		return 'a temperature scaled up or down may be impossible';
	return undefined;
};
