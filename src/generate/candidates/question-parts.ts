// Candidates: everything a question builder needs about one fact.
import type { Rng } from '../../core/random.js';
import { shuffle } from '../../core/random.js';
import type { Fact } from '../facts/facts.js';
import type { Excerpt } from '../read/excerpt.js';
import { blank, type Candidate, type QuestionInput } from './candidate.js';
import type { Pools } from './pools.js';

/** Everything a question builder needs about one fact. */
export type FactView = {
	readonly fact: Fact;
	readonly excerpt: Excerpt;
	readonly rng: Rng;
};

/** The kinds of question each kind of fact can become, in the order the seed shuffles. */
export const questionKinds = {
	entity: ['short', 'choice', 'truefalse', 'false'],
	figure: ['numeric', 'choice', 'truefalse', 'false'],
	date: ['short', 'choice', 'truefalse', 'false'],
	term: ['short', 'choice'],
	quote: ['choice', 'short'],
} as const;

/** Builds one kind of question on one kind of fact, or none when it would read badly. */
export type QuestionBuilder<Of extends keyof typeof questionKinds> = (
	kind: (typeof questionKinds)[Of][number],
	view: FactView & { readonly fact: Extract<Fact, { kind: Of }> },
	pools: Pools,
) => Candidate | undefined;

/** The excerpt with `[start, end)` (line offsets) replaced, "…" marking cut ends. */
export function rewrite(
	view: FactView,
	replacement = blank,
	start = view.fact.start,
	end = view.fact.end,
): string {
	const { excerpt } = view;
	const text = `${excerpt.text.slice(0, start - excerpt.start)}${replacement}${excerpt.text.slice(end - excerpt.start)}`;
	return `${excerpt.isCutBefore ? '…' : ''}${text}${excerpt.isCutAfter ? '…' : ''}`;
}

/**
 * A bank `source` pointing at the excerpt, highlighting `highlight` (which starts at line offset
 * `at`) when it is the first match in the quote, since a highlight marks its first match.
 */
function sourceOf(
	view: FactView,
	highlight?: string,
	at = view.fact.start,
): QuestionInput['source'] {
	const { excerpt, fact } = view;
	const isFirstMatch =
		highlight !== undefined && excerpt.text.indexOf(highlight) === at - excerpt.start;
	return { line: fact.line, quote: excerpt.text, ...(isFirstMatch ? { highlight } : {}) };
}

const entityTags = {
	person: 'people',
	place: 'places',
	org: 'organisations',
	nationality: 'nationalities',
} as const;

/** Tags a question gets from the kind of fact it asks about. */
function tagsOf(fact: Fact): string[] {
	switch (fact.kind) {
		case 'entity':
			return [entityTags[fact.entity.kind]];
		case 'figure':
			return ['numbers'];
		case 'date':
			return ['dates'];
		case 'term':
			return ['terms'];
		case 'statement':
			return ['statements'];
		case 'quote':
			return ['quotes', 'people'];
		case 'cause':
			return ['cause'];
		case 'claim':
			return ['evidence'];
		case 'vocabulary':
			return ['vocabulary'];
		case 'comparison':
			return ['comparison', 'numbers'];
		case 'sequence':
			return ['sequence', 'dates'];
		case 'interval':
			return ['comparison', 'dates'];
		case 'main-idea':
			return ['main-idea'];
	}
}

/** What a question on the fact trains. */
function skillOf(fact: Fact) {
	if (fact.kind === 'quote') return 'attribution' as const;
	return fact.kind === 'comparison' || fact.kind === 'sequence' || fact.kind === 'interval'
		? ('inference' as const)
		: ('recall' as const);
}

/** The fields every generated question shares. */
export function common(view: FactView, prompt: string, highlight?: string, at?: number) {
	return {
		id: 'pending',
		prompt,
		source: sourceOf(view, highlight, at),
		tags: tagsOf(view.fact),
		skill: skillOf(view.fact),
		origin: 'generated' as const,
	};
}

/** A fill-in candidate: the lead and the blanked excerpt; the answer as the article writes it. */
export function fillCandidate(
	view: FactView,
	lead: string,
	shownText: string,
	answerForms: readonly string[],
	extra: { readonly accept?: string[]; readonly allowNearMiss?: boolean } = {},
): Candidate {
	const { fact } = view;
	return {
		question: {
			...common(view, `${lead} ${shownText}`, fact.text),
			type: 'short',
			answer: fact.text,
			...extra,
		},
		fact,
		answerForms,
		shownText,
	};
}

/** A multiple-choice candidate with the answer among shuffled options. */
export function choiceCandidate(
	view: FactView,
	lead: string,
	shownText: string,
	answer: string,
	distractors: readonly string[],
	answerForms: readonly string[],
): Candidate {
	const choices = shuffle([answer, ...distractors], view.rng);
	return {
		question: { ...common(view, `${lead} ${shownText}`, answer), type: 'choice', choices, answer },
		fact: view.fact,
		answerForms,
		shownText,
	};
}
