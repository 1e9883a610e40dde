// Calendar days in the local time zone, for "due today", daily limits and streaks. Pure: the
// caller passes the instant; the zone is the process's (TZ), as a learner's day is.

/** Midnight at the start of the local day that holds `at`. */
export function startOfDay(at: Date): Date {
	const day = new Date(at.getTime());
	day.setHours(0, 0, 0, 0);
	return day;
}

/** The same local time `days` calendar days later (or earlier, when negative). */
export function addDays(at: Date, days: number): Date {
	const moved = new Date(at.getTime());
	moved.setDate(moved.getDate() + days);
	return moved;
}

/** `2024-05-01`: the local calendar day of an instant. */
export function dayKey(at: Date): string {
	const month = String(at.getMonth() + 1).padStart(2, '0');
	const day = String(at.getDate()).padStart(2, '0');
	return `${at.getFullYear()}-${month}-${day}`;
}
