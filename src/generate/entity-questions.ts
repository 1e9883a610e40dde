import { normalizeText } from '../core/grade/normalize.js';
import type { Candidate } from './candidate.js';
import { entityForm, sample } from './distractors.js';
import type { Entity } from './entities.js';
import type { Fact } from './facts.js';
import type { Pools } from './pools.js';
import { fillLead, pickLead, trueFalseLead } from './prompts.js';
import {
	choiceCandidate,
	common,
	type FactView,
	fillCandidate,
	rewrite,
} from './question-parts.js';

type EntityFact = Extract<Fact, { kind: 'entity' }>;

/** How a distractor must fit the answer's slot: its form, its "the", its pronoun. */
export type Slot = {
	readonly isShort: boolean;
	readonly isAfterThe?: boolean;
	/** Entities to draw from first (same subkind, other speakers); the rest of the kind after. */
	readonly preferred?: readonly Entity[];
};

/**
 * Same-kind entities not already named in the excerpt, written in the form the slot needs;
 * a person of the other known gender, or a "the" name in a slot without "the", does not fit.
 */
export function entityDistractors(
	view: FactView,
	entity: Entity,
	pools: Pools,
	count: number,
	slot: Slot,
): string[] {
	const shown = ` ${normalizeText(view.excerpt.text)} `;
	const fits = (other: Entity) =>
		(slot.isAfterThe === undefined || other.isAfterThe === slot.isAfterThe) &&
		(!entity.gender || !other.gender || entity.gender === other.gender);
	const isAllowed = (other: Entity) =>
		other.key !== entity.key &&
		fits(other) &&
		!other.forms.some((form) => shown.includes(` ${normalizeText(form)} `));
	const preferred =
		slot.preferred ?? (entity.subkind ? pools.entities(entity.kind, entity.subkind) : []);
	const close = sample(preferred, count, view.rng, isAllowed);
	const picked = new Set(close);
	const rest = sample(
		pools.entities(entity.kind),
		count - close.length,
		view.rng,
		(other) => isAllowed(other) && !picked.has(other),
	);
	return [...close, ...rest].map((other) => entityForm(other, slot.isShort));
}

/** Every way the article writes the entity, so filters can spot the answer in other words. */
export function formsOf(entity: Entity): string[] {
	return [...new Set([entity.name, ...entity.forms])];
}

/** Fill-in, choice and true/false questions on a person, place or organisation. */
export function entityQuestion(
	kind: 'short' | 'choice' | 'truefalse',
	view: FactView & { fact: EntityFact },
	pools: Pools,
): Candidate | undefined {
	const { fact } = view;
	const { entity } = fact;
	// "the White House", "the Pacific Ocean": only names of places and bodies take "the".
	const takesThe = entity.kind === 'place' || entity.kind === 'org';
	const slot = {
		isShort: fact.text.split(' ').length < entity.name.split(' ').length,
		...(takesThe ? { isAfterThe: fact.isAfterThe } : {}),
	};
	const forms = formsOf(entity);
	const shownText = rewrite(view);
	if (kind === 'short') {
		const accept = forms.filter((form) => form !== fact.text);
		return fillCandidate(view, fillLead(fact), shownText, forms, {
			...(accept.length > 0 ? { accept } : {}),
			...(entity.kind === 'org' ? {} : { allowNearMiss: true }),
		});
	}
	if (kind === 'choice') {
		const distractors = entityDistractors(view, entity, pools, 3, slot);
		return choiceCandidate(view, pickLead(fact), shownText, fact.text, distractors, forms);
	}
	const [swap] = view.rng() < 0.5 ? entityDistractors(view, entity, pools, 1, slot) : [];
	return trueFalse(view, forms, swap);
}

/** A true statement (the excerpt as written) or a false one (the answer swapped for `swap`). */
export function trueFalse(
	view: FactView,
	answerForms: readonly string[],
	swap: string | undefined,
): Candidate {
	const { fact } = view;
	const statement = rewrite(view, swap ?? fact.text);
	const explanation = swap
		? `The article says “${fact.text}”, not “${swap}”.`
		: 'The statement is the article’s own wording.';
	return {
		question: {
			...common(view, `${trueFalseLead} ${statement}`, fact.text),
			type: 'truefalse',
			answer: swap === undefined,
			explanation,
		},
		fact,
		answerForms,
		shownText: statement,
	};
}
