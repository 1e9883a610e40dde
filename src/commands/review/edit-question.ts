import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type BankIssue, formatIssue } from '../../core/bank/issue.js';
import { questionDocument, questionSpans } from '../../core/review/bank-text.js';
import { checkEditedQuestion } from '../../core/review/check-edit.js';
import type { ReviewAction } from '../../core/review/review-state.js';
import { inputLimit } from '../../files/input-limit.js';
import { readText } from '../../files/read-text.js';
import { makeTempFile, rewriteTempFile } from '../../files/temp-file.js';
import type { CommandIo } from '../io.js';
import type { ReviewBank } from './review-bank.js';

const instructions =
	'# quizline review: edit this question, save and close the editor; empty the file to cancel.';
const headerLine = /^# (quizline review:|error:)/;

/** The editor a teacher has chosen: $VISUAL, then $EDITOR, then vi. */
export function chosenEditor(env: NodeJS.ProcessEnv): string {
	return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

/**
 * Opens the question's YAML in the teacher's editor and, once saved, checks it as `validate`
 * does; a problem brings the editor back with it at the top, as comments. The bank is written
 * only with a question that passed, and never when the file changed on disk meanwhile.
 */
export function editQuestion(bank: ReviewBank, id: string, io: CommandIo): ReviewAction {
	const text = bank.text();
	const span = questionSpans(text).find((each) => each.id === id);
	if (!span) return { type: 'refused', message: `question "${id}" is no longer in the bank` };
	const before = text.slice(span.start, span.end);
	const original = questionDocument(before, span.indent);
	const temp = makeTempFile(`${id}.yaml`, `${instructions}\n${original}`);
	const shown = path.basename(temp.path);
	let last = original;
	let failed = false;
	try {
		for (;;) {
			const editor = chosenEditor(io.env);
			const run = spawnSync(`${editor} ${shellQuote(temp.path)}`, {
				stdio: 'inherit',
				shell: true,
			});
			if (run.status !== 0) {
				return {
					type: 'refused',
					message: `the editor (${editor}) did not end well: nothing changed`,
				};
			}
			const saved = readText(temp.path, inputLimit(io.env));
			if (saved instanceof Error)
				return { type: 'refused', message: `cannot read the edit: ${saved.message}` };
			const body = withoutHeader(saved);
			if (body.trim() === '')
				return { type: 'refused', message: 'edit cancelled: nothing changed' };
			if (body === last) {
				const message = failed ? 'edit abandoned: nothing changed' : 'no change made';
				return { type: 'refused', message };
			}
			const current = bank.text();
			const check = checkEditedQuestion(current, id, body, bank.article, shown);
			if (check.ok) {
				const revert = { before: current, after: check.text, idAfter: check.id };
				return bank.write(check.text, {
					id,
					at: -1,
					previous: undefined,
					decision: 'edited',
					revert,
				});
			}
			failed = true;
			last = body;
			rewriteTempFile(temp.path, `${header(check.issues)}${body}`);
		}
	} finally {
		temp.remove();
	}
}

/** The instructions and each problem, as comments; lines count from the file's first. */
function header(issues: readonly BankIssue[]): string {
	const shift = 1 + issues.length;
	const lines = issues.map((issue) => {
		const moved = issue.line > 0 ? { ...issue, line: issue.line + shift } : issue;
		return `# error: ${formatIssue(moved).replace(/\s+/g, ' ')}`;
	});
	return `${[instructions, ...lines].join('\n')}\n`;
}

function withoutHeader(text: string): string {
	const lines = text.split('\n');
	let first = 0;
	while (first < lines.length && headerLine.test(lines[first] ?? '')) first++;
	return lines.slice(first).join('\n');
}

const shellQuote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
