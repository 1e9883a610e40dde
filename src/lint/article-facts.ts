// Lint: an article read the way `generate` reads it, once, for the rules that need its facts.
import { candidatesFor } from '../generate/candidates/build-questions.js';
import type { Candidate, QuestionInput } from '../generate/candidates/candidate.js';
import { buildPools } from '../generate/candidates/pools.js';
import { hasFairOptions } from '../generate/candidates/vocabulary-questions.js';
import { profileArticle } from '../generate/facts/article-profile.js';
import { type ArticleFacts, findFacts } from '../generate/facts/facts.js';
import type { Lexicon } from '../generate/facts/lexicon.js';
import { withVocabulary } from '../generate/facts/vocabulary.js';
import type { RuleContext } from '../generate/judge/rules.js';

/** The article's facts and the rule context of each of its lines. */
export type ReadArticle = {
	readonly article: ArticleFacts;
	/** The context the generator's rules are given for a question on `line`. */
	context(line: number): RuleContext;
	/** The candidate the generator built as `question` with `seed`, if it built it. */
	candidateOf(question: QuestionInput, seed: string): Candidate | undefined;
};

/** A question's identity among candidates: its type, prompt and answer. */
const identity = (question: QuestionInput) =>
	`${question.type}\u0000${question.prompt}\u0000${JSON.stringify(question.answer)}`;

/**
 * Read an article for its facts as `generate` does (its vocabulary too, given the lexicon);
 * the candidates of a line are built only when first asked for.
 */
export function readArticleFacts(text: string, lexicon?: Lexicon): ReadArticle {
	const found = findFacts(text);
	const profile = profileArticle(found);
	const article = lexicon ? withVocabulary(found, lexicon, profile.words, hasFairOptions) : found;
	const pools = buildPools(article, profile);
	// Candidates are built per line and seed, for the lines generated questions stand on.
	const built = new Map<string, Map<string, Candidate>>();
	const candidates = (seed: string, line: number) => {
		const key = `${seed}\u0000${line}`;
		let found = built.get(key);
		if (!found) {
			found = new Map();
			for (const fact of article.facts) {
				if (fact.line !== line) continue;
				for (const candidate of candidatesFor(fact, article, pools, seed))
					if (!found.has(identity(candidate.question)))
						found.set(identity(candidate.question), candidate);
			}
			built.set(key, found);
		}
		return found;
	};
	return {
		article,
		context: (line) => ({ line: article.lines[line - 1]?.text ?? '', article, profile, pools }),
		candidateOf: (question, seed) => candidates(seed, question.source.line).get(identity(question)),
	};
}
