import type { TextRun } from './wrap.js';

/**
 * Most characters of one text (a prompt, an explanation, a quote) the trainer lays out: a
 * terminal shows a screen, not a book, and a 10 MB prompt would never appear (issue 10).
 */
export const shownTextLimit = 4000;

/** Runs cut to a length, and how many characters were left out. */
type CutRuns = { readonly runs: TextRun[]; readonly omitted: number };

/** The runs cut after `limit` characters in all, the last kept one ending in "…" at its word. */
export function cutRuns(runs: readonly TextRun[], limit = shownTextLimit): CutRuns {
	const total = runs.reduce((sum, run) => sum + run.text.length, 0);
	if (total <= limit) return { runs: [...runs], omitted: 0 };
	const kept: TextRun[] = [];
	let left = limit;
	for (const run of runs) {
		if (left <= 0) break;
		const text = cutAt(run.text, left);
		left -= text.length;
		kept.push({ ...run, text });
	}
	const last = kept[kept.length - 1];
	if (last) kept[kept.length - 1] = { ...last, text: `${last.text.trimEnd()}…` };
	const shown = kept.reduce((sum, run) => sum + run.text.length, 0) - 1;
	return { runs: kept, omitted: total - shown };
}

/** The first `length` UTF-16 units of `text`, never half of a surrogate pair. */
function cutAt(text: string, length: number): string {
	if (text.length <= length) return text;
	const code = text.charCodeAt(length - 1);
	const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
	return text.slice(0, isHighSurrogate ? length - 1 : length);
}

/** The line said under a cut text. */
export function omittedNote(omitted: number): string {
	return `(${omitted.toLocaleString('en')} more characters not shown)`;
}

/**
 * One text cut to `limit` characters with "…" where it was cut: its start kept, or with
 * `keep: 'end'` its end (the part of a paragraph just before a quote).
 */
export function cutText(
	text: string,
	limit = shownTextLimit,
	keep: 'start' | 'end' = 'start',
): string {
	if (text.length <= limit) return text;
	if (keep === 'start') return `${cutAt(text, limit)}…`;
	const code = text.charCodeAt(text.length - limit);
	const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
	return `…${text.slice(text.length - limit + (isLowSurrogate ? 1 : 0))}`;
}
