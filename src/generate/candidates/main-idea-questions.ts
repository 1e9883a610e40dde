// Candidates: "What is the main idea of paragraph 4?", its key the paragraph's central statement.
import { shuffle } from '../../core/random.js';
import type { Fact } from '../facts/facts.js';
import type { Idea } from '../facts/main-ideas.js';
import { contentWords } from '../read/words.js';
import type { Candidate } from './candidate.js';
import type { FactView } from './question-parts.js';

type IdeaFact = Extract<Fact, { kind: 'main-idea' }>;

/** Most distractors a main-idea question offers beside its key. */
const maxDistractors = 3;
/** An option may be at most this many times as long as the key, or as short as its inverse. */
const lengthRatio = 1.8;
/** How long the article's details may be beside a short lead, in characters. */
const shortLeadRoom = 110;
/** Two options sharing more of their words than this say the same thing. */
const maxOverlap = 0.6;

/**
 * The choice questions on a paragraph's (or the article's) idea, best first: the first offers
 * the details nearest the key in length, each next one leaves out one of those, so that the
 * bank can still ask the idea when another question is on a sentence the first offers.
 */
export function* mainIdeaQuestions(
	view: FactView & { readonly fact: IdeaFact },
): Generator<Candidate> {
	const { key, details } = view.fact.idea;
	const isArticle = view.fact.idea.scope === 'article';
	const first = pickDetails(key.clause.text, details, isArticle);
	const seen = new Set<string>();
	for (const without of [undefined, ...first]) {
		const chosen = without
			? pickDetails(
					key.clause.text,
					details.filter((detail) => detail !== without),
					isArticle,
				)
			: first;
		const name = chosen.map((detail) => detail.sentence.index).join(',');
		if (chosen.length < 2 || seen.has(name)) continue;
		seen.add(name);
		yield mainIdeaQuestion(
			view,
			chosen.map((detail) => detail.clause.text),
		);
	}
}

/**
 * The choice question on a paragraph's (or the article's) idea: the key is the central
 * sentence's main clause, the distractors other sentences' main clauses, near the key in length
 * so that none stands out by its form.
 */
function mainIdeaQuestion(
	view: FactView & { readonly fact: IdeaFact },
	distractors: readonly string[],
): Candidate {
	const { fact, rng } = view;
	const { idea } = fact;
	const key = idea.key.clause.text;
	const prompt =
		idea.scope === 'article'
			? 'What is the article mainly about?'
			: // Headings are no paragraphs: the line says where a reader who counts them looks.
				`What is the main idea of paragraph ${idea.paragraph}${idea.paragraph === fact.line ? '' : ` (line ${fact.line})`}?`;
	const { sentence } = idea.key;
	const quote = sentence.text;
	const highlight = fact.text;
	return {
		question: {
			id: 'pending',
			type: 'choice',
			prompt,
			choices: shuffle([key, ...distractors], rng),
			answer: key,
			source: {
				line: fact.line,
				quote,
				...(quote.indexOf(highlight) === fact.start - sentence.start ? { highlight } : {}),
			},
			explanation: explain(fact),
			tags: ['main-idea'],
			skill: 'main-idea',
			origin: 'generated',
		},
		fact,
		answerForms: [key],
		shownText: prompt,
	};
}

/** The details nearest the key in length, none too long or too short, none saying the same. */
function pickDetails(key: string, details: readonly Idea[], isArticle: boolean): Idea[] {
	// A lead as short as "NASA is sending a helicopter to Mars." still has details of a sentence's
	// length beside it: the longest option, not a short key, is the cue.
	const longest = isArticle
		? Math.max(key.length * lengthRatio, shortLeadRoom)
		: key.length * lengthRatio;
	const fits = (text: string) => text.length <= longest && text.length * lengthRatio >= key.length;
	const nearest = details
		.filter((detail) => fits(detail.clause.text))
		.sort(
			(a, b) =>
				Math.abs(a.clause.text.length - key.length) - Math.abs(b.clause.text.length - key.length) ||
				a.sentence.index - b.sentence.index,
		);
	const chosen: Idea[] = [];
	const taken = [key];
	for (const detail of nearest) {
		if (chosen.length >= maxDistractors) break;
		if (taken.some((text) => overlap(text, detail.clause.text) > maxOverlap)) continue;
		// Each distractor of the article's idea from a paragraph of its own.
		if (isArticle && chosen.some((other) => other.sentence.line === detail.sentence.line)) continue;
		chosen.push(detail);
		taken.push(detail.clause.text);
	}
	return chosen.sort((a, b) => a.sentence.index - b.sentence.index);
}

/** The share of the shorter text's content words the other also has. */
function overlap(a: string, b: string): number {
	const mine = new Set(contentWords(a));
	const theirs = new Set(contentWords(b));
	let shared = 0;
	for (const word of mine) if (theirs.has(word)) shared++;
	return shared / Math.max(1, Math.min(mine.size, theirs.size));
}

/** Why the key is the idea: the rest of the paragraph (or article) builds on it. */
function explain({ idea, line }: IdeaFact): string {
	const others = idea.sentences - 1;
	const words = listed(idea.echoes.map((word) => `“${word}”`));
	const about = words ? ` (most often ${words})` : '';
	const count = idea.support >= others ? `all ${others}` : `${idea.support} of the ${others}`;
	if (idea.scope === 'article')
		return `The article opens with this (line ${line}), and ${count} paragraphs after it come back to what it names${about}. Each other option is a detail from one later paragraph: true, but only a part of the article.`;
	return `Line ${line} states the idea of paragraph ${idea.paragraph}: ${count} other sentences of the paragraph take up its words${about} and add to it. The other options are details the paragraph gives: true, but not what it is about.`;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
	return items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
