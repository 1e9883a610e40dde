import { type Article, findQuote, findSpan, type SearchBudget, searchBudget } from '../article.js';
import { type BankIssue, capIssues } from './issue.js';
import type { QuestionPositions } from './parse.js';
import type { Bank, Question } from './schema.js';

/** Checks a schema cannot make: unique ids, answers among choices, quotes in the article. */
export function verifyBank(
	bank: Bank,
	article: Article,
	file: string,
	positions: QuestionPositions,
): BankIssue[] {
	const issues: BankIssue[] = [];
	const firstIndexOfId = new Map<string, number>();
	const budget = searchBudget();
	bank.questions.forEach((question, index) => {
		const report = (message: string, ...path: (string | number)[]) =>
			issues.push({ file, ...positions.at(index, ...path), questionId: question.id, message });
		const earlier = firstIndexOfId.get(question.id);
		if (earlier === undefined) firstIndexOfId.set(question.id, index);
		else report(`duplicate id (first used by question #${earlier + 1})`, 'id');
		for (const problem of answerProblems(question)) report(problem.message, ...problem.path);
		for (const message of sourceProblems(question.source, article, budget))
			report(message, 'source', 'quote');
		question.moreSources?.forEach((source, at) => {
			for (const message of sourceProblems(source, article, budget))
				report(message, 'moreSources', at, 'quote');
		});
	});
	return capIssues(issues, (issue) => issue);
}

type Problem = { message: string; path: (string | number)[] };

function answerProblems(question: Question): Problem[] {
	const problems = question.support
		? choiceProblems(question.support.choices, question.support.answer, ['support'])
		: [];
	if (question.type === 'choice')
		problems.push(...choiceProblems(question.choices, question.answer, []));
	if (question.type === 'order') {
		const seen = new Map<string, number>();
		question.items.forEach((item, index) => {
			const key = item.trim().toLocaleLowerCase('en');
			const first = seen.get(key);
			if (first === undefined) seen.set(key, index);
			else
				problems.push({
					message: `item "${item}" repeats item ${first + 1}`,
					path: ['items', index],
				});
		});
	}
	return problems;
}

/** Choices that repeat, and an answer that is not among them. */
function choiceProblems(
	choices: readonly string[],
	answer: string,
	at: readonly string[],
): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	choices.forEach((choice, index) => {
		const key = choice.trim().toLocaleLowerCase('en');
		const first = seen.get(key);
		if (first === undefined) seen.set(key, index);
		else
			problems.push({
				message: `choice "${choice}" repeats choice ${first + 1}`,
				path: [...at, 'choices', index],
			});
	});
	if (!choices.includes(answer)) {
		problems.push({
			message: `answer "${answer}" is not among the choices (expected one of: ${choices.join(' | ')})`,
			path: [...at, 'answer'],
		});
	}
	return problems;
}

function sourceProblems(
	source: Question['source'],
	article: Article,
	budget: SearchBudget,
): string[] {
	const { line, quote, highlight } = source;
	const lookup = findQuote(article, line, quote, budget);
	if (!lookup.found) {
		const where =
			lookup.reason === 'no-such-line'
				? `line ${line} does not exist (the article has ${article.lines.length} lines)`
				: `quote not found on line ${line}`;
		if (lookup.foundOnLine !== undefined)
			return [`${where}; it stands on line ${lookup.foundOnLine}`];
		const hint = lookup.cutOff
			? '; the rest of the article was not searched for it (too many quotes are missing)'
			: lookup.closest
				? `; closest is line ${lookup.closest.line} (${Math.round(lookup.closest.similarity * 100)}% alike) — the quote must be copied byte for byte, curly quotes included`
				: '';
		return [`${where}${hint}`];
	}
	if (highlight !== undefined && !quote.includes(highlight)) {
		return [`highlight "${highlight}" is not part of the quote`];
	}
	if (highlight !== undefined && isOnlyPronoun(highlight)) {
		return [
			`highlight "${highlight}" is only a pronoun; expected the words that show the answer (a name, a figure)`,
		];
	}
	return [];
}

const pronouns = new Set(
	'he she it they him her them his hers its their theirs we us our you your i me my this that these those who whom'.split(
		' ',
	),
);

/** "he", "He said", "her": a highlight that points at no name. */
function isOnlyPronoun(highlight: string): boolean {
	const words = highlight.toLocaleLowerCase('en').match(/\p{L}+/gu) ?? [];
	const saying = /^(?:said|says|told|added|asked|wrote|replied|explained|noted)$/;
	return (
		words.length > 0 &&
		pronouns.has(words[0] as string) &&
		words.slice(1).every((word) => saying.test(word))
	);
}

/** Where to highlight the answer inside the quote, if it can be found. */
export function answerSpan(question: Question): { start: number; end: number } | undefined {
	const { quote, highlight } = question.source;
	if (highlight !== undefined) return findSpan(quote, highlight);
	if (question.type === 'choice' || question.type === 'short')
		return findSpan(quote, question.answer);
	return undefined;
}
