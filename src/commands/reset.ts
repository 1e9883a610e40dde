import { plural } from '../format/plural.js';
import { attemptStore } from '../store/store-error.js';
import { commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { storeFailureText } from './open-store.js';
import { readLine } from './read-line.js';

export type ResetOptions = {
	readonly profile: string;
	/** Delete without asking (for scripts). */
	readonly yes?: boolean;
};

/**
 * `quizline reset [--profile P] [--yes]`: delete a profile's answers and sessions, after asking.
 * Exit 0 when deleted, 1 when the question was declined, 2 for a profile that does not exist.
 */
export async function resetCommand(options: ResetOptions, io: CommandIo): Promise<number> {
	const opened = await commandContext(io).openStore(options);
	if (!opened.ok) {
		io.stderr.write(`${opened.message}\n`);
		return exitCode.badInput;
	}
	const { store } = opened;
	const name = options.profile;
	const names = store.profileNames();
	if (!names.includes(name)) {
		const known =
			names.length > 0
				? `profiles with progress: ${names.join(', ')}`
				: 'no profile has progress yet';
		io.stderr.write(`No profile "${name}" in ${store.path} (${known}).\n`);
		return exitCode.badInput;
	}
	if (!options.yes) {
		const profile = store.profile(name);
		const answers = Object.values(profile.questions).reduce(
			(sum, entry) => sum + entry.attempts,
			0,
		);
		const questions = Object.keys(profile.questions).length;
		const what = `${plural(answers, 'answer')} to ${plural(questions, 'question')}, ${plural(profile.sessions.length, 'session')}`;
		io.stdout.write(
			`Delete all progress of profile "${name}" (${what})? This cannot be undone. [y/N] `,
		);
		const line = await readLine(io.stdin);
		const reply = line?.trim().toLowerCase();
		if (reply !== 'y' && reply !== 'yes') {
			// At the end of the input no line break was echoed after the question.
			io.stdout.write(`${line === undefined ? '\n' : ''}Nothing deleted.\n`);
			return exitCode.wrong;
		}
	}
	const reset = attemptStore(() => store.resetProfile(name));
	if (!reset.ok) {
		io.stderr.write(`Nothing deleted: ${storeFailureText(reset.error)}\n`);
		return exitCode.badInput;
	}
	io.stdout.write(`Deleted the progress of profile "${name}".\n`);
	return exitCode.ok;
}
