// Judge: what kind a question counts as in a bank's balance, and whether it spans sentences.
import type { Candidate } from '../candidates/candidate.js';

/** The kinds that check understanding; a question carries its kind as a tag. */
export const understandingKinds = [
	'vocabulary',
	'cause',
	'evidence',
	'sequence',
	'comparison',
	'main-idea',
] as const;

/** Kinds whose question stands on several sentences (a paragraph, a chain of events). */
const multiSentenceKinds = new Set<string>(['main-idea', 'sequence', 'evidence', 'comparison']);

/**
 * The kind a question counts as in the bank's mix: its understanding kind's tag when it has
 * one, else its type, a true/false statement by its answer (a copied sentence is its own kind).
 */
export function kindOf({ question }: Candidate): string {
	const tag = question.tags?.find((each) =>
		(understandingKinds as readonly string[]).includes(each),
	);
	if (tag) return tag;
	return question.type === 'truefalse' ? `truefalse:${question.answer}` : question.type;
}

/** Whether a question checks understanding (a word in context, a cause, a main idea …). */
export function checksUnderstanding(candidate: Candidate): boolean {
	return (understandingKinds as readonly string[]).includes(kindOf(candidate));
}

/**
 * Whether a question is about several sentences at once: it does not take its key sentence
 * from recall questions, and they do not take it from it.
 */
export function spansSentences(candidate: Candidate): boolean {
	return multiSentenceKinds.has(kindOf(candidate));
}

/** Everything a learner reads before answering: the prompt and the options or items shown. */
export function visibleText(candidate: Candidate): string {
	return [candidate.question.prompt, ...shownStatementsOf(candidate)].join('\n');
}

/** The statements a question shows whole: a choice's options, an order question's items. */
export function shownStatementsOf({ question }: Candidate): readonly string[] {
	if (question.type === 'choice') return question.choices;
	if (question.type === 'order') return question.items;
	return [];
}
