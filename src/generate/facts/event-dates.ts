// Facts: when a dated event happened, and which of two the text tells apart.
import { type DateMention, months } from './dates.js';

/** When an event happened, as precisely as the article says. */
export type When = { readonly year: number; readonly month?: number; readonly day?: number };

/** The year, month and day a date names; undefined for a month or weekday alone. */
export function whenOf(date: DateMention): When | undefined {
	const year = Number(/\b\d{4}\b/u.exec(date.text)?.[0]);
	if (!Number.isFinite(year) || year === 0) return undefined;
	if (date.kind === 'year') return { year };
	const monthName = months.find((name) => date.text.includes(name));
	if (!monthName) return { year };
	const month = months.indexOf(monthName) + 1;
	const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/u.exec(date.text.replace(/\b\d{4}\b/u, ''))?.[1];
	return day ? { year, month, day: Number(day) } : { year, month };
}

/** A date as one number that sorts as the dates do (a year alone before its months). */
export const whenOrder = (when: When): number =>
	when.year * 10000 + (when.month ?? 0) * 100 + (when.day ?? 0);

/** Which of two dates is earlier (negative: a first), or undefined when the text cannot tell. */
export function compareWhen(a: When, b: When): number | undefined {
	if (a.year !== b.year) return a.year - b.year;
	if (a.month === undefined || b.month === undefined) return undefined;
	if (a.month !== b.month) return a.month - b.month;
	if (a.day === undefined || b.day === undefined || a.day === b.day) return undefined;
	return a.day - b.day;
}
