import { normalizeText } from '../core/grade/normalize.js';
import type { Candidate } from './candidate.js';
import type { Fact } from './facts.js';
import type { RejectionReason } from './rules.js';

/** Why a fact or candidate cannot join the bank, and whether another kind of question might. */
export type BankRefusal = {
	readonly reason: RejectionReason;
	readonly detail: string;
	readonly mayTryOtherKind: boolean;
};

/** Rules about the bank as a whole: each fact once, a few questions per sentence and answer. */
export type BankRules = {
	/** Refuse a fact before any question is built on it. */
	checkFact(fact: Fact): BankRefusal | undefined;
	/** Refuse a question that repeats another word for word, or a curated one's answer. */
	checkCandidate(candidate: Candidate): BankRefusal | undefined;
	/** Record a kept candidate. */
	add(candidate: Candidate): void;
};

/** The most questions one answer may have in a bank, however often the article names it. */
export const maxPerAnswer = 4;

/** Keys that say "a question on this line is about this answer", to spot a fact asked twice. */
export function answerKeys(line: number, answers: readonly string[]): string[] {
	return answers.map((answer) => `${line}:${normalizeText(answer)}`);
}

/** How many questions a sentence can carry: one per eight words, one to four. */
export function sentenceCapacity(sentence: string): number {
	const words = sentence.split(/\s+/).length;
	return Math.max(1, Math.min(4, Math.floor(words / 8)));
}

/** Start judging a bank; `covered` holds `answerKeys` of the curated questions. */
export function createBankRules(covered: ReadonlySet<string> = new Set()): BankRules {
	const seen = new Set<string>();
	const perSentence = new Map<number, number>();
	const perAnswer = new Map<string, number>();
	const refuse = (reason: RejectionReason, detail: string, mayTryOtherKind = false) => ({
		reason,
		detail,
		mayTryOtherKind,
	});
	return {
		checkFact(fact) {
			if (answerKeys(fact.line, [fact.text]).some((key) => covered.has(key))) {
				return refuse('same-fact', 'a curated question asks about it');
			}
			if (fact.keys.some((key) => seen.has(key)))
				return refuse('same-fact', 'another question asks about it');
			const { sentence } = fact;
			const capacity = sentenceCapacity(sentence.text);
			if ((perSentence.get(sentence.index) ?? 0) >= capacity) {
				return refuse(
					'crowded-sentence',
					`line ${sentence.line} already has ${capacity} question(s) on this sentence`,
				);
			}
			if ((perAnswer.get(answerOf(fact)) ?? 0) >= maxPerAnswer) {
				return refuse(
					'overused-answer',
					`“${fact.text}” already answers ${maxPerAnswer} questions`,
				);
			}
			return undefined;
		},
		checkCandidate({ question, fact }) {
			if (question.type === 'choice' || question.type === 'short') {
				if (answerKeys(fact.line, [question.answer]).some((key) => covered.has(key))) {
					return refuse('same-fact', 'a curated question asks about it');
				}
			}
			if (seen.has(promptKey(question.prompt)))
				return refuse('same-fact', 'another question has this very prompt', true);
			return undefined;
		},
		add({ fact, question }) {
			for (const key of fact.keys) seen.add(key);
			seen.add(promptKey(question.prompt));
			const { index } = fact.sentence;
			perSentence.set(index, (perSentence.get(index) ?? 0) + 1);
			perAnswer.set(answerOf(fact), (perAnswer.get(answerOf(fact)) ?? 0) + 1);
		},
	};
}

/** Two questions with the same prompt word for word are one question. */
const promptKey = (prompt: string) => `prompt:${normalizeText(prompt)}`;

/** What a question is about, for counting: the entity, the speaker, or the answer's words. */
function answerOf(fact: Fact): string {
	if (fact.kind === 'entity') return fact.entity.key;
	if (fact.kind === 'quote') return `said:${fact.speaker.key}`;
	return `${fact.kind}:${normalizeText(fact.text)}`;
}
