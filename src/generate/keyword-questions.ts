import type { Candidate } from './candidate.js';
import { sample } from './distractors.js';
import type { Fact } from './facts.js';
import { fillLead, pickLead } from './prompts.js';
import { choiceCandidate, type FactView, fillCandidate, rewrite } from './question-parts.js';

type KeywordFact = Extract<Fact, { kind: 'keyword' }>;

const isPlural = (word: string) => /(?<![su])s$/u.test(word);

/**
 * A recurring noun blanked: a fill-in (singular or plural graded right), or a choice among the
 * article's other recurring nouns of the same number that the sentence does not use.
 */
export function keywordQuestion(
	kind: 'short' | 'choice',
	view: FactView & { fact: KeywordFact },
	nouns: readonly string[],
): Candidate | undefined {
	const { fact } = view;
	const shownText = rewrite(view);
	const other = isPlural(fact.text) ? fact.text.replace(/s$/u, '') : `${fact.text}s`;
	if (kind === 'short') {
		return fillCandidate(view, fillLead(fact), shownText, [fact.text, other], {
			accept: [other],
			allowNearMiss: true,
		});
	}
	const sentence = fact.sentence.text.toLocaleLowerCase('en');
	const distractors = sample(
		nouns,
		3,
		view.rng,
		(noun) =>
			isPlural(noun) === isPlural(fact.text) &&
			!sentence.includes(noun.replace(/s$/u, '')) &&
			!noun.startsWith(fact.text.replace(/s$/u, '')) &&
			!fact.text.startsWith(noun.replace(/s$/u, '')),
	);
	return choiceCandidate(view, pickLead(fact), shownText, fact.text, distractors, [
		fact.text,
		other,
	]);
}
