import { type ClassReport, hardestQuestions, type QuestionReport } from '../class/report.js';
import { cutText } from '../core/cut-text.js';
import { plural } from './plural.js';
import { shown } from './shown.js';
import type { Style } from './style.js';

/** Most characters of a question id or a student's name in the table. */
const maxNameWidth = 60;
/** Most characters of a question's prompt in the table, "…" included. */
const maxPromptWidth = 40;

/** The class report as a plain table: one line per question, then each student's total. */
export function formatClassReport(report: ClassReport, style: Style): string {
	// Loops, not Math.max(...): 150,000 questions or students are past the limit on arguments.
	const ids = report.questions.map((question) => cutText(question.questionId, maxNameWidth));
	let idWidth = 8;
	for (const id of ids) idWidth = Math.max(idWidth, id.length);
	// Files written before results named the question have no prompts: the id says it alone.
	const prompts = report.questions.map((question) => promptText(question.prompt));
	let promptWidth = 0;
	for (const prompt of prompts) promptWidth = Math.max(promptWidth, prompt.length);
	const promptColumn = (text: string) => (promptWidth > 0 ? [text.padEnd(promptWidth)] : []);
	// Partial credit gets a column only where some answer earned it (orders, two-part questions).
	const hasPartial = report.questions.some((question) => (question.partial ?? 0) > 0);
	const creditColumn = (text: string) => (hasPartial ? [text.padStart(7)] : []);
	const header = [
		'question'.padEnd(idWidth),
		...promptColumn('prompt'),
		'right'.padStart(7),
		...creditColumn('credit'),
		'facility'.padStart(9),
		'discrim.'.padStart(9),
		'  most chosen wrong answer',
	].join('  ');
	const lines = [
		style.bold(title(report)),
		'',
		style.bold(header),
		...report.questions.map((question, index) =>
			[
				(ids[index] as string).padEnd(idWidth),
				...promptColumn(prompts[index] as string),
				rightText(question).padStart(7),
				...creditColumn(percent(question.credit)),
				percent(question.facility).padStart(9),
				signed(question.discrimination).padStart(9),
				`  ${question.commonWrong ? `${shown(question.commonWrong.answer)} (${question.commonWrong.count})` : '–'}`,
			].join('  '),
		),
	];
	if (report.students.length > 0) {
		// Names are cut for the table, so one long name does not pad every line to its length.
		const names = report.students.map((student) => cutText(shown(student.name), maxNameWidth));
		let nameWidth = 0;
		for (const name of names) nameWidth = Math.max(nameWidth, name.length);
		lines.push('', style.bold('Students'));
		report.students.forEach((student, index) => {
			const extra =
				student.credit > student.right
					? ` (${roundCredit(student.credit)} with partial credit)`
					: '';
			lines.push(
				`  ${(names[index] as string).padEnd(nameWidth)}  ${student.right}/${student.of}${extra}`,
			);
		});
	}
	lines.push(...hardestLines(report, style));
	lines.push(
		'',
		style.dim(
			report.kind === 'results'
				? `${hasPartial ? 'credit: share earned, partial credit counted · ' : ''}facility: share right · discrim.: share right in the top third minus the bottom third (3+ students)`
				: 'projector mode: facility from the counts typed at each reveal; nothing per student',
		),
	);
	return `${lines.join('\n')}\n`;
}

/** `Hardest: order-of-meetings (25% credit), …`: the few questions the class found hardest. */
function hardestLines(report: ClassReport, style: Style): string[] {
	const hardest = hardestQuestions(report);
	if (hardest.length === 0) return [];
	const listed = hardest.map(
		(question) => `${cutText(question.questionId, maxNameWidth)} (${percent(question.credit)})`,
	);
	return ['', `${style.bold('Hardest:')} ${listed.join(', ')}`];
}

const roundCredit = (credit: number) => String(Math.round(credit * 100) / 100);

/** A prompt on one line, cut to the column; empty when the question has none. */
function promptText(prompt: string | null): string {
	if (prompt === null) return '';
	const line = shown(prompt).replace(/\s+/g, ' ').trim();
	return line.length <= maxPromptWidth ? line : cutText(line, maxPromptWidth - 1);
}

function title(report: ClassReport): string {
	const questions = plural(report.questions.length, 'question');
	if (report.kind === 'tally') return `Class report (projector mode): ${questions}`;
	const students = plural(report.students.length, 'student');
	return `Class report: ${students}, ${questions}`;
}

function rightText(question: QuestionReport): string {
	if (question.right === null) return '–';
	return question.students === null
		? String(question.right)
		: `${question.right}/${question.students}`;
}

function percent(value: number | null): string {
	return value === null ? '–' : `${Math.round(value * 100)}%`;
}

function signed(value: number | null): string {
	if (value === null) return '–';
	const fixed = value.toFixed(2);
	return value > 0 ? `+${fixed}` : fixed === '-0.00' ? '0.00' : fixed;
}
