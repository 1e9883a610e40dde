// Candidates: true/false statements made from a sentence.
import nlp from 'compromise';
import type { Fact } from '../facts/facts.js';
import type { Candidate } from './candidate.js';
import { trueFalseLead } from './prompts.js';
import { common, type FactView } from './question-parts.js';

type StatementFact = Extract<Fact, { kind: 'statement' }>;

/** Sentences already negated, "not only", "no one": negating them again reads badly. */
const negative =
	/\b(?:not|no|nor|never|neither|none|nothing|nobody|only|without|hardly|barely|cannot)\b|n[’']t\b/iu;
/** "business did not fix investment have been": the negation landed on the wrong verb. */
const strayVerb = /\bnot\b(?:\s+\S+){1,3}\s+(?:have|has|had|been|is|are|was|were|will|would)\b/iu;

/** "Once the rover is not on …": a sentence that opens on a subordinate clause negates that clause. */
const subordinate =
	/^(?:(?:but|and|yet|so|however|still|now|then),?\s+)?(?:once|when|whenever|while|if|after|before|because|although|though|as|since|until|unless|where|whereas|despite|in|on|at|by|for|with|from|during|to)\b/iu;

/** "… from which it will then relay commands": a negation lands cleanly only in one clause. */
function isSimple(sentence: string): boolean {
	const words = sentence.split(/\s+/u).length;
	return (
		words <= 24 &&
		!/\b(?:which|who|whom|whose|whereby|then)\b|,\s*(?:who|where|while)\b/iu.test(sentence)
	);
}

const negations = new Map<string, string | undefined>();

/**
 * The sentence as it stands, or (`isFalse`) negated ("China has not turned inward …") where
 * the negation lands cleanly on the main verb before the first comma.
 */
export function statementQuestion(
	view: FactView & { fact: StatementFact },
	isFalse: boolean,
): Candidate | undefined {
	const { fact, excerpt } = view;
	if (excerpt.isCutBefore || excerpt.isCutAfter || excerpt.text !== fact.text) return undefined;
	const negated = isFalse ? negate(fact.text) : undefined;
	if (isFalse && negated === undefined) return undefined;
	const statement = negated ?? fact.text;
	return {
		question: {
			...common(view, `${trueFalseLead} ${statement}`),
			type: 'truefalse',
			answer: negated === undefined,
			explanation: negated
				? `False: line ${fact.line} says it the other way round: “${fact.text}”`
				: `True: line ${fact.line} says so in these very words.`,
		},
		fact,
		answerForms: [],
		shownText: statement,
		...(negated ? { swap: { text: negated } } : {}),
	};
}

/** The sentence negated by compromise, or undefined when the result would not read well. */
export function negate(sentence: string): string | undefined {
	if (negations.has(sentence)) return negations.get(sentence);
	let result: string | undefined;
	// A sentence with a comma, semicolon or colon never negates cleanly (the change would fall
	// before the first of them, with it after): it is not handed to the tagger.
	const isCandidate =
		!/[,;:]/u.test(sentence) &&
		!negative.test(sentence) &&
		!subordinate.test(sentence) &&
		isSimple(sentence);
	if (isCandidate) {
		const negated = nlp(sentence).sentences().toNegative().text();
		const firstClause = sentence.split(/[,;:]/u)[0] ?? sentence;
		const changedAt = [...sentence].findIndex((char, index) => negated[index] !== char);
		const isClean =
			negated !== sentence &&
			(negated.match(/\bnot\b/giu) ?? []).length === 1 &&
			changedAt >= 0 &&
			changedAt <= firstClause.length &&
			// "was not very handsome, with a fine coloring": what follows the negation stays true.
			!/[,;:—]/u.test(sentence.slice(changedAt)) &&
			// "loops around and do not quickly connect": one verb of two negated, and badly.
			!/\b(?:and|or)\b/u.test(sentence.slice(0, changedAt)) &&
			// "was not lowered by 8 inches and other improvements were made": the second clause stays
			// true, and the statement is half false.
			!/\band\s+(?:\S+\s+){0,4}(?:was|were|is|are|has|have|had|will|would)\b/u.test(
				sentence.slice(changedAt),
			) &&
			// "had not all disappeared", "did not always": a quantifier negated says "some".
			!/\b(?:all|every|each|both|always|entirely|completely|fully|quite)\b/iu.test(
				sentence.slice(changedAt),
			) &&
			!strayVerb.test(negated) &&
			negated.endsWith(sentence.slice(-12));
		result = isClean ? negated : undefined;
	}
	negations.set(sentence, result);
	return result;
}
