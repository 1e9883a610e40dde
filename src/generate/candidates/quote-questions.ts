// Candidates: "Who said …?" questions on a quotation.

import type { Fact } from '../facts/facts.js';
import type { Candidate } from './candidate.js';
import { sample } from './distractors.js';
import { entityDistractors } from './entity-questions.js';
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
	// The evidence is the speaker's name on the cited line, never "he said".
	const forms = [...pools.formsOf(speaker)];
	const named = firstForm(excerpt.text, forms);
	const highlight = named?.text;
	const at = named === undefined ? undefined : excerpt.start + named.index;
	if (kind === 'choice') {
		const asked = { ...view, excerpt: { ...excerpt, text: shownText } };
		const others = entityDistractors(asked, speaker, pools, 3, {
			isShort: false,
			preferred: pools.speakers,
			isPreferredOnly: true,
		});
		const distractors = others.map((other) => other.name);
		const candidate = choiceCandidate(view, '', shownText, speaker.name, distractors, forms);
		return {
			...candidate,
			question: { ...candidate.question, ...common(view, prompt, highlight, at) },
			optionEntities: others,
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

/** The first place `text` names one of `forms` as whole words (the longest form where two start together). */
export function firstForm(
	text: string,
	forms: readonly string[],
): { readonly text: string; readonly index: number } | undefined {
	let best: { text: string; index: number } | undefined;
	for (const form of forms) {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u');
		const match = pattern.exec(text);
		if (!match) continue;
		if (
			!best ||
			match.index < best.index ||
			(match.index === best.index && form.length > best.text.length)
		)
			best = { text: form, index: match.index };
	}
	return best;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
