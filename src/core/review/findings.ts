// Review: what is wrong with a question, shown under it on the review screen.
import type { Bank, Question } from '../bank/schema.js';

/** One item-writing flaw found in a question: the rule that found it and how to fix it. */
export type Finding = {
	/** The rule's name, e.g. `longest-option`. */
	readonly rule: string;
	/** What is wrong and how to fix it, in a sentence. */
	readonly message: string;
};

/**
 * The flaws of `question` in `bank`. The seam where the linter's rule set plugs in (the same
 * rules `quizline lint` and the generator's filter apply); a bank that loaded has passed every
 * check of `validate` already, so until then there is nothing to add.
 */
export function findingsFor(_question: Question, _bank: Bank): readonly Finding[] {
	return [];
}
