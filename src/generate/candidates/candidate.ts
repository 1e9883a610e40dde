// Candidates: a question as built, with the fact and the line it came from.
import type { BankInput } from '../../core/bank/schema.js';
import type { Entity } from '../facts/entities.js';
import type { Fact } from '../facts/facts.js';

/** A question as written to a bank (defaults left out). */
export type QuestionInput = BankInput['questions'][number];

/** A question the generator proposes, with what the quality filter needs to judge it. */
export type Candidate = {
	readonly question: QuestionInput;
	readonly fact: Fact;
	/** The answer and every other way the article writes the same thing ("Xi", "Xi Jinping"). */
	readonly answerForms: readonly string[];
	/** The article text the prompt shows, with the answer blanked (no lead-in). */
	readonly shownText: string;
	/** A false true/false statement: what replaced the answer, and the entity it names. */
	readonly swap?: { readonly text: string; readonly entity?: Entity };
	/** A choice's distractors that are entities of the article, for checking their kind. */
	readonly optionEntities?: readonly Entity[];
};

/** The blank that stands for the answer in a prompt. */
export const blank = '_____';
