import { type Accuracy, computeStats, type Stats } from '../core/stats.js';
import { bundledBankPath, loadBank } from '../files/load-bank.js';
import { colorEnabled, createStyle, type Style } from '../format/style.js';
import { ScoreStore } from '../store/score-store.js';
import { type CommandIo, exitCode } from './io.js';
import { reportIssues } from './report-issues.js';

export type StatsOptions = {
	readonly profile: string;
	readonly bank?: string;
	readonly json?: boolean;
};

/** `quizline stats`: sessions, accuracy overall, per tag and per skill, weakest questions. */
export async function statsCommand(options: StatsOptions, io: CommandIo): Promise<number> {
	const loaded = loadBank(options.bank ?? bundledBankPath, io.cwd);
	if (!loaded.ok) return reportIssues(loaded.issues, io);
	const store = ScoreStore.open({ env: io.env });
	if (store.warning) io.stderr.write(`${store.warning}\n`);
	const stats = computeStats(store.profile(options.profile), loaded.bank.questions);
	if (options.json) {
		io.stdout.write(
			`${JSON.stringify({ profile: options.profile, bank: loaded.key, ...stats }, null, 2)}\n`,
		);
	} else {
		io.stdout.write(
			formatStats(options.profile, stats, createStyle(colorEnabled(io.stdout, io.env))),
		);
	}
	return exitCode.ok;
}

const percent = (accuracy: Accuracy) =>
	accuracy.rate === null ? '  –' : `${Math.round(accuracy.rate * 100)}%`.padStart(4);

function table(title: string, groups: Readonly<Record<string, Accuracy>>): string[] {
	const entries = Object.entries(groups);
	if (entries.length === 0) return [];
	const width = Math.max(...entries.map(([name]) => name.length));
	return [
		title,
		...entries.map(
			([name, acc]) => `  ${name.padEnd(width)}  ${percent(acc)}  (${acc.correct}/${acc.attempts})`,
		),
	];
}

/** The stats as people read them. */
export function formatStats(profile: string, stats: Stats, style: Style): string {
	if (stats.overall.attempts === 0 && stats.sessions.total === 0) {
		return `Profile ${profile}: no answers yet. Start a quiz with: quizline\n`;
	}
	const lines = [
		style.bold(`Profile ${profile}`),
		`Sessions: ${stats.sessions.total} (${stats.sessions.finished} finished)`,
		`Accuracy: ${percent(stats.overall).trim()} (${stats.overall.correct}/${stats.overall.attempts})`,
		`Not yet seen: ${stats.unseen} questions`,
		...table('By tag:', stats.byTag),
		...table('By skill:', stats.bySkill),
	];
	if (stats.weakest.length > 0) {
		lines.push('Weakest questions:');
		for (const weak of stats.weakest) {
			lines.push(`  ${percent(weak.accuracy)}  ${weak.id}: ${weak.prompt}`);
			lines.push(`        ${style.dim(`line ${weak.line} │`)} ${weak.quote}`);
		}
	}
	if (stats.orphaned.length > 0) {
		lines.push(`Kept history for ids no longer in the bank: ${stats.orphaned.join(', ')}`);
	}
	return `${lines.join('\n')}\n`;
}
