import type { Accuracy, Overview, Stats } from '../core/stats/stats.js';
import { bar, sparkline } from './chart.js';
import { plural } from './plural.js';
import type { Style } from './style.js';
import { shortTime } from './time-text.js';

const percent = (accuracy: Accuracy) =>
	accuracy.rate === null ? '  –' : `${Math.round(accuracy.rate * 100)}%`.padStart(4);

function table(title: string, groups: Readonly<Record<string, Accuracy>>, style: Style): string[] {
	const entries = Object.entries(groups);
	if (entries.length === 0) return [];
	const width = Math.max(...entries.map(([name]) => name.length));
	return [
		style.bold(title),
		...entries.map(
			([name, acc]) =>
				`  ${name.padEnd(width)}  ${bar(acc.rate ?? 0, 10)}  ${percent(acc)}  (${acc.correct}/${acc.attempts})`,
		),
	];
}

/** " · 2 partly right": answers that were not wholly right but earned part of the credit. */
const partlyText = (accuracy: Accuracy) =>
	accuracy.partial > 0 ? ` · ${accuracy.partial} partly right, not counted as right` : '';

/** "Order questions: 9 of 12 items in place over 3 answers", once one was answered. */
function orderLine(stats: Stats): string[] {
	const { answers, right, of } = stats.order;
	if (answers === 0) return [];
	return [
		`Order questions: ${right} of ${plural(of, 'item')} in place over ${plural(answers, 'answer')}`,
	];
}

function timeline(stats: Stats, style: Style): string[] {
	if (stats.timeline.length === 0) return [];
	const rows = stats.timeline.slice(-5).map((point) => {
		const rate = `${Math.round(point.rate * 100)}%`.padStart(4);
		return `  ${shortTime(point.start)}  ${point.mode.padEnd(8)}  ${bar(point.rate, 10)}  ${rate}  ${point.correct}/${point.answered}`;
	});
	return [
		`${style.bold('Accuracy by session')} (oldest → newest): ${sparkline(stats.timeline.map((point) => point.rate))}`,
		...rows,
	];
}

/**
 * The stats as people read them, one string per line (the TUI shows the same lines); `bank`
 * names the bank they count.
 */
export function statsLines(profile: string, stats: Stats, style: Style, bank?: string): string[] {
	const ofBank = bank === undefined ? '' : ` · bank ${bank}`;
	if (stats.overall.attempts === 0 && stats.sessions.total === 0) {
		return [`Profile ${profile}${ofBank}: no answers yet. Start a quiz with: quizline`];
	}
	const { streak, due } = stats;
	const lines = [
		style.bold(`Profile ${profile}${ofBank}`),
		`Sessions: ${stats.sessions.total} (${stats.sessions.finished} finished) · streak: ${plural(streak.current, 'day')} (longest ${streak.longest})${streak.answeredToday ? '' : ' · nothing answered yet today'}`,
		`Accuracy: ${percent(stats.overall).trim()} (${stats.overall.correct}/${stats.overall.attempts})${partlyText(stats.overall)} · not yet seen: ${plural(stats.unseen, 'question')}`,
		...orderLine(stats),
		`Due: ${due.now} now · ${due.today} today · ${due.week} this week · ${due.fresh} new allowed today`,
		...timeline(stats, style),
		...table('By tag:', stats.byTag, style),
		...table('By skill:', stats.bySkill, style),
	];
	if (stats.weakest.length > 0) {
		lines.push(style.bold('Weakest questions:'));
		for (const weak of stats.weakest) {
			lines.push(
				`  ${percent(weak.accuracy)}  ${weak.id}: ${weak.prompt}${partlyText(weak.accuracy)}`,
			);
			lines.push(`        ${style.dim(`line ${weak.line} │`)} ${weak.quote}`);
		}
	}
	if (stats.orphaned.length > 0) {
		lines.push(`Kept history for ids no longer in the bank: ${stats.orphaned.join(', ')}`);
	}
	return lines;
}

/** One line about the learner for the start screen: seen, accuracy, streak. */
export function overviewLine(
	profile: string,
	stats: Overview,
	total: number,
	tags: readonly string[] = [],
): string {
	const seen = total - stats.unseen;
	const accuracy =
		stats.overall.attempts === 0 ? 'no answers yet' : `accuracy ${percent(stats.overall).trim()}`;
	const streak = stats.streak.current > 0 ? ` · streak ${plural(stats.streak.current, 'day')}` : '';
	const tagged = tags.length === 0 ? '' : ` tagged ${tags.join(', ')}`;
	return `Profile ${profile} · ${seen} of ${plural(total, 'question')}${tagged} seen · ${accuracy}${streak}`;
}
