// Judge: candidates run through the rules and the selection, with each rejection's reason.
import type { Candidate, QuestionInput } from '../candidates/candidate.js';
import type { Fact } from '../facts/facts.js';
import { type Finding, judgeCandidate, type RuleName, rules } from './judge.js';
import type { RuleContext } from './rules.js';
import { type Scored, scoreCandidate } from './score.js';
import { type SelectionReason, selectQuestions } from './select.js';

/** Why a candidate was left out: a rule it broke, or the selection. */
export type RejectionReason = RuleName | SelectionReason | 'curated-covers';

/** A candidate question the generator dropped, and why. */
export type Rejection = {
	readonly reason: RejectionReason;
	readonly detail: string;
	readonly fact: Fact;
	readonly question: QuestionInput;
	/** The defect class of the rubric the rule guards against. */
	readonly defect?: string;
	/** The score of a candidate that broke no rule but was outscored. */
	readonly score?: number;
};

/** What the filter kept (best first) and dropped, with a count per reason. */
export type FilterResult = {
	readonly accepted: readonly Scored[];
	readonly rejections: readonly Rejection[];
	readonly counts: Readonly<Partial<Record<RejectionReason, number>>>;
};

/** Facts of one kind in one sentence that become candidates; a bank keeps one per sentence. */
const maxFactsPerSentence = 6;
/** Figures and dates of one sentence that become candidates. */
export const maxFiguresPerSentence = 3;

/**
 * Overgenerate, judge, score, keep the best: every candidate of every fact is judged by the
 * rules; those that pass are scored, and the best `size` are kept, one per sentence and fact.
 */
export function filterFacts(
	facts: Iterable<Fact>,
	candidatesOf: (fact: Fact) => Iterable<Candidate>,
	context: (line: number) => RuleContext,
	size: number,
	floor = size,
): FilterResult {
	const scored: Scored[] = [];
	const rejections: Rejection[] = [];
	const factsIn = new Map<string, number>();
	for (const fact of facts) {
		// A sentence of figures or names ("45% of 1,200 … on 12 March …") asks only its first few.
		const group = fact.kind === 'date' || fact.kind === 'figure' ? 'figures' : fact.kind;
		const key = `${fact.sentence.index}:${group}`;
		const seen = factsIn.get(key) ?? 0;
		factsIn.set(key, seen + 1);
		if (seen >= (group === 'figures' ? maxFiguresPerSentence : maxFactsPerSentence)) continue;
		for (const candidate of candidatesOf(fact)) {
			const ruleContext = context(candidate.question.source.line);
			const finding: Finding | undefined = judgeCandidate(candidate, ruleContext);
			if (finding) {
				rejections.push({
					reason: finding.rule,
					detail: finding.detail,
					defect: finding.defect,
					fact,
					question: candidate.question,
				});
				continue;
			}
			scored.push(
				scoreCandidate(candidate, ruleContext.profile, ruleContext.article.sentences.length),
			);
		}
	}
	const { kept, dropped } = selectQuestions(scored, size, floor);
	for (const item of dropped) {
		const { fact, question } = item.candidate;
		rejections.push({
			reason: item.reason,
			detail: item.detail,
			fact,
			question,
			score: item.score,
		});
	}
	return { accepted: kept, rejections, counts: countReasons(rejections) };
}

/** How many rejections each reason has, in the order the rules apply. */
export function countReasons(
	rejections: readonly Rejection[],
): Partial<Record<RejectionReason, number>> {
	const counts: Partial<Record<RejectionReason, number>> = {};
	for (const [name] of rules) counts[name] = 0;
	for (const rejection of rejections)
		counts[rejection.reason] = (counts[rejection.reason] ?? 0) + 1;
	return counts;
}
