import { computeStats } from '../core/stats/stats.js';
import { statsLines } from '../format/stats-text.js';
import { commandContext } from './context.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type StatsOptions = {
	readonly profile: string;
	readonly bank?: string;
	readonly json?: boolean;
	/** Desired retention for what counts as due (default 0.9). */
	readonly retention?: number;
	/** New questions allowed per day (default 10). */
	readonly newPerDay?: number;
	/** The clock, for tests. */
	readonly now?: () => Date;
};

/**
 * `quizline stats`: sessions, accuracy over time, per tag and per skill, streak, what is due,
 * the weakest questions with their quotes, and ids the bank no longer has.
 */
export async function statsCommand(options: StatsOptions, io: CommandIo): Promise<number> {
	const context = commandContext(io);
	const loaded = await context.loadBank(options.bank);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const opened = await context.openStore(options);
	if (!opened.ok) {
		io.stderr.write(`${opened.message}\n`);
		return exitCode.badInput;
	}
	const stats = computeStats(opened.store.profile(options.profile), loaded.bank.questions, {
		now: options.now?.() ?? new Date(),
		bank: loaded.key,
		schedule: {
			...(options.retention === undefined ? {} : { retention: options.retention }),
			...(options.newPerDay === undefined ? {} : { newPerDay: options.newPerDay }),
		},
	});
	if (options.json) {
		const document = { profile: options.profile, bank: loaded.key, ...stats };
		io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
	} else {
		io.stdout.write(
			`${statsLines(options.profile, stats, context.style, loaded.key).join('\n')}\n`,
		);
	}
	return exitCode.ok;
}
