import type { Question } from '../core/bank/schema.js';
import type { DiffPart } from '../core/grade/diff.js';
import type { Verdict } from '../core/grade/grade.js';
import { quoteParts } from './quote.js';
import { shown } from './shown.js';
import type { Style } from './style.js';
import { paintVerdict, verdictLabel } from './verdict-label.js';

/** A verdict for people: the mark, the correct answer, the explanation and the quoted line. */
export function formatVerdict(question: Question, given: string, verdict: Verdict, style: Style) {
	const label = verdictLabel(verdict);
	const mark = paintVerdict(label, `${label.mark} ${label.words}`, style);
	const lines = [`${mark}  ${style.dim(question.id)}`, `  Your answer: ${shown(given)}`];
	if (verdict.slip) {
		const { typed, expected, diff } = verdict.slip;
		lines.push(
			`  You typed "${shown(typed)}", the answer has "${expected}": ${formatDiff(diff, style)}`,
		);
	}
	lines.push(`  Answer: ${style.bold(verdict.expected)}`);
	if (question.explanation) lines.push(`  ${question.explanation}`);
	lines.push(formatQuote(question, style));
	return `${lines.join('\n')}\n`;
}

/** `  line 14 │ …exceeded «$140 billion» last year.` */
export function formatQuote(question: Question, style: Style): string {
	const parts = quoteParts(question);
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
