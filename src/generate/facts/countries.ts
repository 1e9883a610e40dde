// Facts: countries, capitals and nationalities the article's words point at.
import data, { type Country } from 'world-countries';

const countries = data as unknown as readonly Country[];

import { normalizeText } from '../../core/grade/normalize.js';

/** What the article's words say about countries: "Kazakh", "Beijing" and "US" each point at one. */
export type CountryIndex = {
	/** The country a name, an alternative spelling or a demonym names ("Chinese" → CHN). */
	countryOf(text: string): string | undefined;
	/** The country a text names or whose capital it is ("Beijing" → CHN). */
	relatedCountry(text: string): string | undefined;
	/** Every name a grader should take for the country: "United States", "US", "USA" … */
	namesOf(code: string): readonly string[];
	/** The part of the world a country lies in ("Central Asia" for KAZ), if the data set has one. */
	subregionOf(code: string): string | undefined;
};

/** Two-letter forms people write for a country; other ISO codes are not prose. */
const commonCodes = new Set(['US', 'UK']);
const latin = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

let built: CountryIndex | undefined;

/** The index, built once from the world-countries data set. */
export function countryIndex(): CountryIndex {
	built ??= buildIndex();
	return built;
}

function buildIndex(): CountryIndex {
	const names = new Map<string, string>();
	const capitals = new Map<string, string>();
	const namesByCode = new Map<string, string[]>();
	const subregions = new Map<string, string>();
	// Members of the UN first: "Indian" names India before the Indian Ocean territory.
	const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
	for (const country of ordered) {
		const code = country.cca3;
		if (country.subregion) subregions.set(code, country.subregion);
		const own = [country.name.common, country.name.official, ...country.altSpellings].filter(
			(name) => latin.test(name) && (name.length > 2 || commonCodes.has(name)),
		);
		// A grader takes the names an English reader types, not transliterations.
		namesByCode.set(code, [...new Set(own.filter((name) => /^[A-Za-z .'-]+$/.test(name)))]);
		const demonyms = Object.values(country.demonyms ?? {}).flatMap(
			(each: { m: string; f: string }) => [each.m, each.f],
		);
		for (const name of [...own, ...demonyms]) {
			if (!names.has(normalizeText(name))) names.set(normalizeText(name), code);
		}
		for (const capital of country.capital) {
			capitals.set(normalizeText(capital), code);
			// "Washington D.C." is written "Washington" too.
			capitals.set(normalizeText(capital.replace(/\s+D\.?\s?C\.?$/u, '')), code);
		}
	}
	const singular = (text: string) => text.replace(/(?<=[a-z]{3})s$/u, '');
	const commonNames = ordered.map((country) => [normalizeText(country.name.common), country.cca3]);
	// "Kazakh", "Uzbek", "Tajik": a demonym the data set writes "Kazakhstani" is the start of the name.
	const byStem = (key: string) => {
		if (key.length < 4 || key.includes(' ')) return undefined;
		const found = commonNames.filter(([name]) => name?.startsWith(key) && name.length > key.length);
		return found.length === 1 ? found[0]?.[1] : undefined;
	};
	// Remembered per text (a bounded memo): the same names are asked after for every candidate.
	const known = new Map<string, string | undefined>();
	const countryOf = (text: string) => {
		if (known.has(text)) return known.get(text);
		if (known.size >= 50_000) known.clear();
		const key = normalizeText(text);
		const code = names.get(key) ?? names.get(singular(key)) ?? byStem(key);
		known.set(text, code);
		return code;
	};
	return {
		countryOf,
		relatedCountry: (text) => countryOf(text) ?? capitals.get(normalizeText(text)),
		namesOf: (code) => namesByCode.get(code) ?? [],
		subregionOf: (code) => subregions.get(code),
	};
}
