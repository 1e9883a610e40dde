// Judge: which scored candidates make the bank, and why the others do not.
import { normalizeText } from '../../core/grade/normalize.js';
import type { Candidate } from '../candidates/candidate.js';
import { contentWords } from '../read/words.js';
import {
	checksUnderstanding,
	kindOf,
	shownStatementsOf,
	spansSentences,
	visibleText,
} from './question-kind.js';
import type { Scored } from './score.js';

/** Why a candidate that broke no rule was still left out. */
export type SelectionReason =
	| 'same-sentence'
	| 'same-fact'
	| 'answers-another'
	| 'overused-answer'
	| 'copied-enough'
	| 'ideas-enough'
	| 'kind-enough'
	| 'bank-full';

/** The most questions one answer may have in a bank, however often the article names it. */
const maxPerAnswer = 2;
/** No kind of question takes more than this share of a bank while others are left. */
const kindShare = 0.4;
/** A sentence copied as a true statement asks only to recognise it: a smaller share. */
const copiedShare = 0.2;
/** Main ideas are a few per bank (one per eight questions, two at least): most paragraphs are details. */
const ideasPer = 8;

/** Candidates kept (in score order) and those left out, each with why. */
type Selection = {
	readonly kept: readonly Scored[];
	readonly dropped: readonly (Scored & {
		readonly reason: SelectionReason;
		readonly detail: string;
	})[];
};

/**
 * Keep the best `size` candidates: one question per sentence (a question on several sentences
 * takes none of them) and per fact, an answer at most `maxPerAnswer` times, never two questions
 * where one shows the other's answer, and no kind (its understanding tag, else its type) over
 * 40% of the bank while candidates of other kinds remain. Questions past their kind's share
 * fill the bank only up to `floor`: a shorter bank beats one of a single kind; main ideas stop
 * at a few. Ordering questions are weighed first.
 */
export function selectQuestions(scored: readonly Scored[], size: number, floor = size): Selection {
	// An ordering question is chosen first: it relates the most facts, and a main idea or a
	// recall question that shows one of its dates would otherwise keep it out. Then the other
	// questions that check understanding (a cause, a comparison, a word's sense): a teacher
	// values them above the recall of a detail that would keep them out.
	const first = (item: Scored) =>
		kindOf(item.candidate) === 'sequence' ? 2 : checksUnderstanding(item.candidate) ? 1 : 0;
	const ranked = [...scored].sort(
		(a, b) => first(b) - first(a) || b.score - a.score || order(a.candidate) - order(b.candidate),
	);
	const kept: Scored[] = [];
	const dropped: Selection['dropped'][number][] = [];
	const state = newState();
	const deferred: Scored[] = [];
	const perKind = new Map<string, number>();
	const mostIdeas = Math.max(2, Math.ceil(size / ideasPer));
	const quotaOf = (kind: string) => {
		const quota = Math.max(
			2,
			Math.floor(size * (kind === 'truefalse:true' ? copiedShare : kindShare)),
		);
		return kind === 'main-idea' ? Math.min(quota, mostIdeas) : quota;
	};
	const tryKeep = (item: Scored, mayDefer: boolean) => {
		if (kept.length >= size)
			return dropped.push({
				...item,
				reason: 'bank-full',
				detail: `the bank holds its ${size} best`,
			});
		const refusal = state.refuse(item.candidate, !mayDefer);
		// A copied sentence whose name other questions have asked waits to fill the bank.
		if (refusal?.reason === 'overused-answer' && mayDefer && isCopiedTrue(item.candidate))
			return deferred.push(item);
		if (refusal) return dropped.push({ ...item, ...refusal });
		const kind = kindOf(item.candidate);
		// A second question with the same answer asks the same thing again: only to fill up.
		if (mayDefer && state.isAnswered(item.candidate)) return deferred.push(item);
		if (mayDefer && (perKind.get(kind) ?? 0) >= quotaOf(kind)) return deferred.push(item);
		perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
		state.add(item.candidate);
		return kept.push(item);
	};
	for (const item of ranked) tryKeep(item, true);
	for (const item of deferred) {
		if (kindOf(item.candidate) === 'main-idea') {
			dropped.push({
				...item,
				reason: 'ideas-enough',
				detail: `the bank holds its ${mostIdeas} main-idea questions`,
			});
			continue;
		}
		if (kept.length >= floor && state.isAnswered(item.candidate)) {
			dropped.push({
				...item,
				reason: 'overused-answer',
				detail: `“${item.candidate.fact.text}” answers a question already, and the bank holds ${floor} questions`,
			});
			continue;
		}
		if (kept.length >= floor) {
			const isCopied = kindOf(item.candidate) === 'truefalse:true';
			dropped.push({
				...item,
				reason: isCopied ? 'copied-enough' : 'kind-enough',
				detail: isCopied
					? `the bank holds its share of copied true statements and ${floor} questions`
					: `the bank holds its share of ${kindOf(item.candidate)} questions and ${floor} questions`,
			});
			continue;
		}
		tryKeep(item, false);
	}
	return { kept, dropped };
}

const order = ({ fact }: Candidate) => fact.line * 1e6 + fact.start;

/**
 * A sentence stated true as it stands blanks nothing and swaps nothing: it asks for no answer,
 * so it does not use up the name it holds, and when the bank needs it to reach one question per
 * 80 words, the name does not keep it out ("Taxis are more expensive in Boston …" beside two
 * questions whose answer is Boston).
 */
const isCopiedTrue = ({ question }: Candidate) =>
	question.type === 'truefalse' && question.answer === true;

/** Why the bank refuses a candidate that broke no rule. */
type Refusal = { readonly reason: SelectionReason; readonly detail: string };

function newState() {
	const sentences = new Set<number>();
	const facts = new Set<string>();
	const perAnswer = new Map<string, number>();
	/** Kept questions by the words of their answers, and by the phrases of what they show. */
	const byAnswer = new Map<string, Candidate[]>();
	const byPhrase = new Map<string, Candidate[]>();
	const shown = shownStatements();
	// A figure is one fact however it is written ("seven routes", "seven bus routes").
	const answerOf = ({ fact }: Candidate) =>
		fact.kind === 'entity'
			? fact.entity.key
			: fact.kind === 'figure'
				? `figure:${fact.figure.value}`
				: normalizeText(fact.text);
	const wordsOf = new WeakMap<Candidate, Set<string>>();
	const words = (candidate: Candidate) => {
		let set = wordsOf.get(candidate);
		if (!set) {
			set = new Set(contentWords(shownOf(candidate)));
			wordsOf.set(candidate, set);
		}
		return set;
	};
	const overlap = (a: Candidate, b: Candidate) => {
		const theirs = words(a);
		let shared = 0;
		for (const word of words(b)) if (theirs.has(word)) shared++;
		return shared;
	};
	const answersAnother = (candidate: Candidate): Candidate | undefined => {
		const phrases = phrasesOf(readOf(candidate));
		for (const phrase of phrases) {
			const other = byAnswer.get(phrase)?.find((each) => overlap(each, candidate) >= 3);
			if (other) return other;
		}
		const other = shown.answered(candidate);
		// A true/false statement shows its whole sentence: no prompt can answer it.
		if (other || candidate.question.type === 'truefalse') return other;
		for (const form of candidate.answerForms) {
			const other = byPhrase
				.get(normalizeText(form))
				?.find((each) => overlap(each, candidate) >= 3);
			if (other) return other;
		}
		return undefined;
	};
	return {
		refuse(candidate: Candidate, isFilling = false): Refusal | undefined {
			const { fact } = candidate;
			if (!spansSentences(candidate) && sentences.has(fact.sentence.index))
				return {
					reason: 'same-sentence',
					detail: `a better question asks about line ${fact.line}’s sentence`,
				};
			if (fact.keys.some((key) => facts.has(key)))
				return { reason: 'same-fact', detail: 'a better question asks about this fact' };
			const answer = answerOf(candidate);
			// A figure is asked once: "2 percent" twice is the same question twice; so is a
			// nationality ("American engineer Charles Martin Hall" asked as a blank and as a swap).
			const isOnce =
				fact.kind === 'figure' || (fact.kind === 'entity' && fact.entity.kind === 'nationality');
			const most = isOnce ? 1 : maxPerAnswer;
			if (!(isFilling && isCopiedTrue(candidate)) && (perAnswer.get(answer) ?? 0) >= most)
				return {
					reason: 'overused-answer',
					detail: `“${fact.text}” already answers ${most} question(s)`,
				};
			const other = answersAnother(candidate);
			if (other)
				return {
					reason: 'answers-another',
					detail: `it and “${other.question.id === 'pending' ? other.question.prompt.slice(0, 60) : other.question.id}” answer each other`,
				};
			return undefined;
		},
		/** Whether a kept question already asks for this answer (a statement asks for none). */
		isAnswered(candidate: Candidate): boolean {
			if (candidate.question.type === 'truefalse') return false;
			return (perAnswer.get(answerOf(candidate)) ?? 0) > 0;
		},
		add(candidate: Candidate) {
			// A question on several sentences leaves each of them to a recall question.
			if (!spansSentences(candidate)) sentences.add(candidate.fact.sentence.index);
			for (const key of candidate.fact.keys) facts.add(key);
			const answer = answerOf(candidate);
			if (!isCopiedTrue(candidate)) perAnswer.set(answer, (perAnswer.get(answer) ?? 0) + 1);
			if (candidate.question.type !== 'truefalse')
				for (const form of candidate.answerForms) push(byAnswer, normalizeText(form), candidate);
			for (const phrase of phrasesOf(readOf(candidate))) push(byPhrase, phrase, candidate);
			shown.add(candidate);
		},
	};
}

/** The text a question's words are compared on: a multi-sentence question's options count. */
const shownOf = (candidate: Candidate) =>
	spansSentences(candidate) ? visibleText(candidate) : candidate.shownText;
/** The text whose phrases may hold another question's answer. */
const readOf = (candidate: Candidate) =>
	spansSentences(candidate) ? visibleText(candidate) : candidate.question.prompt;

/** Share of an option's content words a statement must hold to state the option again. */
const restated = 0.8;

/**
 * The statements kept questions show whole: the options of multi-sentence questions and the
 * true/false statements. An option stated again as true or false is answered by the option
 * ("… in November 1983" beside "True or false: … in November 1985"), and two multi-sentence
 * questions offering the same option tell each other something.
 */
function shownStatements() {
	const options: { readonly words: Set<string>; readonly by: Candidate }[] = [];
	const statements: { readonly words: Set<string>; readonly by: Candidate }[] = [];
	const optionsOf = (candidate: Candidate) =>
		shownStatementsOf(candidate).map((statement) => new Set(contentWords(statement)));
	const holds = (statement: Set<string>, option: Set<string>) => {
		let shared = 0;
		for (const word of option) if (statement.has(word)) shared++;
		return option.size > 0 && shared >= option.size * restated;
	};
	return {
		answered(candidate: Candidate): Candidate | undefined {
			if (candidate.question.type === 'truefalse') {
				if (options.length === 0) return undefined;
				const words = new Set(contentWords(candidate.shownText));
				return options.find((option) => holds(words, option.words))?.by;
			}
			if (!spansSentences(candidate)) return undefined;
			for (const option of optionsOf(candidate)) {
				const other =
					options.find((each) => holds(each.words, option) && holds(option, each.words)) ??
					statements.find((each) => holds(each.words, option));
				if (other) return other.by;
			}
			return undefined;
		},
		add(candidate: Candidate) {
			if (candidate.question.type === 'truefalse')
				statements.push({ words: new Set(contentWords(candidate.shownText)), by: candidate });
			else if (spansSentences(candidate))
				for (const words of optionsOf(candidate)) options.push({ words, by: candidate });
		},
	};
}

/** Every run of one to four words of a text, normalised. */
function phrasesOf(text: string): Set<string> {
	const words = normalizeText(text).split(' ');
	const phrases = new Set<string>();
	for (let i = 0; i < words.length; i++)
		for (let n = 1; n <= 4 && i + n <= words.length; n++)
			phrases.add(words.slice(i, i + n).join(' '));
	return phrases;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
