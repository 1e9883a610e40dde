import { formatIssue } from '../core/bank/issue.js';
import type { GradedEntry, GradeRun } from '../core/sheet/grade-run.js';
import { runTotals } from '../core/sheet/grade-run.js';
import type { GradedAnswer, SheetTotals } from '../core/sheet/grade-sheet.js';
import type { Style } from './style.js';
import { formatQuote } from './verdict-text.js';

/** A grade run for people: per sheet each question's verdict, answer and quoted line, then totals. */
export function formatGradeRun(run: GradeRun, style: Style): string {
	const blocks = run.entries.map((entry) => formatEntry(entry, style));
	if (run.entries.length > 1) {
		blocks.push(`All ${run.entries.length} sheets: ${formatTotals(runTotals(run), style)}\n`);
	}
	return blocks.join('\n');
}

/** The run's issues, one `file:line:col: message` line each (for stderr). */
export function formatRunIssues(run: GradeRun): string {
	return run.issues.map((issue) => `${formatIssue(issue)}\n`).join('');
}

function formatEntry({ graded, bank }: GradedEntry, style: Style): string {
	const who = graded.sheet.student ? ` · ${graded.sheet.student}` : '';
	const lines = [style.bold(`${graded.sheet.file}${who}`) + style.dim(` · bank ${bank}`)];
	for (const answer of graded.answers) lines.push(...formatAnswer(answer, style));
	lines.push(`Total: ${formatTotals(graded.totals, style)}`);
	return `${lines.join('\n')}\n`;
}

function formatAnswer(answer: GradedAnswer, style: Style): string[] {
	const id = answer.question.id;
	const given = answer.given === null ? style.dim('no answer') : answer.given;
	const head = `${mark(answer, style)} ${id}: ${given}`;
	const lines = [head];
	if (answer.kind === 'invalid') lines.push(`    Cannot grade it: ${answer.message}`);
	if (answer.slip) {
		lines.push(`    You wrote "${answer.slip.typed}", the answer has "${answer.slip.expected}"`);
	}
	lines.push(`    Answer: ${style.bold(answer.expected)}`);
	lines.push(`  ${formatQuote(answer.question, style)}`);
	return lines;
}

function mark(answer: GradedAnswer, style: Style): string {
	if (answer.correct) return style.green('✓');
	if (answer.kind === 'missing') return style.yellow('–');
	if (answer.kind === 'near-miss') return style.yellow('~');
	return style.red('✗');
}

/** `8/10 right · 1 wrong · 1 missing`. */
export function formatTotals(totals: SheetTotals, style: Style): string {
	const parts = [`${totals.right}/${totals.questions} right`];
	if (totals.wrong > 0) parts.push(style.red(`${totals.wrong} wrong`));
	if (totals.missing > 0) parts.push(style.yellow(`${totals.missing} missing`));
	return parts.join(' · ');
}
