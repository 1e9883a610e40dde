// Facts: whether a name is a person, a place, an organisation or a nationality.
import nlp from 'compromise';
import { wordSet } from '../read/words.js';

/** The kinds of named things questions are asked about; nationalities are words like "Russian". */
export type EntityKind = 'person' | 'place' | 'org' | 'nationality';

/** What a name names, as far as the lexicon and name shape tell. */
export type NameClass = {
	readonly kind?: EntityKind;
	/** For places: country, city or region, so distractors can match. */
	readonly subkind?: 'country' | 'city' | 'region';
	readonly gender?: 'female' | 'male';
};

/** Looks names and words up in compromise's lexicon, each distinct text once per run. */
export type NameClassifier = {
	classify(name: string): NameClass;
	/** A capitalised word that is an ordinary word (In, The, Those, We…), not a name. */
	isOrdinaryWord(word: string): boolean;
	/** A nationality word or other adjective (Chinese, Western…): never a name by itself. */
	isAdjective(word: string): boolean;
	/** A nationality adjective: Russian, Chinese, Kazakh (not "the Ukrainians"). */
	isDemonym(word: string): boolean;
};

/**
 * Adjectives of a continent, a region or a people ("European countries", "Arab states"): no
 * one's nationality, so neither the key nor a wrong option beside "French" and "German".
 */
const regionalAdjectives = new Set(
	'European African Asian Oceanian Antarctic Arctic Latin Nordic Scandinavian Baltic Balkan Caribbean Mediterranean Slavic Hispanic Arab Western Eastern Northern Southern Central Pacific Atlantic'.split(
		' ',
	),
);
const orgWords = wordSet(
	'Air Airlines Airways Aviation Railway Railroad Ministry Council Organization Organisation Initiative House Agency Department Committee Party University Institute Bank Company Corporation Corp Inc Ltd Association Union Court Parliament Congress Senate Assembly Army Navy Commission Fund Foundation Society Museum School College Academy Office Group Bureau Service Forces Guard Alliance League Federation Network Times Post News Press Club Church Hospital Laboratory Observatory Library Government Administration Authority Board',
);
const placeHeads = wordSet(
	'Ocean Sea Strait Straits River Lake Mountains Mountain Island Islands Bay Gulf Valley Desert Peninsula Province Region County Street Avenue Square Park Bridge Canal Coast Forest Falls Harbor Harbour Plain Plains Basin Glacier Volcano Point Cove Beach Hills Heights Ridge Cliffs Reef Fjord',
);
/** Last words that make a name a site, whatever body its other words name. */
const siteHeads = new Set(['Station', 'Airport', 'Terminal', 'Square', 'Street', 'Avenue']);
const placeStarts = new Set([
	'Mount',
	'Lake',
	'River',
	'Cape',
	'Port',
	'Fort',
	'Isle',
	'Gulf',
	'Mt.',
]);
const ordinaryTags = [
	'Preposition',
	'Determiner',
	'Pronoun',
	'Possessive',
	'Conjunction',
	'Expression',
	'QuestionWord',
	'Verb',
	'Adverb',
	'Adjective',
	'Negative',
	'Value',
	'Date',
];

type Term = { readonly text: string; readonly tags: readonly string[] };

/** A classifier with its own cache; compromise tags each distinct text once. */
export function createNameClassifier(): NameClassifier {
	const cache = new Map<string, Term[]>();
	const termsOf = (text: string): Term[] => {
		let terms = cache.get(text);
		if (!terms) {
			const [sentence] = nlp(text).json() as { terms: Term[] }[];
			terms = sentence?.terms ?? [];
			cache.set(text, terms);
		}
		return terms;
	};
	const wordTags = new Map<string, Set<string>>();
	const tagsOfWord = (word: string) => {
		let tags = wordTags.get(word);
		if (!tags) {
			tags = new Set(termsOf(word)[0]?.tags ?? []);
			wordTags.set(word, tags);
		}
		return tags;
	};
	const classes = new Map<string, NameClass>();
	return {
		classify(name) {
			let nameClass = classes.get(name);
			if (!nameClass) {
				nameClass = classifyName(name, termsOf(name));
				classes.set(name, nameClass);
			}
			return nameClass;
		},
		isOrdinaryWord(word) {
			const tags = tagsOfWord(word);
			if (['Person', 'Place', 'Organization', 'ProperNoun'].some((tag) => tags.has(tag)))
				return tags.has('Demonym');
			return ordinaryTags.some((tag) => tags.has(tag));
		},
		isAdjective(word) {
			const tags = tagsOfWord(word);
			return tags.has('Demonym') || (tags.has('Adjective') && !tags.has('Place'));
		},
		isDemonym(word) {
			if (regionalAdjectives.has(word)) return false;
			const tags = tagsOfWord(word);
			return tags.has('Demonym') && !tags.has('Plural');
		},
	};
}

function classifyName(name: string, terms: readonly Term[]): NameClass {
	const words = name.split(/\s+/);
	const first = words[0] ?? '';
	const last = words.at(-1) ?? '';
	// "Union Station" is where the trains stop, though "Union" names bodies too.
	if (siteHeads.has(last)) return { kind: 'place' };
	if (words.some((word) => orgWords.has(word))) return { kind: 'org' };
	if (placeHeads.has(last) || placeStarts.has(first)) return { kind: 'place' };
	const has = (term: Term | undefined, tag: string) => term?.tags.includes(tag) ?? false;
	// "John Culberson of Texas" is a person from a place, not a place.
	if (words.includes('of') && has(terms[0], 'FirstName')) return { kind: 'person' };
	const named = terms.filter((term) => !has(term, 'Preposition') && !has(term, 'Conjunction'));
	if (named.some((term) => has(term, 'Organization'))) {
		return /^\p{Lu}{2,3}$/u.test(name) && has(named[0], 'Place') ? placeOf(terms) : { kind: 'org' };
	}
	const lastTerm = named.at(-1);
	// "Charles Martin Hall": a first name and more is a person, whatever the last word names.
	if (named.length >= 3 && has(named[0], 'FirstName') && !has(named[0], 'Place'))
		return personOf(named);
	if (has(lastTerm, 'Place')) return placeOf(terms);
	const isPersonWord = (term: Term) =>
		['Person', 'FirstName', 'LastName', 'Honorific'].some((tag) => has(term, tag));
	if (
		named.length > 0 &&
		(named.every(isPersonWord) || (named.length > 1 && has(named[0], 'FirstName')))
	) {
		return personOf(named);
	}
	return {};
}

function personOf(named: readonly Term[]): NameClass {
	const first = named[0]?.tags ?? [];
	const gender = first.includes('FemaleName')
		? 'female'
		: first.includes('MaleName')
			? 'male'
			: undefined;
	return { kind: 'person', ...(gender ? { gender } : {}) };
}

function placeOf(terms: readonly Term[]): NameClass {
	const tags = new Set(terms.flatMap((term) => term.tags));
	const subkind = tags.has('Country')
		? 'country'
		: tags.has('City')
			? 'city'
			: tags.has('Region')
				? 'region'
				: undefined;
	return { kind: 'place', ...(subkind ? { subkind } : {}) };
}
