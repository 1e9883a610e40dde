import stringWidth from 'string-width';

/** A run of text, optionally marked (the answer span of a quote). */
export type TextRun = { readonly text: string; readonly isMarked?: boolean };

/** A piece of one word (or of one line), marked or not. */
export type Segment = { readonly text: string; readonly isMarked: boolean };

/** Columns a piece of text takes on screen. */
export type Measure = (text: string) => number;

/** Comfortable columns for a line of prose, however wide the terminal (issue 12). */
export const readableColumns = 100;

/** Columns prose is laid out in on a terminal `columns` wide. */
export function proseWidth(columns: number): number {
	return Math.min(columns, readableColumns);
}

/** One word's segments, and whether the space before it lies inside a marked run. */
export type Word = { readonly segments: readonly Segment[]; readonly isGapMarked: boolean };

/**
 * Words of the runs: a word that crosses a run boundary ("“balanced" where only "balanced" is
 * marked) stays one word, and the space between two words of a marked run stays marked, so a
 * highlight of several words is one unbroken span (issue 12).
 */
export function splitWords(runs: readonly TextRun[]): Word[] {
	const words: Word[] = [];
	let current: Segment[] | undefined;
	let isGapMarked = true;
	for (const run of runs) {
		const isMarked = run.isMarked === true;
		for (const piece of run.text.split(/(\s+)/)) {
			if (piece === '') continue;
			if (/^\s+$/.test(piece)) {
				if (current) isGapMarked = true;
				current = undefined;
				isGapMarked &&= isMarked;
				continue;
			}
			if (!current) {
				current = [];
				words.push({ segments: current, isGapMarked });
			}
			current.push({ text: piece, isMarked });
		}
	}
	return words;
}

/**
 * Words laid out greedily in lines of at most `width` columns, one space between words; a word
 * wider than a line is broken between characters. Each piece of text is measured once, so the
 * work grows with the length of the text, never with its square (issue 10: a 300 KB
 * explanation took 34 s). Adjacent segments alike in marking are joined.
 */
export function wrapWords(
	words: readonly Word[],
	width: number,
	measure: Measure = stringWidth,
): Segment[][] {
	const columns = Math.max(1, Math.floor(width));
	const lines: Segment[][] = [];
	let line: Segment[] = [];
	let used = 0;
	const put = (segment: Segment) => {
		const last = line[line.length - 1];
		if (last && last.isMarked === segment.isMarked) {
			line[line.length - 1] = { text: last.text + segment.text, isMarked: last.isMarked };
		} else line.push(segment);
	};
	const breakLine = () => {
		lines.push(line);
		line = [];
		used = 0;
	};
	for (const { segments: word, isGapMarked } of words) {
		const widths = word.map((segment) => measure(segment.text));
		const wordWidth = widths.reduce((sum, each) => sum + each, 0);
		if (used > 0 && used + 1 + wordWidth > columns) breakLine();
		if (used > 0) {
			put({ text: ' ', isMarked: isGapMarked });
			used += 1;
		}
		if (used + wordWidth <= columns) {
			for (const segment of word) put(segment);
			used += wordWidth;
			continue;
		}
		// Wider than a line: character by character, each measured alone.
		for (const segment of word) {
			for (const char of segment.text) {
				const charWidth = measure(char);
				if (used > 0 && used + charWidth > columns) breakLine();
				put({ text: char, isMarked: segment.isMarked });
				used += charWidth;
			}
		}
	}
	if (line.length > 0 || lines.length === 0) lines.push(line);
	return lines;
}
