// Candidates: questions on a person, place or organisation.

import { normalizeText } from '../../core/grade/normalize.js';
import type { Entity } from '../facts/entities.js';
import { wordSet } from '../read/words.js';
import type { Candidate } from './candidate.js';
import { entityForm, sample } from './distractors.js';
import type { Pools } from './pools.js';
import { asQuestion, fillLead, pickLead, trueFalseLead } from './prompts.js';
import {
	choiceCandidate,
	common,
	type FactView,
	fillCandidate,
	type QuestionBuilder,
	rewrite,
} from './question-parts.js';

/** How a distractor must fit the answer's slot: its form, its "the", its pronoun. */
type Slot = {
	readonly isShort: boolean;
	readonly isAfterThe?: boolean;
	/** Entities to draw from first (same subkind, other speakers); the rest of the kind after. */
	readonly preferred?: readonly Entity[];
	/** Draw only from `preferred` ("who said" offers only people the article quotes). */
	readonly isPreferredOnly?: boolean;
	/**
	 * A person of either gender fits: "Who said “…”?" shows no pronoun of the speaker's, so a
	 * woman among the men the article quotes is ruled out by nothing but reading.
	 */
	readonly isAnyGender?: boolean;
};

/**
 * Same-kind entities not already named in the excerpt: a person of the other known gender, a
 * "the" name in a slot without "the", another form of the answer ("Beijing" for "China"), a place
 * of another kind (a city for a country) or a body of another kind (a newsroom for a ministry)
 * does not fit.
 */
export function entityDistractors(
	view: FactView,
	entity: Entity,
	pools: Pools,
	count: number,
	slot: Slot,
): Entity[] {
	const shown = ` ${normalizeText(view.excerpt.text)} `;
	const group = pools.groupOf(entity);
	const fits = (other: Entity) =>
		(slot.isAfterThe === undefined || other.isAfterThe === slot.isAfterThe) &&
		(slot.isAnyGender === true ||
			!entity.gender ||
			!other.gender ||
			entity.gender === other.gender) &&
		(entity.kind !== 'place' ||
			(other.subkind === entity.subkind && placeClass(other.name) === placeClass(entity.name))) &&
		(entity.kind !== 'org' || orgClass(other.name) === orgClass(entity.name)) &&
		// "Uber and Lyft" beside "Cape Air": two names for one is another kind of answer.
		isJoined(other.name) === isJoined(entity.name);
	const isAllowed = (other: Entity) =>
		other.key !== entity.key &&
		pools.groupOf(other) !== group &&
		fits(other) &&
		!other.forms.some((form) => shown.includes(` ${normalizeText(form)} `));
	const peers = slot.preferred ? [] : pools.peersOf(entity).filter(isAllowed);
	// Two peers make a fair choice of three; a stranger beside them ("Pelosi" among presidents)
	// would be ruled out on sight.
	const hasPeers = peers.length >= Math.min(2, count);
	const preferred =
		slot.preferred ??
		(hasPeers ? peers : entity.subkind ? pools.entities(entity.kind, entity.subkind) : []);
	const close = sample(preferred, count, view.rng, isAllowed);
	if (slot.isPreferredOnly || hasPeers) return close;
	const picked = new Set(close);
	const rest = sample(
		pools.entities(entity.kind),
		count - close.length,
		view.rng,
		(other) => isAllowed(other) && !picked.has(other),
	);
	return [...close, ...rest];
}

/**
 * Whether a name joins two ("Uber and Lyft", "Ford Crown Victorias and Toyota Camry"); one whose
 * head word names a body ("Belt and Road Initiative", "Food and Drug Administration") is one.
 */
const isJoined = (name: string) =>
	/\s(?:and|&)\s/u.test(name) &&
	orgClass(name) === 'other' &&
	!/\b(?:Initiative|Project|Programme|Program|Plan)$/u.test(name);

/** Fill-in, choice and true/false questions on a person, place or organisation. */
export const entityQuestion: QuestionBuilder<'entity'> = (kind, view, pools) => {
	const { fact } = view;
	const { entity } = fact;
	// "the White House", "the Pacific Ocean": only names of places and bodies take "the".
	const takesThe = entity.kind === 'place' || entity.kind === 'org';
	const slot = {
		isShort: fact.text.split(' ').length < entity.name.split(' ').length,
		...(takesThe ? { isAfterThe: fact.isAfterThe } : {}),
	};
	const forms = [...pools.formsOf(entity)];
	const shownText = rewrite(view);
	const question = asQuestion(fact, shownText);
	const asked = (candidate: Candidate): Candidate =>
		question ? { ...candidate, question: { ...candidate.question, prompt: question } } : candidate;
	if (kind === 'short') {
		const accept = forms.filter((form) => form !== fact.text);
		return asked(
			fillCandidate(view, fillLead(fact), shownText, forms, {
				...(accept.length > 0 ? { accept } : {}),
				...(entity.kind === 'org' ? {} : { allowNearMiss: true }),
			}),
		);
	}
	if (kind === 'choice') {
		const others = entityDistractors(view, entity, pools, 3, slot);
		const distractors = others.map((other) => entityForm(other, slot.isShort));
		const candidate = choiceCandidate(
			view,
			pickLead(fact),
			shownText,
			fact.text,
			distractors,
			forms,
		);
		return { ...asked(candidate), optionEntities: others };
	}
	const [swap] = kind === 'false' ? entityDistractors(view, entity, pools, 1, slot) : [];
	if (kind === 'false' && !swap) return undefined;
	return trueFalse(view, forms, swap && { text: entityForm(swap, slot.isShort), entity: swap });
};

/** What kind of body an organisation is, from its head word: ministry, university, company … */
export function orgClass(name: string): string {
	const words = name.split(/\s+/);
	for (const [kind, heads] of orgClasses) if (words.some((word) => heads.has(word))) return kind;
	return 'other';
}

const orgClasses: [string, Set<string>][] = [
	[
		'government',
		wordSet(
			'Ministry Department Council Agency Office Bureau Administration Authority Commission Committee Government House Parliament Congress Senate Assembly Court',
		),
	],
	['military', new Set('Army Navy Forces Guard Command Corps'.split(' '))],
	[
		'education',
		wordSet('University Institute College Academy School Laboratory Observatory Library Museum'),
	],
	['airline', new Set('Air Airlines Airways Aviation'.split(' '))],
	['business', new Set('Company Corporation Corp Inc Ltd Group Bank Fund'.split(' '))],
	['media', new Set('Times Post News Press Network Journal Herald Tribune'.split(' '))],
	[
		'alliance',
		wordSet(
			'Organization Organisation Alliance League Union Federation Association Society Party Initiative Club',
		),
	],
];

/** A true statement (the excerpt as written) or a false one (the answer swapped for `swap`). */
export function trueFalse(
	view: FactView,
	answerForms: readonly string[],
	swap: Candidate['swap'] | string | undefined,
): Candidate {
	const { fact } = view;
	const change = typeof swap === 'string' ? { text: swap } : swap;
	const statement = rewrite(view, change?.text ?? fact.text);
	const explanation = change
		? `False: the article says “${fact.text}”, not “${change.text}”.`
		: `True: line ${fact.line} says so in these very words.`;
	return {
		question: {
			...common(view, `${trueFalseLead} ${statement}`, fact.text),
			type: 'truefalse',
			answer: change === undefined,
			explanation,
		},
		fact,
		answerForms,
		shownText: statement,
		...(change ? { swap: change } : {}),
	};
}

/** What kind of place a name is, from its last word: a street, a body of water, an island … */
function placeClass(name: string): string {
	const last = name.split(/\s+/).at(-1) ?? '';
	for (const [kind, heads] of placeClasses) if (heads.has(last)) return kind;
	return 'area';
}

const placeClasses: [string, Set<string>][] = [
	[
		'road',
		new Set('Street Avenue Way Road Boulevard Lane Drive Square Busway Highway Bridge'.split(' ')),
	],
	[
		'water',
		new Set('Ocean Sea River Lake Bay Gulf Strait Straits Canal Harbor Harbour'.split(' ')),
	],
	[
		'land',
		new Set(
			'Island Islands Peninsula Mountain Mountains Valley Desert Hills Plain Plains'.split(' '),
		),
	],
	['site', new Set('Station Center Centre Airport Park Port Base Complex'.split(' '))],
];
