// Lint: a bank question seen as the generator's rules see a candidate.
import { normalizeText } from '../core/grade/normalize.js';
import type { Candidate, QuestionInput } from '../generate/candidates/candidate.js';
import type { ArticleFacts, Fact } from '../generate/facts/facts.js';
import type { ReadArticle } from './article-facts.js';

/**
 * A generated question is the candidate the generator built, found again; any other question
 * is viewed from the bank alone: its prompt is what it shows, its answer and accepted forms
 * are the answer's forms, and its fact is the one the article names at the answer on the quoted
 * line, else the quoted sentence as a statement.
 */
export function candidateView(
	question: QuestionInput,
	read: ReadArticle,
	seed: string,
): { readonly candidate: Candidate; readonly isBuilt: boolean } {
	const built = question.origin === 'generated' ? read.candidateOf(question, seed) : undefined;
	if (built) return { candidate: { ...built, question }, isBuilt: true };
	return { candidate: viewOf(question, read.article), isBuilt: false };
}

/** A question the generator did not build, seen from the bank alone. */
function viewOf(question: QuestionInput, article: ArticleFacts): Candidate {
	const fact = factOf(question, article);
	const forms = fact.kind === 'entity' ? fact.entity.forms : [];
	return {
		question,
		fact,
		answerForms: [...new Set([...answersOf(question), ...forms])],
		shownText: askedPart(question),
	};
}

/**
 * What the prompt asks in its own words: a vocabulary question's sentence after its "?" ("What
 * does “boon” mean as it is used here? China has … its neighbor …") is the article's, shown
 * for context, and its pronouns are the article's to resolve; its "it" is the word asked.
 */
function askedPart(question: QuestionInput): string {
	if (question.skill !== 'vocabulary') return question.prompt;
	const mark = question.prompt.indexOf('? ');
	const asked = mark < 0 ? question.prompt : question.prompt.slice(0, mark + 1);
	// "… mean as it is used here?": "it" is the word asked about.
	return asked.replace(/\s+as it is used here\b/u, '');
}

/** The answer and its accepted forms, for a question whose answer is words or a figure. */
function answersOf(question: QuestionInput): string[] {
	if (question.type === 'truefalse' || question.type === 'order') return [];
	const accepted = 'accept' in question ? (question.accept ?? []) : [];
	return [String(question.answer), ...accepted];
}

/** The fact the answer names on the quoted line, or the quoted sentence as a statement. */
function factOf(question: QuestionInput, article: ArticleFacts): Fact {
	const { line, quote } = question.source;
	const answers = answersOf(question).map(normalizeText);
	const found = article.facts.find(
		(fact) =>
			fact.line === line &&
			quote.includes(fact.text) &&
			fact.kind !== 'statement' &&
			fact.kind !== 'main-idea' &&
			answers.includes(normalizeText(fact.text)),
	);
	if (found) return found;
	const lineText = article.lines[line - 1]?.text ?? '';
	const at = Math.max(0, lineText.indexOf(quote));
	const sentence = article.sentences.find(
		(item) => item.line === line && item.start <= at && at < item.end,
	) ?? { index: -1, line, start: at, end: at + quote.length, text: quote };
	return {
		kind: 'statement',
		keys: [`statement:${line}:${at}`],
		line,
		sentence,
		start: at,
		end: at + quote.length,
		text: quote,
	};
}
