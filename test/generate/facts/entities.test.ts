import { describe, expect, it } from 'vitest';
import { createNameClassifier } from '../../../src/generate/facts/classify-name.js';
import { findEntities } from '../../../src/generate/facts/entities.js';
import { segmentArticle } from '../../../src/generate/read/segment.js';
import { bundledArticle, fixture } from '../helpers.js';

const classifier = createNameClassifier();

function entitiesOf(text: string) {
	const { sentences } = segmentArticle(text);
	const index = findEntities(sentences, classifier);
	const byName = new Map([...index.entities.values()].map((entity) => [entity.name, entity]));
	return { index, byName };
}

describe('findEntities', () => {
	const { byName, index } = entitiesOf(bundledArticle);

	it.each([
		['Vladimir Putin', 'person', ['Vladimir Putin', 'Putin']],
		['Xi Jinping', 'person', ['Xi Jinping', 'Xi']],
		['Nancy Pelosi', 'person', ['Nancy Pelosi']],
		['Kassym-Jomart Tokayev', 'person', ['Kassym-Jomart Tokayev', 'Tokayev']],
		['Ivana Kottasová', 'person', ['Ivana Kottasová']],
		['Uzbekistan', 'place', ['Uzbekistan']],
		['Pacific Ocean', 'place', ['Pacific Ocean']],
		['Central Asia', 'place', ['Central Asia']],
		['Chinese Ministry of Foreign Affairs', 'org', ['Chinese Ministry of Foreign Affairs']],
		['Belt and Road Initiative', 'org', ['Belt and Road Initiative']],
		['White House', 'org', ['White House']],
		['Russian', 'nationality', ['Russian']],
	])('finds %s as a %s named %j', (name, kind, forms) => {
		expect(byName.get(name)).toMatchObject({ kind, forms });
	});

	it('takes a gender from the lexicon, a title, or the pronouns of sentences naming one person', () => {
		expect(byName.get('Vladimir Putin')?.gender).toBe('male');
		expect(byName.get('Nancy Pelosi')?.gender).toBe('female');
		expect(byName.get('Xi Jinping')?.gender).toBe('male');
		expect(byName.get('Kassym-Jomart Tokayev')?.gender).toBeUndefined();
	});

	it('drops titles, dates, sentence-start words and lone adjectives', () => {
		for (const name of [
			'President Vladimir Putin',
			'Thursday',
			'The White House',
			'In',
			'Chinese leader',
			'Ukrainians',
		]) {
			expect(byName.has(name)).toBe(false);
		}
	});

	it('splits lists joined by "and" but keeps names that hold "and"', () => {
		expect(byName.has('Betsy Klein')).toBe(true);
		expect(byName.has('Tajikistan')).toBe(true);
		expect(byName.has('Turkmenistan')).toBe(true);
		expect(
			[...byName.keys()].some(
				(name) => name.includes(' and ') && name !== 'Belt and Road Initiative',
			),
		).toBe(false);
	});

	it('points every mention at its text in the line', () => {
		const lines = bundledArticle.split('\n');
		for (const mention of index.mentions) {
			expect(lines[mention.line - 1]?.slice(mention.start, mention.end)).toBe(mention.text);
		}
	});

	it('tells people from places by titles, appositions and speech verbs', () => {
		const { byName: story } = entitiesOf(fixture('harbour-barrier-news'));
		expect(story.get('Marjolein Dekker')?.kind).toBe('person');
		expect(story.get('Ilse Verbeek')).toMatchObject({ kind: 'person', gender: 'female' });
		expect(story.get('Jesús Ortega')?.kind).toBe('person');
		expect(story.get('Delft University of Technology')?.kind).toBe('org');
	});

	it('reads a title, an office and a region as what they are (real sentences)', () => {
		const { byName: found } = entitiesOf(
			[
				'Rep. John Culberson of Texas echoed Bridenstine’s appreciation of the impact of American firsts.',
				'The first large-scale production method was independently developed by French engineer Paul Héroult and American engineer Charles Martin Hall in 1886.',
				'John Smith (English soldier, explorer, colonial governor, Admiral of New England, and author) named the area New England to attract European settlers.',
			].join('\n'),
		);
		expect(found.get('John Culberson')?.kind).toBe('person');
		expect(found.get('Texas')?.kind).toBe('place');
		expect(found.get('Rep')).toBeUndefined();
		expect(found.get('Charles Martin Hall')?.kind).toBe('person');
		expect(found.get('Admiral of New England')).toBeUndefined();
		expect(found.get('New England')?.kind).toBe('place');
		expect(found.get('European')).toBeUndefined();
		expect(found.get('American')?.kind).toBe('nationality');
		const { byName: airlines } = entitiesOf(
			'The regional airline Cape Air and commuter airline PenAir also make Logan their base of operations.',
		);
		expect(airlines.get('Cape Air')?.kind).toBe('org');
		// An office that goes on to name its holder keeps the holder.
		const { byName: office } = entitiesOf(
			'Secretary of State Antony Blinken said the talks would go on, and Blinken left for Paris.',
		);
		expect(
			[...office.values()].some(
				(entity) => entity.kind === 'person' && entity.name.endsWith('Antony Blinken'),
			),
		).toBe(true);
	});
});

describe('a name with no cue where it stands', () => {
	const story =
		'“Will you let me speak to you a moment, Mr. Brantain?” she asked.\n“I believe,” stammered Brantain, “I see that I have stayed too long.”';

	it('is the person the article names so elsewhere (the short story, lines 7 and 13)', () => {
		const { index } = entitiesOf(story);
		const lines = index.mentions
			.filter((mention) => mention.entity === 'person:brantain')
			.map((mention) => mention.line);
		expect(lines).toEqual([1, 2]);
	});

	it('stays unnamed when no one else is called so', () => {
		const { index } = entitiesOf(
			'“I believe,” stammered Brantain, “I see that I have stayed too long.”',
		);
		expect(index.mentions).toEqual([]);
	});
});
