import type { Candidate } from './candidate.js';
import { sample } from './distractors.js';
import { entityDistractors, formsOf } from './entity-questions.js';
import type { Fact } from './facts.js';
import type { Pools } from './pools.js';
import { fillLead, pickLead, quoteExcerpt } from './prompts.js';
import {
	choiceCandidate,
	common,
	type FactView,
	fillCandidate,
	rewrite,
} from './question-parts.js';

type QuoteFact = Extract<Fact, { kind: 'quote' }>;
type TermFact = Extract<Fact, { kind: 'term' }>;

/** "Who said “…”?" as a choice among the article's people, or as a fill-in. */
export function whoSaidQuestion(
	kind: 'choice' | 'short',
	view: FactView & { fact: QuoteFact },
	pools: Pools,
): Candidate | undefined {
	const { fact, excerpt } = view;
	const { speaker, quote } = fact;
	const shownText = `“${quoteExcerpt(quote.text)}”`;
	// “Did you want to be a keeper?” needs no second question mark.
	const prompt = /[?!]”$/u.test(shownText) ? `Who said ${shownText}` : `Who said ${shownText}?`;
	// "Kirby" marks the speaker; a pronoun takes its verb along ("he said"), "he" alone being
	// too likely to match inside another word first.
	const at = quote.attribution?.start;
	const named =
		at === undefined
			? undefined
			: /^\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*)*|^\p{L}+\s+\p{L}+/u.exec(
					excerpt.text.slice(at - excerpt.start),
				);
	const highlight = named?.[0];
	const forms = formsOf(speaker);
	if (kind === 'choice') {
		const asked = { ...view, excerpt: { ...excerpt, text: shownText } };
		const distractors = entityDistractors(asked, speaker, pools, 3, {
			isShort: false,
			preferred: pools.speakers,
		});
		const candidate = choiceCandidate(view, '', shownText, speaker.name, distractors, forms);
		return {
			...candidate,
			question: { ...candidate.question, ...common(view, prompt, highlight, at) },
		};
	}
	const accept = forms.filter((form) => form !== speaker.name);
	return {
		question: {
			...common(view, prompt, highlight, at),
			type: 'short',
			answer: speaker.name,
			...(accept.length > 0 ? { accept } : {}),
			allowNearMiss: true,
		},
		fact,
		answerForms: forms,
		shownText,
	};
}

/** Words the article quotes as a term ("balanced position"): fill-in, or a choice among terms. */
export function termQuestion(
	kind: 'short' | 'choice',
	view: FactView & { fact: TermFact },
	pools: Pools,
): Candidate | undefined {
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
}
