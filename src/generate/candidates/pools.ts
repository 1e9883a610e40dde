// Candidates: what the article offers as distractors, grouped by kind.

import type { ArticleProfile } from '../facts/article-profile.js';
import type { Entity } from '../facts/entities.js';
import type { ArticleFacts } from '../facts/facts.js';
import { naturalForms } from './answer-forms.js';

/** What an article offers as distractors, grouped by kind. */
export type Pools = {
	/** Entities of a kind; for places, those of the same subkind (countries, cities) when asked. */
	entities(kind: Entity['kind'], subkind?: string): readonly Entity[];
	/** Figures written with the same unit ("$", "months"), as the article writes them. */
	figures(unit: string): readonly string[];
	/** Dates of the same kind (weekday, month, year …), as the article writes them. */
	dates(kind: string): readonly string[];
	/** Words the article puts in quotation marks as terms. */
	readonly terms: readonly string[];
	/** People the article quotes: the likeliest answers to "who said". */
	readonly speakers: readonly Entity[];
	/** The group an entity counts in (a country with its capital and demonym), for "same thing". */
	groupOf(entity: Entity): string;
	/** Every answer a reader would type for the entity (see `naturalForms`). */
	formsOf(entity: Entity): readonly string[];
	/**
	 * The entities of the article that stand in the same role as `entity`, the fairest
	 * distractors: countries of the same part of the world ("Kyrgyzstan" beside "Kazakhstan"),
	 * people the article titles by a country as it titles them ("Uzbek President …" beside
	 * "Kazakh President …").
	 */
	peersOf(entity: Entity): readonly Entity[];
};

/** Group an article's entities, figures, dates and terms for picking distractors. */
export function buildPools(article: ArticleFacts, profile: ArticleProfile): Pools {
	const entities = new Map<string, Entity[]>();
	for (const entity of article.index.entities.values()) {
		// Writers and outlets in the credits are no answer to anything the article says.
		if (profile.creditNames.has(entity.key)) continue;
		push(entities, entity.kind, entity);
		if (entity.subkind) push(entities, `${entity.kind}:${entity.subkind}`, entity);
	}
	const figures = new Map<string, Set<string>>();
	const dates = new Map<string, Set<string>>();
	const terms = new Set<string>();
	const speakers = new Set<Entity>();
	for (const fact of article.facts) {
		if (fact.kind === 'figure') add(figures, fact.figure.unit ?? fact.figure.kind, fact.text);
		if (fact.kind === 'date') add(dates, fact.date.kind, fact.text);
		if (fact.kind === 'term') terms.add(fact.text);
		if (fact.kind === 'quote' && !profile.creditNames.has(fact.speaker.key))
			speakers.add(fact.speaker);
	}
	const figureLists = lists(figures);
	const text = article.lines.map((line) => line.text).join('\n');
	const formCache = new Map<Entity, string[]>();
	const dateLists = lists(dates);
	const peers = peerGroups(article, profile);
	return {
		entities: (kind, subkind) => entities.get(subkind ? `${kind}:${subkind}` : kind) ?? [],
		figures: (unit) => figureLists.get(unit) ?? [],
		dates: (kind) => dateLists.get(kind) ?? [],
		terms: [...terms],
		speakers: [...speakers],
		groupOf: profile.groupOf,
		formsOf: (entity) => {
			let forms = formCache.get(entity);
			if (!forms) {
				forms = naturalForms(entity, text, profile.countries);
				formCache.set(entity, forms);
			}
			return forms;
		},
		peersOf: (entity) => {
			const group = peerGroup(entity, profile);
			const same = group === undefined ? undefined : peers.get(group);
			return same?.filter((other) => other !== entity) ?? [];
		},
	};
}

/** The role an entity shares with its peers: "region:Central Asia", "titled", or none. */
function peerGroup(entity: Entity, profile: ArticleProfile): string | undefined {
	if (entity.kind === 'person') return profile.countryOfPerson(entity.key) ? 'titled' : undefined;
	if (entity.kind !== 'place' || entity.subkind !== 'country') return undefined;
	const code = profile.countries.countryOf(entity.name);
	const region = code && profile.countries.subregionOf(code);
	return region ? `region:${region}` : undefined;
}

function peerGroups(article: ArticleFacts, profile: ArticleProfile): Map<string, Entity[]> {
	const groups = new Map<string, Entity[]>();
	for (const entity of article.index.entities.values()) {
		if (profile.creditNames.has(entity.key)) continue;
		const group = peerGroup(entity, profile);
		if (group) push(groups, group, entity);
	}
	return groups;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

function lists(map: Map<string, Set<string>>): Map<string, string[]> {
	return new Map([...map].map(([key, set]) => [key, [...set]]));
}
