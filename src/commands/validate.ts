import { formatIssue } from '../core/bank/issue.js';
import type { Question } from '../core/bank/schema.js';
import { bundledBankPath } from '../files/bank-path.js';
import { loadBankCached } from '../files/load-bank-cached.js';
import { plural } from '../format/plural.js';
import { type CommandIo, exitCode } from './io.js';

/** `71 questions: 1 order, 1 two-part`: order and two-part questions are counted apart. */
function questionCounts(questions: readonly Question[]): string {
	const orders = questions.filter((question) => question.type === 'order').length;
	const twoPart = questions.filter((question) => question.support).length;
	const parts = [
		...(orders > 0 ? [`${orders} order`] : []),
		...(twoPart > 0 ? [`${twoPart} two-part`] : []),
	];
	const all = plural(questions.length, 'question');
	return parts.length > 0 ? `${all}: ${parts.join(', ')}` : all;
}

/**
 * `quizline validate [BANK…]`: exit 0 when every bank is valid, 2 otherwise. A bank whose bytes
 * and article's bytes are those last validated by this build comes from the bank cache; any
 * other is parsed and checked (its errors with their line:col).
 */
export async function validateCommand(banks: readonly string[], io: CommandIo): Promise<number> {
	const files = banks.length > 0 ? banks : [bundledBankPath];
	let invalid = 0;
	for (const file of files) {
		const result = await loadBankCached(file, io);
		if (result.ok) {
			io.stdout.write(`${result.file}: ok (${questionCounts(result.bank.questions)})\n`);
			continue;
		}
		invalid++;
		for (const issue of result.issues) io.stderr.write(`${formatIssue(issue)}\n`);
	}
	if (invalid > 0) {
		io.stderr.write(`${invalid} of ${plural(files.length, 'bank')} invalid\n`);
		return exitCode.badInput;
	}
	return exitCode.ok;
}
