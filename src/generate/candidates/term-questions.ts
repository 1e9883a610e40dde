// Candidates: fill-in and choice questions on a term the article puts in quotation marks.
import { sample } from './distractors.js';
import { fillLead, pickLead } from './prompts.js';
import { choiceCandidate, fillCandidate, type QuestionBuilder, rewrite } from './question-parts.js';

/** Words the article quotes as a term ("balanced position"): fill-in, or a choice among terms. */
export const termQuestion: QuestionBuilder<'term'> = (kind, view, pools) => {
	const { fact } = view;
	const shownText = rewrite(view);
	if (kind === 'choice') {
		const distractors = sample(
			pools.terms,
			3,
			view.rng,
			(term) => term !== fact.text && !view.excerpt.text.includes(term),
		);
		return choiceCandidate(view, pickLead(fact), shownText, fact.text, distractors, [fact.text]);
	}
	return fillCandidate(view, fillLead(fact), shownText, [fact.text]);
};
