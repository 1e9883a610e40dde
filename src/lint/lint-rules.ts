// Lint: which of the generator's rules a bank is held to, and how to fix what each finds.
import { type RuleName, rules } from '../generate/judge/judge.js';
import type { Rule } from '../generate/judge/rules.js';
import { type PairRule, pairRules } from '../generate/judge/rules-items.js';

/** A rule `lint` runs: the generator's own function, with a fix in words. */
export type LintRule<Check> = {
	readonly name: string;
	/**
	 * Only for a question the generator built, found again: the rule reads what a hand-written
	 * question does not have (the fact's entity, article text shown around a blank).
	 */
	readonly isGeneratedOnly?: boolean;
	readonly defect: string;
	readonly check: Check;
	readonly fix: string;
};

/**
 * The item-writing rules of the generator's table that `lint` holds every question to, each
 * with the fix it suggests. The rest of the table picks what is worth generating (a weekday,
 * a credit line) or needs what only the generator knows, such as a false statement's swap.
 */
const fixes = {
	'answer-longest': 'shorten the key or lengthen the distractors so no option stands out',
	agreement: 'make every option fit the words around the blank ("a/an", "is/are")',
	'cue-word': 'reword the key or the prompt so only reading tells the key',
	'distractor-is-answer': 'replace the distractor: it is the key in other words',
	'duplicate-options': 'replace one of the two options: a learner cannot tell them apart',
	'answer-in-prompt': 'take the answer out of the prompt',
	'other-form-in-prompt': 'take the answer’s other name out of the prompt',
	'unresolved-pronoun': 'name who or what the pronoun stands for',
	'dangling-reference': 'say what the reference points at',
	'absolute-distractor': 'drop or soften the absolute word ("always", "never")',
	'negative-stem': 'ask it positively, or write NOT (or *not*) so it stands out',
	'above-options': 'replace "all/none of the above" with an option about the article',
	'pronoun-highlight': 'highlight the name or phrase the line says it of, not the pronoun',
	'mixed-options': 'make every distractor the same kind of thing as the key',
} as const satisfies Partial<Record<RuleName, string>>;

/**
 * Rules that read the article's own words around a blank or a name's other forms: a
 * hand-written prompt ("What context does the article give …?") and its phrase options
 * ("the Chinese Ministry of Foreign Affairs", "Chinese state media") are no such text.
 */
const generatedOnly = new Set<string>([
	'distractor-is-answer',
	'other-form-in-prompt',
	'dangling-reference',
]);

const table = new Map<string, readonly [string, Rule]>(
	rules.map(([name, defect, check]) => [name, [defect, check]]),
);

/** The rules on one question, in the order of the generator's table. */
export const questionRules: readonly LintRule<Rule>[] = Object.entries(fixes).map(([name, fix]) => {
	const [defect, check] = table.get(name) as readonly [string, Rule];
	return {
		name,
		defect,
		check,
		fix,
		...(generatedOnly.has(name) ? { isGeneratedOnly: true } : {}),
	};
});

const pairFixes: Readonly<Record<(typeof pairRules)[number][0], string>> = {
	'same-fact': 'ask something else of one of them, or drop one',
	'true-false-pair': 'keep one statement of the sentence, or ask the other another way',
};

/** The rules on two questions of one bank. */
export const bankRules: readonly LintRule<PairRule>[] = pairRules.map(([name, defect, check]) => ({
	name,
	defect,
	check,
	fix: pairFixes[name],
}));
