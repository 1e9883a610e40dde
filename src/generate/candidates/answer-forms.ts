// Candidates: the other ways a reader may write an answer.
import type { CountryIndex } from '../facts/countries.js';
import type { Entity } from '../facts/entities.js';

/** Generic last words a reader leaves out: "Belt and Road" for "Belt and Road Initiative". */
const droppableHeads =
	/\s+(?:Initiative|Project|Programme|Program|Plan|Strategy|Ocean|River|Desert|Airlines|Airways|Air Lines|Inc\.?|Corporation|Company)$/u;
/** Spellings either side of the Atlantic. */
const spellings: [RegExp, string][] = [
	[/Organization/gu, 'Organisation'],
	[/Organisation/gu, 'Organization'],
	[/Defense/gu, 'Defence'],
	[/Defence/gu, 'Defense'],
	[/Center/gu, 'Centre'],
	[/Centre/gu, 'Center'],
	[/Program\b/gu, 'Programme'],
	[/Labor/gu, 'Labour'],
];

/**
 * Every answer a reader would naturally type for an entity: the forms the article uses, a
 * person's surname and full name, an organisation's short and long forms ("Chinese Foreign
 * Ministry" for "Chinese Ministry of Foreign Affairs"), its acronym where the article uses one,
 * "Pacific" for "Pacific Ocean", and a country's other names ("US", "United States").
 */
export function naturalForms(
	entity: Entity,
	articleText: string,
	countries: CountryIndex,
): string[] {
	const forms = new Set([entity.name, ...entity.forms]);
	const words = entity.name.split(/\s+/);
	if (entity.kind === 'person' && words.length > 1) forms.add(words.at(-1) as string);
	// "Dr Wangari Maathai" is also typed without the title.
	if (entity.kind === 'person') {
		for (const form of [...forms]) {
			const bare = form.replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Lady|Lord)\.?\s+/u, '');
			if (bare !== form && bare.includes(' ')) forms.add(bare);
		}
	}
	if (entity.kind === 'org' || entity.kind === 'place') {
		for (const form of [...forms]) {
			const short = form.replace(droppableHeads, '');
			if (short !== form && short.length > 2) forms.add(short);
			for (const variant of ministryForms(form)) forms.add(variant);
			// "Liberal Party of Kenya" is "Liberal Party" to a reader of an article on Kenya.
			const ofPlace = /^(.+?\s\p{Lu}\p{L}+)\s+of\s+(\p{Lu}[\p{L}\s]+)$/u.exec(form);
			if (entity.kind === 'org' && ofPlace && countries.relatedCountry(ofPlace[2] as string))
				forms.add(ofPlace[1] as string);
			for (const [pattern, other] of spellings) {
				if (pattern.test(form)) forms.add(form.replace(pattern, other));
				pattern.lastIndex = 0;
			}
		}
		const acronym = initials(entity.name);
		if (acronym && new RegExp(`\\b${acronym}\\b`, 'u').test(articleText)) forms.add(acronym);
	}
	if (entity.kind === 'place') {
		const code = countries.countryOf(entity.name);
		if (code) for (const name of countries.namesOf(code)) forms.add(name);
		// A visit to Taipei is a visit to Taiwan: a capital's country is a fair answer too.
		const capitalOf = code ? undefined : countries.relatedCountry(entity.name);
		if (capitalOf) forms.add(countries.namesOf(capitalOf)[0] as string);
	}
	return [...forms];
}

/** "Chinese Ministry of Foreign Affairs" → "Chinese Foreign Ministry", "Foreign Ministry" … */
function ministryForms(name: string): string[] {
	const match = /^(?:(\p{Lu}\p{L}+)\s+)?(Ministry|Department)\s+of\s+(.+?)(?:\s+Affairs)?$/u.exec(
		name,
	);
	if (!match) return [];
	const [, owner, head, subject] = match;
	const plain = `${subject} ${head}`;
	const long = name.replace(/^\p{Lu}\p{L}+\s+(?=Ministry|Department)/u, '');
	return owner ? [plain, `${owner} ${plain}`, long] : [plain];
}

/** "Shanghai Cooperation Organization" → "SCO"; undefined for a one-word name. */
export function initials(name: string): string | undefined {
	const words = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
	if (words.length < 2) return undefined;
	return words.map((word) => word[0]).join('');
}
