import { formatIssue } from '../core/bank/issue.js';
import { bundledBankPath, loadBank } from '../files/load-bank.js';
import { plural } from '../format/plural.js';
import { type CommandIo, exitCode } from './io.js';

/** `quizline validate [BANK…]`: exit 0 when every bank is valid, 2 otherwise. */
export async function validateCommand(banks: readonly string[], io: CommandIo): Promise<number> {
	const files = banks.length > 0 ? banks : [bundledBankPath];
	let invalid = 0;
	for (const file of files) {
		const result = loadBank(file, io.cwd, io.env);
		if (result.ok) {
			const count = result.bank.questions.length;
			io.stdout.write(`${result.file}: ok (${plural(count, 'question')})\n`);
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
