// The words of the review screen: a question's answer side laid out for a teacher checking it.
import type { Question } from '../core/bank/schema.js';
import { answerText } from '../core/grade/grade.js';
import { formatNumber } from '../core/grade/parse-number.js';
import type { FieldPath } from '../core/review/bank-text.js';
import type { ReviewCounts } from '../core/review/review-state.js';
import { plural } from './plural.js';
import { formatPrompt } from './question-text.js';
import { createStyle } from './style.js';
import { rightOrderLines } from './verdict-parts.js';

/** A labelled row of the answer side: "Key", "Accepted", "Distractor" … and its text. */
export type ReviewRow = readonly [label: string, text: string];

/** The question as a learner is shown it: the prompt, then its lettered list and how to answer. */
export function learnerLines(question: Question): { prompt: string; rest: string[] } {
	const [, prompt = '', ...rest] = formatPrompt(question, createStyle(false));
	return { prompt, rest };
}

/** The key, the other accepted forms and the distractors, one row each. */
export function answerRows(question: Question): ReviewRow[] {
	const rows: ReviewRow[] = [['Key', answerText(question)]];
	if (question.type === 'order') {
		rows.push(...rightOrderLines(question).map((line): ReviewRow => ['', line]));
	}
	if (question.type === 'short') {
		for (const form of question.accept) rows.push(['Accepted', form]);
	}
	if (question.type === 'numeric' && question.tolerance > 0) {
		rows.push(['Within', `±${formatNumber(question.tolerance, question.unit)}`]);
	}
	if (question.type === 'choice') {
		for (const choice of question.choices.filter((each) => each !== question.answer)) {
			rows.push(['Distractor', choice]);
		}
	}
	if (question.support) rows.push(['Part B key', question.support.answer]);
	return rows;
}

/** A field a quick fix may change: how it is named, where it is, what it holds. */
export type QuickField = {
	readonly label: string;
	readonly path: FieldPath;
	readonly value: string;
};

/** The fields a quick fix offers: the prompt, each distractor, each other accepted form. */
export function quickFields(question: Question): QuickField[] {
	const fields: QuickField[] = [{ label: 'prompt', path: ['prompt'], value: question.prompt }];
	if (question.type === 'choice') {
		question.choices.forEach((choice, index) => {
			if (choice !== question.answer)
				fields.push({ label: 'distractor', path: ['choices', index], value: choice });
		});
	}
	if (question.type === 'short') {
		question.accept.forEach((form, index) => {
			fields.push({ label: 'accepted', path: ['accept', index], value: form });
		});
	}
	return fields.slice(0, 9);
}

/** "12 of 73 reviewed, 3 rejected". */
export function reviewProgressText(counts: ReviewCounts): string {
	const rejected = counts.rejected > 0 ? `, ${counts.rejected} rejected` : '';
	return `${counts.reviewed} of ${counts.total} reviewed${rejected}`;
}

/** What the review came to: "5 approved, 3 rejected, 1 edited, 2 skipped". */
export function reviewSummary(counts: ReviewCounts): string {
	const parts = [
		`${counts.approved} approved`,
		`${counts.rejected} rejected`,
		`${counts.edited} edited`,
		`${counts.skipped} skipped`,
	];
	return `${plural(counts.total, 'question')}: ${parts.join(', ')}`;
}
