import type { Question } from '../../core/bank/schema.js';
import { plural } from '../plural.js';
import { quoteParts } from '../quote.js';
import { htmlText } from './markup-text.js';

/** A question a format cannot carry, by id, with the reason. */
export type LeftOut = { readonly id: string; readonly reason: string };

/** A written interchange file and what `export` says about it on standard error. */
export type ExportFile = {
	/** The file's content: text (Moodle XML) or bytes (a zip, a spreadsheet). */
	readonly data: string | Uint8Array;
	/** How many of the bank's questions the file holds (part B of a two-part one not apart). */
	readonly count: number;
	/** The questions left out, each by id with the reason. */
	readonly leftOut: readonly LeftOut[];
	/** What the format carries differently, one sentence each. */
	readonly notes: readonly string[];
};

/** Every text of a question a learner reads or types: prompt, choices, forms, items, part B. */
function textsOf(question: Question): string[] {
	const own =
		question.type === 'choice'
			? question.choices
			: question.type === 'short'
				? [question.answer, ...question.accept]
				: question.type === 'order'
					? question.items
					: [];
	const partB = question.support ? [question.support.prompt, ...question.support.choices] : [];
	return [question.prompt, ...own, ...partB];
}

/**
 * Why `program` would refuse the question, if a text of it is blank once trimmed (each of these
 * importers trims texts and refuses, or silently drops, an empty one).
 */
export function blankTextReason(question: Question, program: string): string | undefined {
	return textsOf(question).some((text) => text.trim() === '')
		? `a text is blank once trimmed, and ${program} refuses the question`
		: undefined;
}

/**
 * What `export` says on standard error of the questions left out: one line a reason, with the
 * count and the ids (`left out 2 questions: REASON (id-a, id-b)`), as for GIFT.
 */
export function leftOutLines(leftOut: readonly LeftOut[]): string[] {
	const byReason = new Map<string, string[]>();
	for (const { id, reason } of leftOut) byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
	return [...byReason].map(
		([reason, ids]) => `left out ${plural(ids.length, 'question')}: ${reason} (${ids.join(', ')})`,
	);
}

/** A question of the file: the bank's question, or part B of a two-part one as a choice. */
export type FileQuestion = {
	readonly question: Question;
	/** Part B of `question`, asked as a choice question of its own (id `ID-part-b`). */
	readonly isPartB: boolean;
};

/**
 * The questions in file order: each one, and after a two-part question its part B as a choice
 * question of its own (`ID-part-b`), since none of these formats has two-part questions.
 */
export function fileQuestions(questions: readonly Question[]): FileQuestion[] {
	return questions.flatMap((question) => {
		const { support } = question;
		if (!support) return [{ question, isPartB: false }];
		const { source, explanation, tags, skill, origin } = question;
		const partB: Question = {
			type: 'choice',
			id: `${question.id}-part-b`,
			prompt: `Part B of “${question.prompt}”: ${support.prompt}`,
			choices: support.choices,
			answer: support.answer,
			source,
			tags,
			skill,
			origin,
			...(explanation === undefined ? {} : { explanation }),
		};
		return [
			{ question, isPartB: false },
			{ question: partB, isPartB: true },
		];
	});
}

/** The note for two-part questions, when the bank has any. */
export function partBNote(questions: readonly Question[]): string[] {
	const twoPart = questions.filter((question) => question.support).length;
	if (twoPart === 0) return [];
	return [
		`${plural(twoPart, 'two-part question')}: part B follows as a question of its own (ID-part-b), graded apart`,
	];
}

/**
 * What a learner reads after answering, as HTML: the quoted line of the article with the answer
 * in bold, then the explanation.
 */
export function feedbackHtml(question: Question): string {
	const quote = quoteParts(question);
	const marked = quote.span ? `<b>${htmlText(quote.span)}</b>` : '';
	const line = `<p>Line ${quote.line} of the article: “${htmlText(quote.before)}${marked}${htmlText(quote.after)}”</p>`;
	return question.explanation ? `${line}<p>${htmlText(question.explanation)}</p>` : line;
}
