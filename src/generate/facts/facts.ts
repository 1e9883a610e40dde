// Facts: everything the article states that a question can ask about.

import { type ArticleLine, type Sentence, segmentArticle } from '../read/segment.js';
import type { CauseLink } from './cause-link.js';
import { causeOf } from './causes.js';
import { type Claim, findClaim } from './claims.js';
import { createNameClassifier, type NameClassifier } from './classify-name.js';
import { type Comparison, findComparisons } from './comparisons.js';
import { type DateMention, findDates } from './dates.js';
import { type Entity, type EntityIndex, findEntities } from './entities.js';
import { subjectFinder } from './event-subjects.js';
import { findDatedEvents } from './events.js';
import { findChanges } from './figure-change.js';
import { type Figure, findFigures } from './figures.js';
import { findMainIdeas } from './find-main-ideas.js';
import { findIntervals, type Interval } from './intervals.js';
import type { MainIdea } from './main-ideas.js';
import { findQuotes, type Quote } from './quotes.js';
import { findSequences, mainEvent, type Sequence } from './sequences.js';
import { peopleIndex } from './speakers.js';
import type { WordUse } from './vocabulary.js';

type FactBase = {
	/** Facts with a shared key are one fact: only one question may ask about it. */
	readonly keys: readonly string[];
	readonly line: number;
	readonly sentence: Sentence;
	/** The answer's offsets in the line. */
	readonly start: number;
	readonly end: number;
	/** The answer as the article writes it. */
	readonly text: string;
};

/** Something the article states that a question can ask about. */
export type Fact =
	| (FactBase & { readonly kind: 'entity'; readonly entity: Entity; readonly isAfterThe: boolean })
	| (FactBase & { readonly kind: 'figure'; readonly figure: Figure })
	| (FactBase & { readonly kind: 'date'; readonly date: DateMention })
	| (FactBase & { readonly kind: 'term' })
	| (FactBase & { readonly kind: 'statement' })
	| (FactBase & { readonly kind: 'quote'; readonly quote: Quote; readonly speaker: Entity })
	| (FactBase & { readonly kind: 'cause'; readonly link: CauseLink })
	| (FactBase & { readonly kind: 'claim'; readonly claim: Claim })
	| (FactBase & { readonly kind: 'vocabulary'; readonly word: WordUse })
	| (FactBase & { readonly kind: 'comparison'; readonly comparison: Comparison })
	| (FactBase & { readonly kind: 'sequence'; readonly sequence: Sequence })
	| (FactBase & { readonly kind: 'interval'; readonly interval: Interval })
	| (FactBase & { readonly kind: 'main-idea'; readonly idea: MainIdea });

/** An article read for facts: its lines, sentences, entities, and the facts in reading order. */
export type ArticleFacts = {
	readonly lines: readonly ArticleLine[];
	readonly sentences: readonly Sentence[];
	readonly title?: string;
	readonly index: EntityIndex;
	readonly facts: readonly Fact[];
};

/** Find every candidate fact of an article: names, figures, dates, quoted terms and quotes. */
export function findFacts(
	text: string,
	classifier: NameClassifier = createNameClassifier(),
): ArticleFacts {
	const { lines, sentences, title } = segmentArticle(text);
	const index = findEntities(sentences, classifier);
	const facts: Fact[] = [
		...entityFacts(index, sentences),
		...sentences.flatMap(numberFacts),
		...quoteFacts(lines, sentences, index),
		...spread(sentences.flatMap(causeFacts), maxInferenceFacts),
		...spread(claimFacts(sentences, index), maxInferenceFacts),
	];
	facts.push(
		...statementFacts(sentences, facts),
		...eventFacts(sentences, index),
		...ideaFacts(lines, sentences, title),
	);
	facts.sort((a, b) => a.line - b.line || a.start - b.start);
	// A sentence the article repeats word for word states the same fact again.
	const withContent = facts.map((fact) => ({
		...fact,
		keys: [...fact.keys, `${fact.kind}:${fact.start - fact.sentence.start}:${fact.sentence.text}`],
	}));
	return {
		lines,
		sentences,
		...(title ? { title } : {}),
		index,
		facts: withContent,
	};
}

/** Every mention of a person, place or organisation, keyed by the entity and its sentence. */
function entityFacts(index: EntityIndex, sentences: readonly Sentence[]): Fact[] {
	return index.mentions.map((mention) => {
		const entity = index.entities.get(mention.entity) as Entity;
		const sentence = sentences[mention.sentence] as Sentence;
		const keys = [`${entity.key}@${sentence.index}`];
		const { line, start, end, text, isAfterThe } = mention;
		return { kind: 'entity', entity, isAfterThe, keys, line, sentence, start, end, text };
	});
}

/** The dates of a sentence, then its figures that are not part of a date. */
function numberFacts(sentence: Sentence): Fact[] {
	const dates = findDates(sentence.text);
	const at = (start: number, end: number, text: string) => ({
		line: sentence.line,
		sentence,
		start: sentence.start + start,
		end: sentence.start + end,
		text,
		keys: [`${text.toLowerCase()}@${sentence.index}`],
	});
	const facts: Fact[] = dates.map((date) => ({
		kind: 'date',
		date,
		...at(date.start, date.end, date.text),
	}));
	for (const figure of findFigures(
		sentence.text,
		dates.map((date) => [date.start, date.end]),
	)) {
		facts.push({ kind: 'figure', figure, ...at(figure.start, figure.end, figure.text) });
	}
	const figures = facts.flatMap((fact) => (fact.kind === 'figure' ? [fact.figure] : []));
	const comparisons = [
		...findComparisons(sentence.text, figures),
		...findChanges(sentence.text, figures),
	];
	for (const comparison of comparisons) {
		const [first, second] = comparison.sides;
		const text = sentence.text.slice(first.figure.start, second.figure.end);
		const base = at(first.figure.start, second.figure.end, text);
		facts.push({ kind: 'comparison', comparison, ...base, keys: [`comparison@${sentence.index}`] });
	}
	return facts;
}

/**
 * Sets of dated events to put in order, each placed where the text dates most of them, and
 * pairs of them to count the years between, each placed at the later event.
 */
function eventFacts(sentences: readonly Sentence[], index: EntityIndex): Fact[] {
	const events = findDatedEvents(sentences, subjectFinder(index));
	const sequences = findSequences(events).map((sequence): Fact => {
		const { sentence, date } = mainEvent(sequence);
		const text = sequence.events.map((event) => event.text).join(' / ');
		return {
			kind: 'sequence',
			sequence,
			keys: [`sequence:${text}`],
			line: sentence.line,
			sentence,
			start: date.start,
			end: date.end,
			text,
		};
	});
	const intervals = findIntervals(events, sentences).map((interval): Fact => {
		const { earlier, later } = interval;
		return {
			kind: 'interval',
			interval,
			keys: [`interval:${earlier.text}`, `interval:${later.text}`],
			line: later.line,
			sentence: later.sentence,
			start: later.date.start,
			end: later.date.end,
			text: `${earlier.text} / ${later.text}`,
		};
	});
	return [...sequences, ...intervals];
}

/** Quoted terms and attributed quotes of the paragraphs and list items. */
function quoteFacts(
	lines: readonly ArticleLine[],
	sentences: readonly Sentence[],
	index: EntityIndex,
): Fact[] {
	const facts: Fact[] = [];
	const people = peopleIndex(index.mentions, index.entities);
	const sentenceAt = sentenceFinder(sentences);
	for (const line of lines) {
		if (line.kind !== 'paragraph' && line.kind !== 'list') continue;
		for (const quote of findQuotes(line.number, line.text, people)) {
			const sentence = sentenceAt(line.number, quote.start);
			if (!sentence) continue;
			const inner = { start: quote.start + 1, end: quote.start + 1 + quote.text.length };
			if (quote.isTerm) {
				facts.push({
					kind: 'term',
					keys: [`term:${quote.text}@${sentence.index}`],
					line: line.number,
					sentence,
					...inner,
					text: quote.text,
				});
				continue;
			}
			const speaker = quote.speaker ? index.entities.get(quote.speaker) : undefined;
			if (!speaker || !quote.attribution) continue;
			const said = sentenceAt(line.number, quote.attribution.start) ?? sentence;
			const keys = [
				`said:${speaker.key}@${line.number}:${quote.start}`,
				`${speaker.key}@${said.index}`,
			];
			facts.push({
				kind: 'quote',
				quote,
				speaker,
				keys,
				line: line.number,
				sentence,
				...inner,
				text: quote.text,
			});
		}
	}
	return facts;
}

/**
 * Causes and claims one article offers at most: each costs a grammatical reading, and a bank of
 * a book's length holds no more questions of a kind than this anyway.
 */
const maxInferenceFacts = 40;

/** At most `most` of `items`, spread evenly over them in their order. */
function spread<T>(items: readonly T[], most: number): T[] {
	if (items.length <= most) return [...items];
	return Array.from(
		{ length: most },
		(_, at) => items[Math.floor((at * items.length) / most)] as T,
	);
}

/** What a sentence says caused what ("given the economic outlook, the Committee decided …"). */
function causeFacts(sentence: Sentence): Fact[] {
	const cause = causeOf(sentence);
	if (!cause) return [];
	const { link, start, end, text } = cause;
	const keys = [`cause@${sentence.index}`];
	return [{ kind: 'cause', link, keys, line: sentence.line, sentence, start, end, text }];
}

/** Claims a sentence makes that a question can restate and ask the evidence for. */
function claimFacts(sentences: readonly Sentence[], index: EntityIndex): Fact[] {
	const entities = [...index.entities.values()];
	const people = new Set(
		entities.filter((entity) => entity.kind === 'person').flatMap((entity) => entity.forms),
	);
	const names = new Set(
		entities.filter((entity) => entity.kind !== 'nationality').flatMap((entity) => entity.forms),
	);
	const lookup = {
		isPerson: (name: string) => people.has(name),
		isName: (name: string) => names.has(name),
	};
	return sentences.flatMap((sentence): Fact[] => {
		const claim = findClaim(sentence, lookup);
		if (!claim) return [];
		const start = sentence.start + claim.start;
		const end = sentence.start + claim.end;
		const text = sentence.text.slice(claim.start, claim.end);
		const keys = [`claim@${sentence.index}`];
		return [{ kind: 'claim', claim, keys, line: sentence.line, sentence, start, end, text }];
	});
}

/** A sentence that names no one can still be stated true or false. */
function statementFacts(sentences: readonly Sentence[], facts: readonly Fact[]): Fact[] {
	const withFacts = new Set(
		facts
			.filter((fact) => fact.kind !== 'figure' && fact.kind !== 'date')
			.map((fact) => fact.sentence.index),
	);
	return sentences
		.filter((sentence) => !withFacts.has(sentence.index) && isStatement(sentence.text))
		.map((sentence) => ({
			kind: 'statement',
			keys: [`statement@${sentence.index}`],
			line: sentence.line,
			sentence,
			start: sentence.start,
			end: sentence.end,
			text: sentence.text,
		}));
}

/** What a paragraph, or the article, is mainly about: one fact for each (see main-ideas.ts). */
function ideaFacts(
	lines: readonly ArticleLine[],
	sentences: readonly Sentence[],
	title: string | undefined,
): Fact[] {
	return findMainIdeas(lines, sentences, title).map((idea) => {
		const { sentence, clause } = idea.key;
		const keys =
			idea.scope === 'article'
				? ['main-idea@article', `main-idea@${sentence.line}`]
				: [`main-idea@${sentence.line}`];
		const start = sentence.start + clause.start;
		const end = sentence.start + clause.end;
		const text = sentence.text.slice(clause.start, clause.end);
		return { kind: 'main-idea', idea, keys, line: sentence.line, sentence, start, end, text };
	});
}

/** Find the sentence holding an offset of a line (binary search over reading order). */
function sentenceFinder(sentences: readonly Sentence[]) {
	return (line: number, offset: number): Sentence | undefined => {
		let low = 0;
		let high = sentences.length - 1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			const sentence = sentences[middle] as Sentence;
			if (sentence.line < line || (sentence.line === line && sentence.end <= offset))
				low = middle + 1;
			else if (sentence.line > line || sentence.start > offset) high = middle - 1;
			else return sentence;
		}
		return undefined;
	};
}

/** A sentence fit to state as true or false: 8 to 32 words, starting with a capital, not speech. */
function isStatement(text: string): boolean {
	const words = text.split(/\s+/).length;
	return (
		words >= 8 &&
		words <= 32 &&
		/^\p{Lu}/u.test(text) &&
		/[.!]$/u.test(text) &&
		!/[“”"]/u.test(text)
	);
}
