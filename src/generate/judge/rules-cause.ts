// Judge: rules on "why" and evidence questions: a clear reason, a claim only its key shows.
import { contentWords } from '../read/words.js';
import type { Rule } from './rules.js';

/** Pronouns a reason shown as an option cannot carry: the option stands without its sentence. */
const pronoun =
	/\b(?:he|she|it|they|them|him|her|his|its|their|theirs|this|these|those|we|us|our|you|your|i|me|my)\b/iu;

/** "To keep it warm through the cold Martian nights": what "it" is, the option does not say. */
export const causePronoun: Rule = ({ fact }) => {
	if (fact.kind !== 'cause') return undefined;
	const match = pronoun.exec(fact.text);
	return match ? `the reason says “${match[0]}” without saying who or what` : undefined;
};

/** "To stop": a reason of fewer than two content words is no reason a reader can weigh. */
export const causeTooShort: Rule = ({ fact }) => {
	if (fact.kind !== 'cause') return undefined;
	const words = contentWords(fact.text).length;
	return words < 2 ? `the reason has ${words} content word${words === 1 ? '' : 's'}` : undefined;
};

/** "Why did inflation stay low? Low inflation": the prompt holds most of the reason's words. */
export const causeGivenAway: Rule = ({ fact, shownText }) => {
	if (fact.kind !== 'cause') return undefined;
	const prompt = new Set(contentWords(shownText));
	const words = contentWords(fact.text);
	const shown = words.filter((word) => prompt.has(word));
	return shown.length * 2 >= words.length
		? `the prompt shows ${shown.map((word) => `“${word}”`).join(', ')} of the reason`
		: undefined;
};

/**
 * "Which sentence best shows that the Kenyan government opposed Dr Maathai's project?": an
 * option other than the key that names both sides of the claim may show it too.
 */
export const evidenceAlsoShown: Rule = ({ fact, question }) => {
	if (fact.kind !== 'claim' || question.type !== 'choice') return undefined;
	const subject = contentWords(fact.claim.subject);
	const other = contentWords(fact.claim.other);
	const twin = question.choices.find((choice) => {
		if (choice === question.answer) return false;
		const words = new Set(contentWords(choice));
		return subject.some((word) => words.has(word)) && other.some((word) => words.has(word));
	});
	return twin === undefined ? undefined : `“${twin}” names both sides of the claim`;
};
