// Judge: rules against questions on trivia such as weekdays and credit lines.
import { speechVerbs } from '../facts/person-cues.js';
import { isInQuotation } from '../read/quotation.js';
import type { Rule } from './rules.js';

/** A weekday or a clock time is when the news broke, not what it says. */
export const weekdayOrTime: Rule = ({ fact }, { line }) => {
	if (fact.kind !== 'date') return undefined;
	if (fact.date.kind === 'weekday' || fact.date.kind === 'time')
		return `“${fact.text}” is a ${fact.date.kind === 'weekday' ? 'weekday' : 'clock time'}`;
	// "As of 2012, the tunnel carried …": the date of a statistic, not an event.
	return /\bas of\s+$/iu.test(line.slice(Math.max(0, fact.start - 8), fact.start))
		? `“${fact.text}” only dates a statistic`
		: undefined;
};

/** Bylines and credits ("contributed to this report", "told CNN") are about the newsroom. */
export const creditLine: Rule = ({ fact, swap }, { profile }) => {
	if (profile.creditSentences.has(fact.sentence.index)) return 'the sentence is a credit line';
	if (fact.kind === 'entity' && profile.creditNames.has(fact.entity.key))
		return `“${fact.text}” is named as a writer or outlet`;
	if (swap?.entity && profile.creditNames.has(swap.entity.key))
		return `“${swap.text}” is a writer or outlet`;
	return undefined;
};

const roleWords =
	'coordinator|spokesman|spokeswoman|spokesperson|director|chairman|chairwoman|chair|secretary|minister|official|officials|chief|head|member|adviser|advisor|analyst|professor|researcher|scientist|editor|correspondent|reporter|officer|manager|executive|employee|staff|president|vice|deputy|principal|engineer|lecturer|fellow|founder|leader|representative|ambassador|envoy';
const afterName = new RegExp(`^\\s+(?:${roleWords})\\b`, 'u');
const beforeName = new RegExp(`\\b(?:${roleWords})\\s+(?:at|of|for|with)\\s+(?:the\\s+)?$`, 'u');

/** "National Security Council coordinator": an employer named only as part of a job title. */
export const jobTitle: Rule = ({ fact }, { line }) => {
	if (fact.kind !== 'entity' || fact.entity.kind !== 'org') return undefined;
	const before = line.slice(Math.max(0, fact.start - 40), fact.start);
	return afterName.test(line.slice(fact.end)) || beforeName.test(before)
		? `“${fact.text}” is part of someone's job title`
		: undefined;
};

/** "a 5,000-word document", "a 300-page report": the length of a document is not its content. */
export const documentLength: Rule = ({ fact }) =>
	fact.kind === 'figure' &&
	/[\s-](?:word|page|line|character|minute-long|second-long)s?$/u.test(fact.text)
		? `“${fact.text}” is the length of a document`
		: undefined;

const labels =
	/(?:\b(?:route|routes|line|lines|interstate|highway|road|flight|gate|platform|bay|number|no\.|chapter|section|article|room|apollo|station|channel|model|version|stage|pad|complex|terminal|pier|bus|track|level|floor|exit)|\p{Lu}\p{L}*)\s+$/iu;

/** "Interstate 5", "Route 97", "the 1 Line", "4th Avenue": a number that names, not counts. */
export const labelNumber: Rule = ({ fact, question, shownText }, { line }) => {
	// "Shuttle #11 loops around and …": a copied statement about a numbered route or shuttle
	// asks the reader to recall its number, a label.
	if (fact.kind === 'statement' && question.type === 'truefalse' && /#\s?\d/u.test(shownText))
		return 'the statement is about a numbered route or service, a label';
	if (fact.kind !== 'figure' || fact.figure.kind !== 'count' || fact.figure.parts.magnitude)
		return undefined;
	const { suffix } = fact.figure.parts;
	const before = line.slice(Math.max(0, fact.start - 20), fact.start);
	const after = line.slice(fact.end, fact.end + 12);
	const isLabel =
		(!suffix && labels.test(before)) ||
		/^(?:st|nd|rd|th)\b/u.test(after) ||
		/^\s+(?:Line|Lines|Route|Street|Avenue|Road|Highway)\b/u.test(after) ||
		/^[\s-]+(?:line|route|bus|train)\b/iu.test(suffix);
	return isLabel
		? `“${fact.text}” is a label (a route, a road, a line), not a quantity`
		: undefined;
};

/**
 * "proved 117 years ago that powered flight was possible": a span counted back from the day
 * the words were written or said, which the reader does not know; the date it stands for is
 * the fact, and the figure changes with every year the text is read.
 */
export const countedBack: Rule = ({ fact }, { line }) => {
	if (fact.kind !== 'figure' && fact.kind !== 'date') return undefined;
	const after = line.slice(fact.end, fact.end + 24);
	return /^(?:\s+(?:years?|months?|weeks?|days?|decades?|centuries|century))?\s+ago\b/u.test(after)
		? `“${fact.text}” counts back from a day the reader does not know`
		: undefined;
};

/**
 * "True or false: “NASA has a proud history of firsts,” said NASA Administrator Jim
 * Bridenstine.": a quotation copied whole as a true statement asks only to recognise what
 * someone said (a false one, its speaker swapped, asks who said it).
 */
export const copiedQuote: Rule = ({ question, swap, shownText, fact }, { line }) => {
	if (question.type !== 'truefalse') return undefined;
	const quoted = (shownText.match(/“[^”]*”|"[^"]*"/gu) ?? []).join('').length;
	// Outside the quotation only who said it: "…,” said NASA Administrator Jim Bridenstine.
	const rest = shownText.replace(/“[^”]*”|"[^"]*"/gu, ' ').trim();
	const words = rest.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
	const hasSpeaker = words.some((word) => speechVerbs.has(word.toLowerCase()));
	// "After the Wright Brothers proved … another group of American pioneers may prove …": a
	// speaker's words shown without the speaker are no fact of the article.
	const isSpeech =
		quoted >= shownText.length * 0.6 ||
		(isInsideSpeech(line, fact.sentence.start, fact.sentence.end) && quoted === 0);
	if (isSpeech && !hasSpeaker) return 'a speaker’s words stated as a fact, without the speaker';
	if (question.answer !== true || swap || !/“[^”]{12,}”|"[^"]{12,}"/u.test(shownText))
		return undefined;
	return words.length <= 10 && hasSpeaker
		? 'a quotation copied whole tests recognising it, not reading'
		: undefined;
};

/** Whether a sentence (offsets in its line) lies within a quotation the line opens before it. */
function isInsideSpeech(line: string, start: number, end: number): boolean {
	return isInQuotation(line, start) && /[”"]/u.test(line.slice(start, end + 2));
}

/** A sentence that is mostly a roll of names ("Voting … were: A; B; C …") teaches nothing. */
export const rollOfNames: Rule = ({ fact }) => {
	const separators = (fact.sentence.text.match(/[;,]\s+\p{Lu}/gu) ?? []).length;
	return separators >= 5 ? 'the sentence is a list of names' : undefined;
};

/** Items of a list of three or more ("Kyrgyzstan, Tajikistan and Turkmenistan") are filler. */
export const lateListItem: Rule = ({ fact }, { line }) => {
	if (fact.kind !== 'entity') return undefined;
	const before = line.slice(Math.max(fact.sentence.start, fact.start - 120), fact.start);
	const items = /(?:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*(?:,\s+|,?\s+and\s+)){2,}$/u.exec(
		before,
	);
	if (items) return `“${fact.text}” is the third or later item of a list`;
	// "the presidents of _____, Tajikistan and Turkmenistan": the first of three, with the others
	// shown beside the blank, is a game of which one is missing.
	const after = line.slice(fact.end, Math.min(fact.sentence.end, fact.end + 120));
	const rest = /^(?:,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)+,?\s+and\s+\p{Lu}/u.exec(
		after,
	);
	return rest ? `“${fact.text}” opens a list of three or more shown beside it` : undefined;
};

/** In a story the figures and dates are scenery ("two weeks past"), not what a reader learns. */
export const fictionFigure: Rule = ({ fact }, { profile }) =>
	profile.isNarrative && (fact.kind === 'figure' || fact.kind === 'date')
		? `“${fact.text}” is an incidental figure in a story`
		: undefined;

/**
 * "When did the soft openings begin? _____": the day or month of an event, recalled unprompted,
 * is calendar minutiae (its choice version asks the same fact fairly); a month with no year
 * ("the previous meeting in October") dates nothing a reader keeps.
 */
export const exactDate: Rule = ({ fact, question }) => {
	if (fact.kind !== 'date') return undefined;
	if (fact.date.kind === 'month') return `“${fact.text}” is a month without its year`;
	return fact.date.kind === 'date' && question.type === 'short'
		? `recalling “${fact.text}” unprompted is calendar minutiae`
		: undefined;
};

/** "every 10 minutes at midday": how often a service runs is a timetable, not the text's content. */
export const timetable: Rule = ({ fact }, { line }) =>
	fact.kind === 'figure' &&
	/\bevery\s+$/iu.test(line.slice(Math.max(0, fact.start - 8), fact.start))
		? `“every ${fact.text}” is a timetable`
		: undefined;

/** "X manages rover development for Y", "For more information, visit …": a release's back matter. */
const backMatter =
	/\b(?:manages|managed by|is responsible for|are responsible for|oversees|overseen by|for more (?:information|details|about)|visit\s+\S+\.(?:com|org|gov|net)|www\.|https?:\/\/|media contacts?|press contacts?)\b/iu;

/**
 * Who manages what and where to read more, in the closing lines of a release or report, is
 * boilerplate, not what the text reports.
 */
export const boilerplate: Rule = ({ fact }, { article }) => {
	const sentences = article.sentences.length;
	if (fact.sentence.index < sentences * 0.75) return undefined;
	return backMatter.test(fact.sentence.text)
		? 'the sentence is boilerplate from the close of the text'
		: undefined;
};

/** Words a text praises with: a sentence full of them states what no reader would doubt. */
const praise =
	/\b(?:proud|legacy|renowned|famous|world-class|vibrant|stunning|beautiful|charming|iconic|bustling|numerous|wonderful|spectacular|thriving|picturesque|breathtaking|lively|celebrated|acclaimed|legendary|storied|treasured|unforgettable)\b/giu;

/**
 * "A city of history and tradition, Boston offers a proud legacy of culture, education, and
 * numerous sporting championships": praise copied as a true statement is true on sight.
 */
export const praiseStatement: Rule = ({ question, shownText }) => {
	if (question.type !== 'truefalse' || question.answer !== true) return undefined;
	const words = new Set((shownText.match(praise) ?? []).map((word) => word.toLowerCase()));
	return words.size >= 2
		? `the statement praises (“${[...words].join('”, “')}”): true on sight`
		: undefined;
};
