// Candidates: "Who said …?" questions on a quotation.

import { entityDistractors } from './entity-questions.js';
import { quoteExcerpt } from './prompts.js';
import { choiceCandidate, common, type QuestionBuilder } from './question-parts.js';

/** "Who said “…”?" as a choice among the article's people, or as a fill-in. */
export const whoSaidQuestion: QuestionBuilder<'quote'> = (kind, view, pools) => {
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
			isAnyGender: !/\b(?:he|she|him|her|his|hers|himself|herself)\b/iu.test(quote.text),
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
};

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
