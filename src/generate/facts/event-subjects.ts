// Facts: who "he" or "she" opening a dated event is, when the sentences before leave no doubt.
import type { EntityIndex, Mention } from './entities.js';

/** The name a sentence's leading "he" or "she" stands for, or undefined when in doubt. */
export type SubjectFinder = (pronoun: 'he' | 'she', sentence: number) => string | undefined;

/** How many sentences back the person may be named. */
const reach = 3;

/**
 * "In 1921, he was awarded the Nobel Prize": he is the one person the nearest sentence before
 * names, if the article gives that person the pronoun's gender; never when the sentence itself
 * names someone (the pronoun may be theirs) or the nearest names two.
 */
export function subjectFinder(index: EntityIndex): SubjectFinder {
	const bySentence = new Map<number, Mention[]>();
	for (const mention of index.mentions) {
		if (index.entities.get(mention.entity)?.kind !== 'person') continue;
		bySentence.set(mention.sentence, [...(bySentence.get(mention.sentence) ?? []), mention]);
	}
	return (pronoun, sentence) => {
		if (bySentence.has(sentence)) return undefined;
		for (let back = sentence - 1; back >= Math.max(0, sentence - reach); back--) {
			const named = bySentence.get(back);
			if (!named) continue;
			const people = new Set(named.map((mention) => mention.entity));
			const person = index.entities.get(named[0]?.entity ?? '');
			const gender = pronoun === 'he' ? 'male' : 'female';
			if (people.size !== 1 || person?.gender !== gender) return undefined;
			return named.at(-1)?.text;
		}
		return undefined;
	};
}
