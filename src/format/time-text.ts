import { dayKey } from '../core/calendar.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-05-18 14:02` in local time, for a session's start (an ISO instant or a date). */
export function shortTime(at: string | Date): string {
	const date = new Date(at);
	return `${dayKey(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** `5 min`, `3 h`, `2 days`: how long until something happens, roughly. */
export function formatWait(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	if (hours < 48) return `${hours} h`;
	return `${Math.round(hours / 24)} days`;
}
