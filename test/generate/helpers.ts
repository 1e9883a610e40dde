import { readFileSync } from 'node:fs';
import { readVocabularyData } from '../../src/files/vocabulary-file.js';
import { type Lexicon, type LexiconData, lexiconFrom } from '../../src/generate/facts/lexicon.js';

/** The bundled article's text. */
export const bundledArticle = readFileSync(
	new URL('../../questions/putin-xi-sco-2022.txt', import.meta.url),
	'utf8',
);

/** The committed bundled bank's text. */
export const bundledBank = readFileSync(
	new URL('../../questions/putin-xi-sco-2022.yaml', import.meta.url),
	'utf8',
);

/** The test articles: a news report, an encyclopedic article and a story with dialogue. */
export const fixtureNames = [
	'harbour-barrier-news',
	'vessel-lake-observatory',
	'lighthouse-story',
] as const;

/** Path of a test article. */
export const fixturePath = (name: string) =>
	new URL(`../fixtures/articles/${name}.txt`, import.meta.url).pathname;

/** Text of a test article. */
export const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8');

import { candidatesFor } from '../../src/generate/candidates/build-questions.js';
import type { Candidate } from '../../src/generate/candidates/candidate.js';
import { buildPools } from '../../src/generate/candidates/pools.js';
import { profileArticle } from '../../src/generate/facts/article-profile.js';
import { findFacts } from '../../src/generate/facts/facts.js';
import { type Finding, judgeCandidate } from '../../src/generate/judge/judge.js';
import type { RuleContext } from '../../src/generate/judge/rules.js';

/** An article read the way `generate` reads it, and the rule context of each of its lines. */
export function readArticle(text: string) {
	const article = findFacts(text);
	const profile = profileArticle(article);
	const pools = buildPools(article, profile);
	const context = (line: number): RuleContext => ({
		line: article.lines[line - 1]?.text ?? '',
		article,
		profile,
		pools,
	});
	return { article, profile, pools, context };
}

/** Every candidate the generator builds from a text (every seed in `seeds`), each with its verdict. */
export function judgedCandidates(
	text: string,
	seeds: readonly string[] = ['a', 'b', 'c', 'd'],
): { candidate: Candidate; finding: Finding | undefined; context: RuleContext }[] {
	const { article, pools, context } = readArticle(text);
	return seeds.flatMap((seed) =>
		article.facts.flatMap((fact) =>
			[...candidatesFor(fact, article, pools, seed)].map((candidate) => ({
				candidate,
				finding: judgeCandidate(candidate, context(candidate.question.source.line)),
				context: context(candidate.question.source.line),
			})),
		),
	);
}

let loaded: Lexicon | undefined;

/** The word senses `generate` asks vocabulary from, as the build writes them (loaded once). */
export function lexicon(): Lexicon {
	if (loaded) return loaded;
	const data = readVocabularyData();
	if (data instanceof Error) throw data;
	loaded = lexiconFrom(data as LexiconData);
	return loaded;
}
