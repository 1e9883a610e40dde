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
/** Two options sharing more of their words than this say the same thing. */
const maxOverlap = 0.6;

/**
 * The choice question on a paragraph's (or the article's) idea: the key is the central
 * sentence's main clause, the distractors are other sentences' main clauses, nearest the key in
 * length so that none stands out by its form; none when fewer than two such details remain.
 */
export function mainIdeaQuestion(
	view: FactView & { readonly fact: IdeaFact },
): Candidate | undefined {
	const { fact, rng } = view;
	const { idea } = fact;
	const key = idea.key.clause.text;
	const distractors = pickDetails(key, idea.details).map((detail) => detail.clause.text);
	if (distractors.length < 2) return undefined;
	const prompt =
		idea.scope === 'article'
			? 'What is the article mainly about?'
			: `What is the main idea of paragraph ${idea.paragraph}?`;
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
function pickDetails(key: string, details: readonly Idea[]): Idea[] {
	const fits = (text: string) =>
		text.length <= key.length * lengthRatio && text.length * lengthRatio >= key.length;
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
	if (idea.scope === 'article')
		return `The article opens with this (line ${line}), and ${idea.support} of its other ${others} paragraphs come back to it. Each other option sums up a single later paragraph: true, but only one part of the article.`;
	return `Line ${line} (paragraph ${idea.paragraph}) states this, and ${idea.support} of the paragraph’s other ${others} sentences take up its words and add to it. The other options are details the paragraph gives: true, but not what it is about.`;
}
