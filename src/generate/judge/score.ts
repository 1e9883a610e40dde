// Judge: the features a candidate is scored and ranked on.

import type { Candidate } from '../candidates/candidate.js';
import type { ArticleProfile } from '../facts/article-profile.js';
import { checksUnderstanding } from './question-kind.js';

/** The named features a candidate is scored on, each from 0 to 1. */
export type Features = {
	/** How much the sentence shares the article's recurring words. */
	readonly centrality: number;
	/** How early it comes: a report's lead holds its main facts. */
	readonly lead: number;
	/** How much the answer matters: named again elsewhere, but not the topic itself. */
	readonly salience: number;
	/** How little of the sentence the blank removes. */
	readonly blank: number;
	/** How well the options stand beside the key. */
	readonly options: number;
	/** How often questions of this kind are fit to hand out as they are. */
	readonly kind: number;
	/** The prompt reads whole: not cut from a longer sentence, not overlong. */
	readonly reading: number;
};

/** How much each feature weighs in the score. */
const weights: Readonly<Record<keyof Features, number>> = {
	centrality: 0.3,
	lead: 0.1,
	salience: 0.15,
	blank: 0.1,
	options: 0.1,
	kind: 0.15,
	reading: 0.1,
};

/** A candidate with its score (0–1) and the features that made it. */
export type Scored = {
	readonly candidate: Candidate;
	readonly score: number;
	readonly features: Features;
};

/** Score a candidate that broke no rule. */
export function scoreCandidate(
	candidate: Candidate,
	profile: ArticleProfile,
	sentences: number,
): Scored {
	const features = featuresOf(candidate, profile, sentences);
	let score = 0;
	for (const name of Object.keys(weights) as (keyof Features)[])
		score += weights[name] * features[name];
	return { candidate, score: Math.round(score * 1000) / 1000, features };
}

function featuresOf(candidate: Candidate, profile: ArticleProfile, sentences: number): Features {
	// A question on a paragraph, a cause or a word's sense blanks no answer out of its sentence
	// and may ask in a few words.
	if (checksUnderstanding(candidate))
		return { ...recallFeatures(candidate, profile, sentences), blank: 1, reading: 1 };
	return recallFeatures(candidate, profile, sentences);
}

function recallFeatures(
	candidate: Candidate,
	profile: ArticleProfile,
	sentences: number,
): Features {
	const { fact, question, shownText } = candidate;
	const sentenceWords = words(fact.sentence.text);
	const share = words(fact.text) / Math.max(1, sentenceWords);
	const promptWords = words(shownText);
	// A question on two facts offers no options to weigh.
	const isRelation = ['comparison', 'sequence', 'interval'].includes(fact.kind);
	return {
		centrality: profile.centrality(fact.sentence.index),
		lead: Math.max(0, 1 - (3 * fact.sentence.index) / Math.max(1, sentences)),
		salience: salienceOf(candidate, profile),
		blank: blankFeature(candidate, share),
		options: isRelation
			? 1
			: question.type === 'choice'
				? question.choices.length >= 4
					? 1
					: 0.6
				: 0.8,
		kind: kindPrior(candidate),
		reading:
			(shownText.includes('…') ? 0.5 : 1) -
			(promptWords > 45 ? 0.3 : 0) -
			(promptWords < 8 ? 0.2 : 0),
	};
}

/**
 * How little of the sentence the blank removes; a "why", evidence, comparison or ordering
 * prompt blanks nothing.
 */
function blankFeature({ fact, question }: Candidate, share: number): number {
	if (['cause', 'claim', 'comparison', 'sequence', 'interval'].includes(fact.kind)) return 1;
	if (question.type === 'truefalse') return 0.7;
	return share <= 0.25 ? 1 : Math.max(0, 1 - (share - 0.25) * 4);
}

function salienceOf({ fact }: Candidate, profile: ArticleProfile): number {
	switch (fact.kind) {
		case 'entity': {
			const mentions = profile.mentions(fact.entity);
			return mentions >= 2 ? 1 : 0.5;
		}
		case 'quote':
			return 0.9;
		case 'term':
			return 0.8;
		case 'vocabulary':
			return 0.85;
		case 'statement':
			return 0.6;
		case 'cause':
		case 'claim':
			return 0.9;
		case 'figure':
			return 0.7;
		case 'date':
			return fact.date.kind === 'year' || fact.date.kind === 'date' ? 0.6 : 0.3;
		case 'comparison':
		case 'sequence':
		case 'interval':
			return 0.9;
		case 'main-idea':
			return 1;
	}
}

/**
 * Prior fitness of each kind of question, from teachers' ratings of generated questions. A
 * question that checks understanding is worth more to a teacher than the recall of a detail
 * (the rubric rates it 4 where recall gets 2 or 3), once it has passed its kind's rules.
 */
function kindPrior(candidate: Candidate): number {
	if (checksUnderstanding(candidate)) return 0.95;
	const { fact, question } = candidate;
	if (fact.kind === 'quote') return question.type === 'choice' ? 0.9 : 0.6;
	// The meaning of a word in its context: a skill, not a recalled detail.
	if (fact.kind === 'vocabulary') return 0.9;
	// Two facts related: what the rubric values above any single fact.
	if (fact.kind === 'comparison' || fact.kind === 'sequence') return 1;
	// A sentence stated true or false asks for recognition, not recall: the last resort.
	if (fact.kind === 'statement') return question.answer ? 0.3 : 0.45;
	if (question.type === 'truefalse') return question.answer ? 0.55 : 0.7;
	if (fact.kind === 'term') return 0.8;
	// A reason asks how two facts are related: the kind of question a teacher rates highest.
	if (fact.kind === 'cause' || fact.kind === 'claim') return 0.9;
	if (question.type === 'numeric') return 0.7;
	// A typed name has more right answers than its key ("Xi's trip to _____": Central Asia, or
	// Uzbekistan); a choice among names of one kind does not.
	return question.type === 'short' ? 0.7 : 0.75;
}

const words = (text: string) =>
	text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
