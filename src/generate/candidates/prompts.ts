// Candidates: how a prompt names the blank it asks about.
import type { Fact } from '../facts/facts.js';

const entityNouns = {
	person: 'name',
	place: 'place',
	org: 'organisation',
	nationality: 'nationality',
} as const;

/** What the blank stands for, as a prompt names it. */
function blankNoun(fact: Fact): string {
	switch (fact.kind) {
		case 'entity':
			return entityNouns[fact.entity.kind];
		case 'figure':
			return 'figure';
		case 'date':
			return fact.date.kind === 'weekday'
				? 'day'
				: fact.date.kind === 'time'
					? 'time'
					: fact.date.kind;
		case 'term':
			return 'quoted words';
		case 'statement':
			return 'statement';
		case 'quote':
			return 'name';
		case 'cause':
			return 'reason';
		case 'claim':
			return 'sentence';
		case 'vocabulary':
			return 'word';
		case 'comparison':
			return 'figure';
		case 'sequence':
			return 'date';
		case 'interval':
			return 'figure';
		case 'main-idea':
			return 'statement';
	}
}

/** "Fill in the blank with a place:" and the like, for a `short` question. */
export function fillLead(fact: Fact): string {
	const noun = blankNoun(fact);
	if (fact.kind === 'term') return 'Fill in the words the article puts in quotation marks:';
	return `Fill in the blank with ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}:`;
}

/** "Which place belongs in the blank?" and the like, for a `choice` question. */
export function pickLead(fact: Fact): string {
	if (fact.kind === 'entity' && fact.entity.kind === 'person') return 'Who belongs in the blank?';
	if (fact.kind === 'term') return 'Which words in quotation marks belong in the blank?';
	return `Which ${blankNoun(fact)} belongs in the blank?`;
}

/** The lead of a `numeric` question. */
export const numberLead = 'What number belongs in the blank?';
/** The lead of a `truefalse` question. */
export const trueFalseLead = 'True or false:';

/** A quote cut to its first words for a "who said" prompt. */
export function quoteExcerpt(text: string, maxWords = 14): string {
	const words = text.split(/\s+/);
	if (words.length <= maxWords) return text;
	return `${words
		.slice(0, maxWords)
		.join(' ')
		.replace(/[,;:]$/u, '')}…`;
}

const askers = { person: 'Who', place: 'Which place', org: 'Which organisation' } as const;

/**
 * A blank that opens the sentence is its subject: "_____ sought to downplay the meeting." asks
 * "Who sought to downplay the meeting?" (a person), "Which organisation …?" (a body).
 */
export function asQuestion(fact: Fact, shownText: string): string | undefined {
	if (fact.kind !== 'entity' || fact.entity.kind === 'nationality') return undefined;
	// "_____ was among the guests; and he sought her out …": a question asks one clause only.
	const subject = /^(?:The\s+)?_____\s+(\p{Ll}[^?!;:—–]*)\.$/u.exec(shownText);
	if (!subject) return undefined;
	return `${askers[fact.entity.kind]} ${subject[1]}?`;
}
