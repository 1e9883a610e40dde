import type { Question } from '../core/bank/schema.js';
import type { DiffPart } from '../core/grade/diff.js';
import type { Verdict } from '../core/grade/grade.js';
import { type QuoteParts, quoteParts, sourceQuoteParts } from './quote.js';
import { shown } from './shown.js';
import type { Style } from './style.js';
import { paintVerdict, verdictLabel } from './verdict-label.js';
import { rightOrderLines, verdictDetail } from './verdict-parts.js';

/**
 * A verdict for people: the mark, how many items stand in place or how part B did, the correct
 * answer (an order with its items, part B's line), the explanation and the quoted lines.
 */
export function formatVerdict(
	question: Question,
	given: string,
	verdict: Verdict,
	style: Style,
	supportGiven?: string,
) {
	const label = verdictLabel(verdict);
	const mark = paintVerdict(label, `${label.mark} ${label.words}`, style);
	const partB = supportGiven === undefined ? '' : ` · part B: ${shown(supportGiven)}`;
	const lines = [`${mark}  ${style.dim(question.id)}`, `  Your answer: ${shown(given)}${partB}`];
	if (verdict.slip) {
		const { typed, expected, diff } = verdict.slip;
		lines.push(
			`  You typed "${shown(typed)}", the answer has "${expected}": ${formatDiff(diff, style)}`,
		);
	}
	const support = question.support ? (verdict.support ?? { correct: null }) : null;
	const detail = verdictDetail({ inPlace: verdict.inPlace ?? null, support });
	if (detail) lines.push(`  ${detail}`);
	lines.push(...answerLines(question, verdict.expected, style).map((line) => `  ${line}`));
	if (question.explanation) lines.push(`  ${question.explanation}`);
	lines.push(...formatQuotes(question, style));
	return `${lines.join('\n')}\n`;
}

/** `Answer: …`, an order's items in the right order below it, and part B's line. */
export function answerLines(question: Question, expected: string, style: Style): string[] {
	const lines = [`Answer: ${style.bold(expected)}`];
	if (question.type === 'order')
		lines.push(...rightOrderLines(question).map((line) => `  ${line}`));
	if (question.support) lines.push(`Part B: ${style.bold(question.support.answer)}`);
	return lines;
}

/** `  line 14 │ …exceeded «$140 billion» last year.` */
export function formatQuote(question: Question, style: Style): string {
	return quoteLine(quoteParts(question), style);
}

/** The quoted line and, for an answer drawn from several, each further line. */
export function formatQuotes(question: Question, style: Style): string[] {
	const more = (question.moreSources ?? []).map((source) =>
		quoteLine(sourceQuoteParts(source), style),
	);
	return [formatQuote(question, style), ...more];
}

function quoteLine(parts: QuoteParts, style: Style): string {
	const body = `${parts.before}${parts.span ? style.mark(parts.span) : ''}${parts.after}`;
	return `  ${style.dim(`line ${parts.line} │`)} ${body}`;
}

/** `tokay[+e]v`: letters to add in green, letters to drop in red, the rest as typed. */
export function formatDiff(parts: readonly DiffPart[], style: Style): string {
	return parts
		.map((part) =>
			part.op === 'same'
				? part.text
				: part.op === 'missing'
					? style.green(`[+${part.text}]`)
					: style.red(`[-${part.text}]`),
		)
		.join('');
}
