import { createBankRules } from './bank-rules.js';
import type { Candidate, QuestionInput } from './candidate.js';
import type { Fact } from './facts.js';
import { type RejectionReason, rejectionReasons, rules } from './rules.js';

/** A fact or a question on it that the filter dropped, and why. */
export type Rejection = {
	readonly reason: RejectionReason;
	readonly detail: string;
	readonly fact: Fact;
	/** The question refused, when one was built; a fact refused as a whole has none. */
	readonly question?: QuestionInput;
};

/** What the filter kept and dropped, with a count per reason. */
export type FilterResult = {
	readonly accepted: readonly Candidate[];
	readonly rejections: readonly Rejection[];
	readonly counts: Readonly<Record<RejectionReason, number>>;
};

/**
 * Judge the facts in turn. A fact already asked about (by a kept question, or a curated one in
 * `covered`), on a sentence that has its share of questions, or with an overused answer is
 * dropped whole; otherwise its candidates are tried best first, and the first that passes
 * every rule is kept.
 */
export function filterFacts(
	facts: Iterable<Fact>,
	candidatesOf: (fact: Fact) => Iterable<Candidate>,
	lineText: (line: number) => string,
	covered: ReadonlySet<string> = new Set(),
): FilterResult {
	const accepted: Candidate[] = [];
	const rejections: Rejection[] = [];
	const bank = createBankRules(covered);
	for (const fact of facts) {
		const refused = bank.checkFact(fact);
		if (refused) {
			rejections.push({ reason: refused.reason, detail: refused.detail, fact });
			continue;
		}
		for (const candidate of candidatesOf(fact)) {
			const { question } = candidate;
			const repeat = bank.checkCandidate(candidate);
			const broken = repeat ?? brokenRule(candidate, lineText(question.source.line));
			if (broken) {
				rejections.push({ reason: broken.reason, detail: broken.detail, fact, question });
				if (repeat && !repeat.mayTryOtherKind) break;
				continue;
			}
			bank.add(candidate);
			accepted.push(candidate);
			break;
		}
	}
	const counts = Object.fromEntries(rejectionReasons.map((reason) => [reason, 0])) as Record<
		RejectionReason,
		number
	>;
	for (const rejection of rejections) counts[rejection.reason]++;
	return { accepted, rejections, counts };
}

function brokenRule(candidate: Candidate, line: string) {
	for (const [reason, rule] of rules) {
		const detail = rule(candidate, line);
		if (detail !== undefined) return { reason, detail };
	}
	return undefined;
}
