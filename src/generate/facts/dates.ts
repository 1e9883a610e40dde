// Facts: dates and times as the article writes them.
import { contentWords } from '../read/words.js';
/** A date or time as the article writes it. */
export type DateMention = {
	readonly kind: 'weekday' | 'month' | 'date' | 'year' | 'time';
	/** Offsets in the sentence text (a possessive ’s is left out). */
	readonly start: number;
	readonly end: number;
	readonly text: string;
};

/** Month names, January first. */
export const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;
/** Weekday names, Monday first. */
export const weekdays = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday',
] as const;

const month = months.join('|');
const patterns: { kind: DateMention['kind']; pattern: RegExp }[] = [
	{
		kind: 'date',
		pattern: new RegExp(String.raw`\b\d{1,2}\s+(?:${month})(?:,?\s+\d{4})?\b`, 'gu'),
	},
	{
		kind: 'date',
		pattern: new RegExp(
			String.raw`\b(?:${month})\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?\b(?!,\d)`,
			'gu',
		),
	},
	{ kind: 'date', pattern: new RegExp(String.raw`\b(?:${month})\s+\d{4}\b`, 'gu') },
	{ kind: 'month', pattern: new RegExp(String.raw`\b(?:${month})\b`, 'gu') },
	{ kind: 'weekday', pattern: new RegExp(String.raw`\b(?:${weekdays.join('|')})\b`, 'gu') },
	{
		kind: 'time',
		pattern: /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b/gu,
	},
	{
		kind: 'year',
		pattern: /(?<![\p{Sc}\d,.-])\b(?:1\d{3}|2[01]\d{2})\b(?![,.]?\d|s\b|-\p{L}|\s?%)/gu,
	},
];

/** Dates, months, weekdays, years and clock times in a sentence, longest forms first. */
export function findDates(sentence: string): DateMention[] {
	const found: DateMention[] = [];
	for (const { kind, pattern } of patterns) {
		for (const match of sentence.matchAll(pattern)) {
			const start = match.index ?? 0;
			const end = start + match[0].length;
			if (found.some((date) => start < date.end && date.start < end)) continue;
			if (
				match[0] === 'May' &&
				!/\b(?:in|of|since|until|by|early|late|mid|last|next|this)\s+$/i.test(
					sentence.slice(0, start),
				)
			)
				continue;
			if (kind === 'year' && isCountOfThings(sentence.slice(end))) continue;
			if (kind === 'year' && isNamePart(sentence.slice(0, start))) continue;
			found.push({ kind, start, end, text: match[0] });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** "Mars 2020", "Vision 2030", "Windows 2000": a year that is part of a name, not a date. */
function isNamePart(before: string): boolean {
	const word = /(\p{Lu}[\p{L}-]*)\s$/u.exec(before)?.[1];
	if (!word || (months as readonly string[]).includes(word)) return false;
	return contentWords(word).length > 0;
}

/** "2013 people" is a count, not a year. */
function isCountOfThings(after: string): boolean {
	return /^\s(?:people|children|men|women|soldiers|troops|km|kg|miles|metres|meters|words|times|cases|deaths|votes)\b/.test(
		after,
	);
}
