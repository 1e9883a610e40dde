// Candidates: every question the facts allow, before any is judged.
import { seededRng, shuffle } from '../../core/random.js';
import type { ArticleFacts, Fact } from '../facts/facts.js';
import { type Excerpt, excerptAround } from '../read/excerpt.js';
import type { Candidate } from './candidate.js';
import { causeQuestion } from './cause-questions.js';
import { comparisonQuestion } from './comparison-questions.js';
import { entityQuestion } from './entity-questions.js';
import { evidenceQuestion } from './evidence-questions.js';
import { dateQuestion, figureQuestion } from './figure-questions.js';
import { intervalQuestion } from './interval-questions.js';
import { mainIdeaQuestions } from './main-idea-questions.js';
import { orderQuestion } from './order-questions.js';
import type { Pools } from './pools.js';
import { resolveLeadingPronoun } from './pronouns.js';
import { type QuestionBuilder, questionKinds } from './question-parts.js';
import { firstForm, whoSaidQuestion } from './quote-questions.js';
import { statementQuestion } from './statement-questions.js';
import { termQuestion } from './term-questions.js';
import { vocabularyQuestion } from './vocabulary-questions.js';

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
	const present = function* (candidate: Candidate | undefined): Generator<Candidate> {
		if (candidate) yield resolveLeadingPronoun(candidate, article);
	};
	/** Each kind's candidate in turn, those that read well. */
	const each = function* <Kind>(
		kinds: readonly Kind[],
		build: (kind: Kind) => Candidate | undefined,
	) {
		for (const kind of kinds) yield* present(build(kind));
	};
	/** A builder's kinds of question on the fact, in the order the seed shuffles them into. */
	const shuffled = <Of extends 'entity' | 'figure' | 'date' | 'term'>(
		of: Of,
		build: QuestionBuilder<Of>,
		fact: Extract<Fact, { kind: Of }>,
	) => {
		const kinds: readonly (typeof questionKinds)[Of][number][] = questionKinds[of];
		return each(shuffle(kinds, rng), (kind) => build(kind, { ...view, fact }, pools));
	};
	switch (fact.kind) {
		case 'entity':
			return yield* shuffled('entity', entityQuestion, fact);
		case 'figure':
			return yield* shuffled('figure', figureQuestion, fact);
		case 'date':
			return yield* shuffled('date', dateQuestion, fact);
		case 'term':
			return yield* shuffled('term', termQuestion, fact);
		case 'statement':
			// Both versions are candidates; a bank keeps at most one question per sentence.
			yield* each([false, true], (isFalse) => statementQuestion({ ...view, fact }, isFalse));
			return;
		case 'quote':
			yield* each(questionKinds.quote, (kind) => whoSaidQuestion(kind, { ...view, fact }, pools));
			return;
		case 'cause':
			yield* present(causeQuestion({ ...view, fact }, article));
			return;
		case 'claim':
			yield* present(evidenceQuestion({ ...view, fact }, article));
			return;
		case 'vocabulary':
			yield* present(vocabularyQuestion({ ...view, fact }));
			return;
		case 'comparison':
			yield* present(comparisonQuestion({ ...view, fact }));
			return;
		case 'sequence':
			yield* present(orderQuestion({ ...view, fact }));
			return;
		case 'interval':
			yield* present(intervalQuestion({ ...view, fact }));
			return;
		case 'main-idea':
			// Its options are the article's own statements: no pronoun of a prompt to resolve.
			yield* mainIdeaQuestions({ ...view, fact });
	}
}

/** The part of the line a question on this fact shows and cites. */
function excerptFor(fact: Fact, article: ArticleFacts): Excerpt {
	const line = article.lines[fact.line - 1]?.text ?? '';
	if (fact.kind === 'quote' && fact.quote.cite) {
		const { end } = fact.quote.cite;
		const start = namedFrom(fact, article, line);
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
	// A word asked in its context needs its own sentence only.
	const previous =
		fact.kind === 'vocabulary' ? undefined : article.sentences[fact.sentence.index - 1];
	// A word asked in its context keeps a few words before it, when the sentence must be cut.
	const from =
		fact.kind === 'vocabulary' ? Math.max(fact.sentence.start, fact.start - 30) : fact.start;
	return excerptAround(line, fact.sentence, previous, from, fact.end);
}

/**
 * Where a quote's citation should start so that it names the speaker: the cite itself when it
 * does, else the start of the sentence on the same line that last named them ("Putin stressed …
 * “…,” he said").
 */
function namedFrom(
	fact: Extract<Fact, { kind: 'quote' }>,
	article: ArticleFacts,
	line: string,
): number {
	const cite = fact.quote.cite as { start: number; end: number };
	const forms = [...new Set([fact.speaker.name, ...fact.speaker.forms])];
	if (firstForm(line.slice(cite.start, cite.end), forms)) return cite.start;
	const before = line.slice(0, cite.start);
	let last = -1;
	for (const form of forms) last = Math.max(last, before.lastIndexOf(form));
	if (last < 0) return cite.start;
	const sentence = article.sentences.find(
		(each) => each.line === fact.line && each.start <= last && last < each.end,
	);
	return sentence?.start ?? cite.start;
}
