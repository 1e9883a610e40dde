import { seededRng, shuffle } from '../core/random.js';
import type { Candidate } from './candidate.js';
import { entityQuestion } from './entity-questions.js';
import { type Excerpt, excerptAround } from './excerpt.js';
import type { ArticleFacts, Fact } from './facts.js';
import { dateQuestion, figureQuestion } from './figure-questions.js';
import type { Pools } from './pools.js';
import { termQuestion, whoSaidQuestion } from './quote-questions.js';

/**
 * The questions one fact could become, best first. The order of kinds is drawn from the seed
 * and the fact's own text, so it does not change when other parts of the article do.
 */
export function* candidatesFor(
	fact: Fact,
	article: ArticleFacts,
	pools: Pools,
	seed: string,
): Generator<Candidate> {
	const rng = seededRng(`${seed}\u0000${fact.kind}\u0000${fact.text}\u0000${fact.sentence.text}`);
	const view = { fact, excerpt: excerptFor(fact, article), rng };
	switch (fact.kind) {
		case 'entity':
			for (const kind of shuffle(['short', 'choice', 'truefalse'] as const, rng)) {
				yield* present(entityQuestion(kind, { ...view, fact }, pools));
			}
			return;
		case 'figure':
			for (const kind of shuffle(['numeric', 'choice', 'truefalse'] as const, rng)) {
				yield* present(figureQuestion(kind, { ...view, fact }, pools));
			}
			return;
		case 'date':
			for (const kind of shuffle(['short', 'choice', 'truefalse'] as const, rng)) {
				yield* present(dateQuestion(kind, { ...view, fact }, pools));
			}
			return;
		case 'term':
			for (const kind of shuffle(['short', 'choice'] as const, rng)) {
				yield* present(termQuestion(kind, { ...view, fact }, pools));
			}
			return;
		case 'quote':
			yield* present(whoSaidQuestion('choice', { ...view, fact }, pools));
			yield* present(whoSaidQuestion('short', { ...view, fact }, pools));
	}
}

function* present(candidate: Candidate | undefined): Generator<Candidate> {
	if (candidate) yield candidate;
}

/** The part of the line a question on this fact shows and cites. */
function excerptFor(fact: Fact, article: ArticleFacts): Excerpt {
	const line = article.lines[fact.line - 1]?.text ?? '';
	if (fact.kind === 'quote' && fact.quote.cite) {
		const { start, end } = fact.quote.cite;
		const text = line.slice(start, end);
		const lead = text.length - text.trimStart().length;
		const trimmed = text.trim();
		return {
			start: start + lead,
			end: start + lead + trimmed.length,
			text: trimmed,
			isCutBefore: false,
			isCutAfter: false,
		};
	}
	const previous = article.sentences[fact.sentence.index - 1];
	return excerptAround(line, fact.sentence, previous, fact.start, fact.end);
}
