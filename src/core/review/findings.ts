// Review: what is wrong with a question, shown under it on the review screen (the linter's
// findings: src/commands/review/lint-findings.ts).

/** One item-writing flaw found in a question: the rule that found it and how to fix it. */
export type Finding = {
	/** The rule's name, e.g. `longest-option`. */
	readonly rule: string;
	/** What is wrong and how to fix it, in a sentence. */
	readonly message: string;
};
