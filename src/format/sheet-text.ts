import { formatIssue } from '../core/bank/issue.js';
import type { Question } from '../core/bank/schema.js';
import type { GradedEntry, GradeRun } from '../core/sheet/grade-run.js';
import { runTotals } from '../core/sheet/grade-run.js';
import type { GradedAnswer, SheetTotals } from '../core/sheet/grade-sheet.js';
import { shown } from './shown.js';
import type { Style } from './style.js';
import { paintVerdict, verdictLabel } from './verdict-label.js';
import { verdictDetail } from './verdict-parts.js';
import { answerLines, formatQuotes } from './verdict-text.js';

/** A grade run for people: per sheet each question's verdict, answer and quoted line, then totals. */
export function formatGradeRun(run: GradeRun, style: Style): string {
	return [...gradeRunText(run, style)].join('');
}

/** `formatGradeRun` one sheet at a time, so a class's results can be written as they come. */
export function* gradeRunText(run: GradeRun, style: Style): Generator<string> {
	// A class's sheets show the same answers and lines again and again: format each once.
	const tails = new Map<Question, string>();
	const tailOf = (answer: GradedAnswer) => {
		let tail = tails.get(answer.question);
		if (tail === undefined) {
			const answers = answerLines(answer.question, answer.expected, style);
			const quotes = formatQuotes(answer.question, style).map((quote) => `  ${quote}`);
			tail = [...answers.map((line) => `    ${line}`), ...quotes].join('\n');
			tails.set(answer.question, tail);
		}
		return tail;
	};
	for (const [index, entry] of run.entries.entries()) {
		const lines: string[] = index > 0 ? [''] : [];
		formatEntry(entry, style, tailOf, lines);
		yield `${lines.join('\n')}\n`;
	}
	if (run.entries.length > 1) {
		yield `\nAll ${run.entries.length} sheets: ${formatTotals(runTotals(run), style)}\n`;
	}
}

/** The run's issues, one `file:line:col: message` line each (for stderr). */
export function formatRunIssues(run: GradeRun): string {
	return run.issues.map((issue) => `${formatIssue(issue)}\n`).join('');
}

type TailOf = (answer: GradedAnswer) => string;

function formatEntry(entry: GradedEntry, style: Style, tailOf: TailOf, lines: string[]): void {
	const { graded, bank } = entry;
	const who = graded.sheet.student ? ` · ${shown(graded.sheet.student)}` : '';
	const { attempts = 1 } = graded.sheet;
	const started = attempts > 1 ? style.yellow(` · started ${attempts} times`) : '';
	lines.push(
		style.bold(`${shown(graded.sheet.file)}${who}`) + style.dim(` · bank ${shown(bank)}`) + started,
	);
	for (const answer of graded.answers) {
		const given = answer.given === null ? style.dim('no answer') : shown(answer.given);
		const partB = answer.support?.given == null ? '' : ` · part B: ${shown(answer.support.given)}`;
		lines.push(`${mark(answer, style)} ${answer.question.id}: ${given}${partB}`);
		if (answer.kind === 'invalid') lines.push(`    Cannot grade it: ${answer.message}`);
		const detail =
			answer.kind === 'missing' || answer.kind === 'invalid' ? undefined : verdictDetail(answer);
		if (detail) lines.push(`    ${detail}`);
		if (answer.slip) {
			lines.push(
				`    You wrote "${shown(answer.slip.typed)}", the answer has "${answer.slip.expected}"`,
			);
		}
		lines.push(tailOf(answer));
	}
	lines.push(`Total: ${formatTotals(graded.totals, style)}`);
}

function mark(answer: GradedAnswer, style: Style): string {
	if (answer.kind === 'missing') return style.yellow('–');
	const label = verdictLabel(answer);
	return paintVerdict(label, label.mark, style);
}

/** `8/10 right · 1 wrong · 1 missing`. */
function formatTotals(totals: SheetTotals, style: Style): string {
	const parts = [`${totals.right}/${totals.questions} right`];
	if (totals.wrong > 0) parts.push(style.red(`${totals.wrong} wrong`));
	if (totals.missing > 0) parts.push(style.yellow(`${totals.missing} missing`));
	return parts.join(' · ');
}
