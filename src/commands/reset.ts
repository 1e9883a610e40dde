import { ScoreStore } from '../store/score-store.js';
import { type CommandIo, exitCode } from './io.js';
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
	const store = ScoreStore.open({ env: io.env });
	if (store.warning) io.stderr.write(`${store.warning}\n`);
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
		const what = `${answers} answers to ${Object.keys(profile.questions).length} questions, ${profile.sessions.length} sessions`;
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
	store.resetProfile(name);
	io.stdout.write(`Deleted the progress of profile "${name}".\n`);
	return exitCode.ok;
}
