// Facts: a person's pronouns, as the article uses them.

import type { Sentence } from '../read/segment.js';
import type { Entity, Mention } from './entities.js';

const male = /\b(?:he|him|his|himself)\b/i;
const female = /\b(?:she|her|hers|herself)\b/i;

/**
 * Give a gender to people the lexicon could not place, from the pronouns of sentences that name
 * them and no one else ("For Xi, … his first trip" → male). Votes must agree.
 */
export function inferGenders(
	entities: ReadonlyMap<string, Entity>,
	mentions: readonly Mention[],
	sentences: readonly Sentence[],
): Map<string, Entity> {
	const peopleIn = new Map<number, Set<string>>();
	for (const mention of mentions) {
		if (entities.get(mention.entity)?.kind !== 'person') continue;
		const set = peopleIn.get(mention.sentence) ?? new Set();
		peopleIn.set(mention.sentence, set.add(mention.entity));
	}
	const votes = new Map<string, Set<'female' | 'male'>>();
	for (const [index, people] of peopleIn) {
		const [only] = people;
		const text = sentences[index]?.text ?? '';
		if (people.size !== 1 || !only || entities.get(only)?.gender) continue;
		const vote = votes.get(only) ?? new Set();
		if (male.test(text)) vote.add('male');
		if (female.test(text)) vote.add('female');
		votes.set(only, vote);
	}
	const out = new Map(entities);
	for (const [key, vote] of votes) {
		const [gender] = vote;
		const entity = entities.get(key);
		if (entity && gender && vote.size === 1) out.set(key, { ...entity, gender });
	}
	return out;
}
