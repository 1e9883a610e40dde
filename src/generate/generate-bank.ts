// The pipeline: read the article, find facts, build candidates, judge and rank them, write the bank.
import { parseArticle } from '../core/article.js';
import type { BankIssue } from '../core/bank/issue.js';
import { parseBank, type QuestionPositions } from '../core/bank/parse.js';
import {
	type Bank,
	type BankInput,
	bankSchema,
	type Question,
	type QuestionType,
} from '../core/bank/schema.js';
import { verifyBank } from '../core/bank/verify.js';
import { candidatesFor } from './candidates/build-questions.js';
import { explanationFor } from './candidates/explain.js';
import { buildPools } from './candidates/pools.js';
import { hasFairOptions } from './candidates/vocabulary-questions.js';
import { type ArticleProfile, profileArticle } from './facts/article-profile.js';
import { type ArticleFacts, type Fact, findFacts } from './facts/facts.js';
import type { Lexicon } from './facts/lexicon.js';
import { withVocabulary } from './facts/vocabulary.js';
import { countReasons, type FilterResult, filterFacts } from './judge/filter.js';
import { sameFact } from './judge/rules-items.js';
import type { Scored } from './judge/score.js';
import { answerKeys, promptKey } from './write/bank-rules.js';
import { assignIds, contentId } from './write/ids.js';
import { curatedKeys, type MergeChanges, mergeChanges } from './write/merge.js';
import { curatedNodes, writeBank } from './write/write-bank.js';

/** Generated questions in one bank at most, unless `--max` asks for more: a book is no quiz. */
export const maxBankSize = 300;

/** About one question per 50 words of the article, at most `max` (or `maxBankSize`). */
export function bankSize(words: number, max?: number): number {
	const size = Math.max(1, Math.round(words / 50));
	return Math.min(size, max ?? maxBankSize);
}

/**
 * The fewest questions a bank fills up to with copied true statements: one per 80 words, or
 * all `--max` asks for.
 */
export function bankFloor(words: number, size: number, max?: number): number {
	return max === undefined ? Math.min(size, Math.ceil(words / 80)) : size;
}

/** The seed used when none is given, so plain runs are reproducible. */
export const defaultSeed = 'quizline';

/** What to generate from, and where it will live. */
export type GenerateOptions = {
	readonly articleText: string;
	/** The article's path relative to the bank, as `article.file` will say. */
	readonly articleFile: string;
	/** The bank's file name, for messages. */
	readonly bankFile: string;
	readonly seed: string;
	readonly max?: number;
	readonly title?: string;
	/** The bank already at the output path: its curated questions are kept as they are. */
	readonly existing?: string;
	/** Word senses to ask vocabulary from; without them no vocabulary question is made. */
	readonly lexicon?: Lexicon;
};

/** What a run produced: counts per kind, the filter's verdicts, and changes to an existing bank. */
export type GenerateReport = {
	readonly byType: Readonly<Record<QuestionType, number>>;
	readonly curated: number;
	readonly filter: FilterResult;
	/** The questions written, with their scores. */
	readonly kept: readonly Scored[];
	/** Questions left out because review rejected them (the bank's `rejected:` list). */
	readonly skipped: number;
	/** Sentences of a long text left unweighed: beyond the most central ones a bank can use. */
	readonly unweighed: number;
	readonly changes?: MergeChanges;
};

/** Sentences weighed per question the bank holds, at most: a book's others are not read for questions. */
const sentencesPerQuestion = 12;

/**
 * The facts worth building questions from: all of them, unless the text has many more sentences
 * than a bank of `size` could use; then those of its most central sentences (twelve per
 * question), in reading order, and facts on several sentences (a sequence, a main idea) always.
 */
export function mostCentralFacts(
	article: ArticleFacts,
	profile: ArticleProfile,
	size: number,
): { weighed: readonly Fact[]; unweighed: number } {
	const most = size * sentencesPerQuestion;
	const count = article.sentences.length;
	if (count <= most) return { weighed: article.facts, unweighed: 0 };
	const ranked = article.sentences
		.map((sentence) => sentence.index)
		.sort((a, b) => profile.centrality(b) - profile.centrality(a) || a - b);
	const kept = new Set(ranked.slice(0, most));
	const spans = new Set<Fact['kind']>(['sequence', 'interval', 'main-idea']);
	const weighed = article.facts.filter(
		(fact) => spans.has(fact.kind) || kept.has(fact.sentence.index),
	);
	return { weighed, unweighed: count - most };
}

/** The bank's YAML and a report, or the problems that kept it from being written. */
type GenerateResult =
	| { readonly ok: true; readonly yaml: string; readonly report: GenerateReport }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/** Turn an article (and any existing bank) into bank YAML; the same input gives the same bytes. */
export function generateBank(options: GenerateOptions): GenerateResult {
	const existing = readExisting(options);
	if (!existing.ok) return existing;
	const { previous, curated, positions } = existing;
	const rejectedIds = new Set(previous?.rejected ?? []);
	const { article, filter, rejections, accepted, generated, skipped, unweighed } = pickQuestions(
		options,
		curated,
		rejectedIds,
	);
	const result = { ...filter, rejections, counts: countReasons(rejections) };
	if (generated.length + curated.length === 0) {
		const rejected = rejections.length;
		const message = `no question could be made from the article (${article.facts.length} facts found, ${rejected} candidates rejected); it needs full sentences that name people, places, figures or dates`;
		return { ok: false, issues: [{ file: options.bankFile, line: 0, col: 0, message }] };
	}
	const title =
		options.title ?? previous?.article.title ?? article.title ?? titleFromFile(options.articleFile);
	const source = previous?.article.source;
	const bankArticle = { file: options.articleFile, title, ...(source ? { source } : {}) };
	const yaml = writeBank({
		article: bankArticle,
		curated: options.existing === undefined ? { items: [] } : curatedNodes(options.existing),
		generated,
		seed: options.seed,
		rejected: previous?.rejected ?? [],
	});
	const bank = { article: bankArticle, questions: [...curated, ...generated] };
	const issues = checkBank(bank, options, positions);
	if (issues.length > 0) return { ok: false, issues };
	const byType = { choice: 0, truefalse: 0, short: 0, numeric: 0, order: 0 };
	for (const question of generated) byType[question.type]++;
	const ids = generated.map((question) => question.id);
	return {
		ok: true,
		yaml,
		report: {
			byType,
			curated: curated.length,
			filter: result,
			kept: accepted,
			skipped,
			unweighed,
			...(previous ? { changes: mergeChanges(previous, ids) } : {}),
		},
	};
}

type Existing = {
	readonly ok: true;
	readonly previous?: Bank;
	/** The existing bank's curated questions, in its order. */
	readonly curated: readonly Question[];
	/** Where the nth curated question stands in the existing bank's text. */
	readonly positions: QuestionPositions;
};

/** The existing bank, parsed, with its curated questions and where they stand. */
function readExisting(
	options: GenerateOptions,
): Existing | { readonly ok: false; readonly issues: readonly BankIssue[] } {
	let previous: Bank | undefined;
	let where: QuestionPositions | undefined;
	if (options.existing !== undefined) {
		const parsed = parseBank(options.existing, options.bankFile);
		if (!parsed.ok) return parsed;
		previous = parsed.bank;
		where = parsed.positions;
	}
	const isCurated = (question: Question) => question.origin !== 'generated';
	const curated = previous?.questions.filter(isCurated) ?? [];
	// Curated questions come first: the nth points back at its place in the existing bank.
	const curatedAt =
		previous?.questions.flatMap((question, index) => (isCurated(question) ? [index] : [])) ?? [];
	const positions: QuestionPositions = {
		at: (index, ...path) => {
			const existing = curatedAt[index];
			return where && existing !== undefined ? where.at(existing, ...path) : nowhere;
		},
		of: () => nowhere,
	};
	return { ok: true, ...(previous ? { previous } : {}), curated, positions };
}

/** Facts found, candidates built, judged and ranked; those a curated question covers left out. */
function pickQuestions(
	options: GenerateOptions,
	curated: readonly Question[],
	rejectedIds: ReadonlySet<string>,
) {
	const covered = curatedKeys(curated);
	const found = findFacts(options.articleText);
	const profile = profileArticle(found);
	const article = options.lexicon
		? withVocabulary(found, options.lexicon, profile.words, hasFairOptions)
		: found;
	const pools = buildPools(article, profile);
	const target = bankSize(profile.words, options.max);
	// The cap follows the default size: `--max 5` still picks the best of the whole article.
	const { weighed, unweighed } = mostCentralFacts(
		article,
		profile,
		Math.max(target, bankSize(profile.words)),
	);
	const filter = filterFacts(
		weighed,
		(fact) => candidatesFor(fact, article, pools, options.seed),
		(line) => ({ line: article.lines[line - 1]?.text ?? '', article, profile, pools }),
		target,
		bankFloor(profile.words, target, options.max),
	);
	// Curated questions are kept as they are: generated ones on their facts go, and nothing
	// weaker takes their place.
	const isCovered = ({ candidate }: Scored) =>
		covered.has(promptKey(candidate.question.prompt)) ||
		answerKeys(candidate.question.source.line, [
			String(candidate.question.answer),
			candidate.fact.text,
		]).some((key) => covered.has(key)) ||
		curated.some((question) => sameFact(question, candidate.question) !== undefined);
	const rejections = [
		...filter.rejections,
		...filter.accepted.filter(isCovered).map(({ candidate, score }) => ({
			reason: 'curated-covers' as const,
			detail: 'a curated question asks about it',
			fact: candidate.fact,
			question: candidate.question,
			score,
		})),
	];
	const accepted = filter.accepted.filter((item) => !isCovered(item));
	const sorted = accepted
		.map((item) => item.candidate)
		.sort((a, b) => a.fact.line - b.fact.line || a.fact.start - b.fact.start);
	// A question rejected in review stays out, and nothing takes its place.
	const kept = sorted.filter((candidate) => !rejectedIds.has(contentId(candidate.question)));
	const generated = assignIds(
		kept.map((candidate) => ({ ...candidate.question, explanation: explanationFor(candidate) })),
		new Set(curated.map((question) => question.id)),
	);
	return {
		article,
		filter,
		rejections,
		accepted,
		generated,
		skipped: sorted.length - kept.length,
		unweighed,
	};
}

const nowhere = { line: 0, col: 0 };

/**
 * The checks `quizline validate` makes (schema, ids, answers, quotes verbatim in the article),
 * run on the bank before it is written; the writer keeps values as they are.
 */
function checkBank(
	input: BankInput,
	options: GenerateOptions,
	positions: QuestionPositions,
): BankIssue[] {
	const parsed = bankSchema.safeParse(input);
	if (!parsed.success) {
		return parsed.error.issues.map((issue) => ({
			file: options.bankFile,
			...nowhere,
			message: `${issue.path.join('.')}: ${issue.message}`,
		}));
	}
	return verifyBank(parsed.data, parseArticle(options.articleText), options.bankFile, positions);
}

/** "putin-xi-sco-2022.txt" → "Putin xi sco 2022". */
function titleFromFile(file: string): string {
	const base =
		file
			.split(/[\\/]/)
			.at(-1)
			?.replace(/\.[^.]+$/, '') ?? file;
	const words = base.replace(/[-_]+/g, ' ').trim();
	return words ? words[0]?.toUpperCase() + words.slice(1) : 'Article';
}
