// Facts: the people, places and organisations of the article, with every form it uses for each.

import type { Sentence } from '../read/segment.js';
import type { EntityKind, NameClassifier } from './classify-name.js';
import { inferGenders } from './gender.js';
import { type NamePiece, namePieces } from './name-pieces.js';
import { findNameSpans, wordsOf } from './name-spans.js';

/** A person, place or organisation, with every form the article uses for it. */
export type Entity = {
	readonly key: string;
	readonly kind: EntityKind;
	/** The fullest form seen: "Vladimir Putin" rather than "Putin". */
	readonly name: string;
	readonly forms: readonly string[];
	readonly subkind?: string;
	readonly gender?: 'female' | 'male';
	/** Named after "the" somewhere ("the White House"), so it only replaces names that are. */
	readonly isAfterThe: boolean;
};

/** One place where the article names an entity; offsets are in the line. */
export type Mention = {
	readonly entity: string;
	readonly sentence: number;
	readonly line: number;
	readonly start: number;
	readonly end: number;
	readonly text: string;
	readonly isAfterThe: boolean;
};

/** The entities of an article and where each is named. */
export type EntityIndex = {
	readonly entities: ReadonlyMap<string, Entity>;
	readonly mentions: readonly Mention[];
};

type Found = { readonly sentence: Sentence; readonly piece: NamePiece };

/** Name keys compare without case or accents: "Kottasová" and "Kottasova" are one name. */
function nameKey(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** Find the people, places and organisations of an article; "Xi" joins "Xi Jinping". */
export function findEntities(
	sentences: readonly Sentence[],
	classifier: NameClassifier,
): EntityIndex {
	const found: Found[] = sentences.flatMap((sentence) => {
		const pieces = findNameSpans(sentence.text).flatMap((span) => namePieces(span, classifier));
		return [...pieces, ...demonyms(sentence.text, pieces, classifier)].map((piece) => ({
			sentence,
			piece,
		}));
	});
	const entities = new Map<string, Entity>();
	const resolved = new Map<Found, string>();
	// "American engineer Charles Martin Hall": a role before a name outweighs a place the
	// lexicon only guesses (no country, city or region).
	const isPerson = ({ piece }: Found) =>
		piece.class.kind === 'person' ||
		(piece.isPersonByContext &&
			(!piece.class.kind || (piece.class.kind === 'place' && !piece.class.subkind)));
	const aliases = new Map<string, Set<string>>();
	// "Dr Maathai" is "Dr Wangari Maathai" named by title and surname: aliased by the surname.
	const titled = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Lady|Lord)\.?\s+(\S+)$/u;
	const isFullName = (item: Found) =>
		isPerson(item) && item.piece.text.includes(' ') && !titled.test(item.piece.text);
	for (const item of found.filter(isFullName)) {
		const key = `person:${nameKey(item.piece.text)}`;
		resolved.set(item, key);
		for (const word of item.piece.text.split(' ').filter((each) => each.length > 1)) {
			const keys = aliases.get(nameKey(word)) ?? new Set();
			aliases.set(nameKey(word), keys.add(key));
		}
	}
	for (const item of found) {
		if (resolved.has(item)) continue;
		const { piece } = item;
		const alias = aliases.get(nameKey(titled.exec(piece.text)?.[1] ?? piece.text));
		if (alias?.size === 1 && (!piece.class.kind || piece.class.kind === 'person')) {
			resolved.set(item, [...alias][0] as string);
		} else if (isPerson(item)) resolved.set(item, `person:${nameKey(piece.text)}`);
		else if (piece.class.kind) resolved.set(item, `${piece.class.kind}:${nameKey(piece.text)}`);
	}
	resolveKnownPeople(found, resolved);
	const mentions: Mention[] = [];
	for (const item of found) {
		const key = resolved.get(item);
		if (!key) continue;
		const isAfterThe = /\bthe\s+$/iu.test(item.sentence.text.slice(0, item.piece.start));
		addForm(entities, key, item.piece, isAfterThe);
		mentions.push({
			entity: key,
			sentence: item.sentence.index,
			line: item.sentence.line,
			start: item.sentence.start + item.piece.start,
			end: item.sentence.start + item.piece.end,
			text: item.piece.text,
			isAfterThe,
		});
	}
	mentions.push(...openingMentions(sentences, entities, mentions));
	mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
	return { entities: inferGenders(entities, mentions, sentences), mentions };
}

/**
 * “I believe,” stammered Brantain: a name with no cue of its own where it stands is the person
 * the article names so elsewhere with one ("Mr. Brantain"), when only one person has that name
 * and nothing says it is anything else.
 */
function resolveKnownPeople(found: readonly Found[], resolved: Map<Found, string>): void {
	const people = new Map<string, string | null>();
	for (const [item, key] of resolved) {
		if (!key.startsWith('person:')) continue;
		const name = nameKey(item.piece.text);
		people.set(name, people.has(name) && people.get(name) !== key ? null : key);
	}
	for (const item of found) {
		if (resolved.has(item) || item.piece.class.kind) continue;
		const key = people.get(nameKey(item.piece.text));
		if (key) resolved.set(item, key);
	}
}

/**
 * "Brantain sat in one of these shadows": a sentence's first word is left out of names (any
 * word is capitalised there), but when the article names someone so elsewhere, it is them.
 */
function openingMentions(
	sentences: readonly Sentence[],
	entities: ReadonlyMap<string, Entity>,
	mentions: readonly Mention[],
): Mention[] {
	const byForm = new Map<string, string | null>();
	for (const entity of entities.values()) {
		if (entity.kind !== 'person' && entity.kind !== 'place') continue;
		for (const form of entity.forms) {
			if (form.includes(' ')) continue;
			const key = nameKey(form);
			byForm.set(key, byForm.has(key) && byForm.get(key) !== entity.key ? null : entity.key);
		}
	}
	const taken = new Set(mentions.map((mention) => `${mention.sentence}:${mention.start}`));
	const out: Mention[] = [];
	for (const sentence of sentences) {
		const word = /^[“"‘(]?(\p{Lu}[\p{L}’'-]*)/u.exec(sentence.text);
		const text = word?.[1];
		if (!word || !text) continue;
		const key = byForm.get(nameKey(text.replace(/[’']s$/u, '')));
		const start = sentence.start + word[0].length - text.length;
		if (!key || taken.has(`${sentence.index}:${start}`)) continue;
		const name = text.replace(/[’']s$/u, '');
		const entity = key;
		out.push({
			entity,
			sentence: sentence.index,
			line: sentence.line,
			start,
			end: start + name.length,
			text: name,
			isAfterThe: false,
		});
	}
	return out;
}

/** "Russian troops", "Chinese navies": nationality words that stand alone before a noun. */
function demonyms(
	text: string,
	pieces: readonly NamePiece[],
	classifier: NameClassifier,
): NamePiece[] {
	const words = wordsOf(text);
	return words.flatMap((word, index) => {
		// The cheap tests first; the tagger is asked last.
		const isBeforeLowerCase = /^\p{Ll}/u.test(words[index + 1]?.text ?? '');
		if (!isBeforeLowerCase) return [];
		const isAlone = index === 0 || !/^\p{Lu}/u.test(words[index - 1]?.text ?? '');
		if (!isAlone || !/^\p{L}+$/u.test(word.text)) return [];
		const isInName = pieces.some((piece) => word.start < piece.end && piece.start < word.end);
		if (isInName || !classifier.isDemonym(word.text)) return [];
		return [
			{
				start: word.start,
				end: word.end,
				text: word.text,
				class: { kind: 'nationality' },
				isPersonByContext: false,
			},
		];
	});
}

function addForm(
	entities: Map<string, Entity>,
	key: string,
	piece: NamePiece,
	isAfterThe: boolean,
): void {
	const kind = key.slice(0, key.indexOf(':')) as EntityKind;
	const known = entities.get(key);
	// "John Culberson of Texas" is John Culberson, from Texas.
	const text = kind === 'person' ? piece.text.replace(/\s+of\s+.+$/u, '') : piece.text;
	const forms = known?.forms.includes(text) ? known.forms : [...(known?.forms ?? []), text];
	const name = forms.reduce((best, form) =>
		form.split(' ').length > best.split(' ').length ? form : best,
	);
	const subkind = known?.subkind ?? piece.class.subkind;
	const gender = known?.gender ?? piece.class.gender;
	entities.set(key, {
		key,
		kind,
		name,
		forms,
		...(subkind ? { subkind } : {}),
		...(gender ? { gender } : {}),
		isAfterThe: (known?.isAfterThe ?? false) || isAfterThe,
	});
}
