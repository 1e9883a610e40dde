// Stats: sessions over time and the streak of days practised.
import { addDays, dayKey, startOfDay } from '../calendar.js';

/** One session's result, for the accuracy-over-time chart. */
export type SessionPoint = {
	readonly start: string;
	readonly mode: string;
	readonly answered: number;
	readonly correct: number;
	/** Share right, from 0 to 1. */
	readonly rate: number;
};

/** Days in a row with at least one answer. */
export type Streak = {
	/** Ending today, or yesterday when nothing was answered yet today (the streak still holds). */
	readonly current: number;
	readonly longest: number;
	readonly answeredToday: boolean;
};

type TimedSession = {
	readonly start: string;
	readonly mode: string;
	readonly answers: readonly { readonly at: string; readonly correct: boolean }[];
};

/** The last `length` sessions with at least one answer, oldest first. */
export function sessionTimeline(sessions: readonly TimedSession[], length = 20): SessionPoint[] {
	return sessions
		.filter((session) => session.answers.length > 0)
		.slice(-length)
		.map((session) => {
			const correct = session.answers.filter((answer) => answer.correct).length;
			const answered = session.answers.length;
			return {
				start: session.start,
				mode: session.mode,
				answered,
				correct,
				rate: correct / answered,
			};
		});
}

/** The learner's streak of days with answers, from the times of every answer. */
export function streakOf(answerTimes: Iterable<string>, now: Date): Streak {
	const days = new Set<string>();
	for (const at of answerTimes) days.add(dayKey(new Date(at)));
	const answeredToday = days.has(dayKey(now));
	let current = 0;
	for (let day = answeredToday ? now : addDays(now, -1); days.has(dayKey(day)); ) {
		current++;
		day = addDays(day, -1);
	}
	let longest = 0;
	for (const key of days) {
		const [y, m, d] = key.split('-').map(Number);
		const start = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, 12);
		if (days.has(dayKey(addDays(start, -1)))) continue; // not the first day of a run
		let run = 0;
		for (let day = start; days.has(dayKey(day)); day = addDays(day, 1)) run++;
		longest = Math.max(longest, run);
	}
	return { current, longest, answeredToday };
}

/**
 * `streakOf(answerTimes, now).current` without a calendar day for every answer: only answers
 * within the streak's reach are placed on a day (found among the last few days' midnights), so
 * a long history costs one parse and one comparison per answer. For the start screen.
 */
export function currentStreak(answerTimes: () => Iterable<string>, now: Date): number {
	const day = 86_400_000;
	for (let reach = 8; ; reach *= 4) {
		// starts[k]: the start of the local day k days before today's; starts[-1] is tomorrow's.
		const starts = Array.from({ length: reach + 1 }, (_, k) =>
			startOfDay(addDays(now, -k + 1)).getTime(),
		);
		const tomorrow = starts[0] as number;
		const earliest = starts[reach] as number;
		const answered = new Array<boolean>(reach).fill(false);
		// Stored times (ISO, UTC) sort as text: those a day or more outside the reach are passed
		// over unparsed, whatever their precision.
		const before = new Date(earliest - day).toISOString();
		const after = new Date(tomorrow + day).toISOString();
		for (const at of answerTimes()) {
			if (at.length >= 20 && at[10] === 'T' && at.endsWith('Z') && (at < before || at > after)) {
				continue;
			}
			const ms = Date.parse(at);
			if (!(ms >= earliest && ms < tomorrow)) continue;
			// The first k (from 1) whose day starts at or before the answer: starts fall with k.
			let low = 1;
			let high = reach;
			while (low < high) {
				const middle = (low + high) >> 1;
				if ((starts[middle] as number) <= ms) high = middle;
				else low = middle + 1;
			}
			answered[low - 1] = true;
		}
		let back = answered[0] ? 0 : 1;
		let current = 0;
		while (back < reach && answered[back]) {
			current++;
			back++;
		}
		if (back < reach) return current;
	}
}
