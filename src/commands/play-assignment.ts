import { colorEnabled } from '../format/style.js';
import { type CommandIo, exitCode } from './io.js';
import { type AssignmentPlayOptions, prepareAssignment } from './play/prepare-assignment.js';

/**
 * `quizline play QUIZ.yaml --name NAME [--out FILE]`: the frozen questions in their frozen order
 * and choice order, exam-style (the review comes at the end), each answer saved at once to the
 * student's answer sheet. Exit 0, 2 on bad input, 130 on Ctrl+C.
 */
export async function playAssignment(
	file: string,
	text: string,
	options: AssignmentPlayOptions,
	io: CommandIo,
): Promise<number> {
	const prepared = prepareAssignment(file, text, options, io);
	if (typeof prepared === 'number') return prepared;
	const { out, saveProblem, ...trainer } = prepared;
	const color = colorEnabled(io.stdout, io.env);
	process.env.FORCE_COLOR = color ? (io.env.FORCE_COLOR ?? '1') : '0';
	const { runTrainer } = await import('../ui/run-trainer.js');
	const now = options.now ?? (() => new Date());
	const reason = await runTrainer({ ...trainer, color, now: () => now().getTime() });
	const lateError = saveProblem();
	if (lateError) {
		io.stderr.write(`${out}: cannot write your answers: ${lateError.message}\n`);
		return exitCode.badInput;
	}
	io.stdout.write(`\nYour answers are in ${out}: hand it in.\n`);
	return reason === 'interrupted' ? exitCode.interrupted : exitCode.ok;
}
