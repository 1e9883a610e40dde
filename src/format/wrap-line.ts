import stringWidth from 'string-width';
import { type Segment, splitWords, type TextRun, wrapWords } from './wrap.js';

/**
 * Runs laid out in lines of at most `width` columns, every line but the first flush left. Ink's
 * own wrapping keeps the breaking space at the start of the next line when a line exactly fills
 * the width (issue 12), so everything that wraps goes through here instead. A line that fits is
 * kept as it is; when it wraps, spaces the text starts with stay, as an indent of its first line,
 * when its first word fits beside them.
 */
export function wrapRuns(runs: readonly TextRun[], width: number): Segment[][] {
	// A line that fits stays as it is, its spacing too (the columns of a table).
	const isOneLine = runs.every((run) => !/[\t\n\r]/.test(run.text));
	const total = runs.reduce((sum, run) => sum + stringWidth(run.text), 0);
	if (isOneLine && total <= width) {
		const segments = runs
			.filter((run) => run.text !== '')
			.map((run) => ({ text: run.text, isMarked: run.isMarked === true }));
		return [segments];
	}
	const words = splitWords(runs);
	const indent = /^ */.exec(runs[0]?.text ?? '')?.[0] ?? '';
	const [first, ...rest] = words;
	const firstWidth = (first?.segments ?? []).reduce((sum, part) => sum + stringWidth(part.text), 0);
	// An indent that leaves no room for the first word is dropped rather than breaking the word.
	if (indent === '' || !first || indent.length + firstWidth > width) return wrapWords(words, width);
	const lead = { text: indent, isMarked: runs[0]?.isMarked === true };
	return wrapWords([{ ...first, segments: [lead, ...first.segments] }, ...rest], width);
}

/** A row ending in `…` to say more was cut: added when it fits in `width`, else over the last
 * character. */
export function withEllipsis(line: readonly Segment[], width: number): Segment[] {
	const last = line.at(-1);
	if (!last) return [{ text: '…', isMarked: false }];
	const used = line.reduce((sum, segment) => sum + stringWidth(segment.text), 0);
	const text = used < width ? `${last.text}…` : `${[...last.text].slice(0, -1).join('')}…`;
	return [...line.slice(0, -1), { ...last, text }];
}

/** A plain line of text wrapped to `width` columns; each `\n` starts a new line. */
export function wrapLine(text: string, width: number): string[] {
	return text
		.split('\n')
		.flatMap((paragraph) =>
			wrapRuns([{ text: paragraph }], width).map((line) => line.map((part) => part.text).join('')),
		);
}

/** Where one row of a text field starts and ends, as indexes into its characters. */
export type FieldRow = { readonly start: number; readonly end: number };

/**
 * The rows of a text field `width` columns wide holding `chars` (the cursor's cell included):
 * a row breaks after its last space, so a word moves down whole and the next row starts with
 * it, not with the space; a word longer than a row is broken where the row is full.
 */
export function fieldRows(chars: readonly string[], width: number): FieldRow[] {
	const columns = Math.max(1, Math.floor(width));
	const rows: FieldRow[] = [];
	let start = 0;
	while (start < chars.length) {
		let end = start;
		let used = 0;
		let afterSpace = -1;
		for (; end < chars.length; end++) {
			const charWidth = stringWidth(chars[end] ?? '');
			if (end > start && used + charWidth > columns) break;
			used += charWidth;
			if (chars[end] === ' ') afterSpace = end + 1;
		}
		if (end < chars.length && afterSpace > start && afterSpace < end) end = afterSpace;
		rows.push({ start, end });
		start = end;
	}
	return rows.length > 0 ? rows : [{ start: 0, end: 0 }];
}
