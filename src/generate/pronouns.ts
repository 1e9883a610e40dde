import type { Candidate } from './candidate.js';
import { entityForm } from './distractors.js';
import type { Entity, Mention } from './entities.js';
import type { ArticleFacts } from './facts.js';

const leading = /^(He|She|His|Her)\b/u;
/** How many sentences back an antecedent may stand. */
const reach = 3;

const bySentence = new WeakMap<ArticleFacts, Map<number, Mention[]>>();

/**
 * A prompt that opens with "He" or "His" names the person instead ("Xi", "Xi’s") when the
 * sentences just before name exactly one person who fits; otherwise it is left as it is (and the
 * pronoun rule judges it). The quote stays the article's own words.
 */
export function resolveLeadingPronoun(candidate: Candidate, article: ArticleFacts): Candidate {
	const { shownText, question, fact } = candidate;
	const match = leading.exec(shownText);
	if (!match) return candidate;
	const pronoun = match[1] as string;
	const person = antecedent(
		article,
		fact.sentence.index,
		/^(?:He|His)$/u.test(pronoun) ? 'male' : 'female',
	);
	if (!person) return candidate;
	const name = entityForm(person, true);
	const replacement = pronoun === 'His' || pronoun === 'Her' ? `${name}’s` : name;
	const resolved = `${replacement}${shownText.slice(pronoun.length)}`;
	return {
		...candidate,
		shownText: resolved,
		question: { ...question, prompt: question.prompt.replace(shownText, resolved) },
	};
}

function antecedent(
	article: ArticleFacts,
	sentence: number,
	gender: 'female' | 'male',
): Entity | undefined {
	let index = bySentence.get(article);
	if (!index) {
		index = new Map();
		for (const mention of article.index.mentions) {
			const list = index.get(mention.sentence);
			if (list) list.push(mention);
			else index.set(mention.sentence, [mention]);
		}
		bySentence.set(article, index);
	}
	for (let back = sentence - 1; back >= Math.max(0, sentence - reach); back--) {
		const people = new Set(
			(index.get(back) ?? [])
				.map((mention) => article.index.entities.get(mention.entity))
				.filter(
					(entity): entity is Entity =>
						entity?.kind === 'person' && entity.gender !== opposite(gender),
				),
		);
		if (people.size === 1) return [...people][0];
		if (people.size > 1) return undefined;
	}
	return onlyPerson(article, gender);
}

const only = new WeakMap<ArticleFacts, Map<string, Entity | undefined>>();

/** A text with one named woman (or one named man) in it, and no one of unknown gender: "she" is her. */
function onlyPerson(article: ArticleFacts, gender: 'female' | 'male'): Entity | undefined {
	let known = only.get(article);
	if (!known) {
		const people = [...article.index.entities.values()].filter(
			(entity) => entity.kind === 'person',
		);
		const isKnown = people.every((entity) => entity.gender !== undefined);
		known = new Map();
		for (const each of ['female', 'male'] as const) {
			const fitting = people.filter((entity) => entity.gender === each);
			known.set(each, isKnown && fitting.length === 1 ? fitting[0] : undefined);
		}
		only.set(article, known);
	}
	return known.get(gender);
}

const opposite = (gender: 'female' | 'male') => (gender === 'male' ? 'female' : 'male');
