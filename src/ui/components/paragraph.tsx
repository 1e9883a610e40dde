import { Box, Text } from 'ink';
import { cutRuns, omittedNote, shownTextLimit } from '../../format/cut-text.js';
import {
	proseWidth,
	type Segment,
	splitWords,
	type TextRun,
	type Word,
	wrapWords,
} from '../../format/wrap.js';
import { withEllipsis } from '../../format/wrap-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import type { Theme } from '../theme.js';
import { useTheme } from '../theme-context.js';

export type { Segment, TextRun } from '../../format/wrap.js';

export type ParagraphProps = {
	readonly runs: readonly TextRun[];
	readonly isBold?: boolean;
	readonly color?: string | undefined;
	/** Columns of a line; the terminal's width, at most `readableColumns`, when absent. */
	readonly width?: number | undefined;
	/** Rows at most; the last one shown ends with `…` when more are cut. */
	readonly maxRows?: number | undefined;
};

/**
 * Word-wrapped text, every line flush left (Ink's own wrapping keeps the breaking space at the
 * start of the next line). A text longer than a screenful is cut, with a note saying so.
 */
export function Paragraph({ runs, isBold = false, color, width, maxRows }: ParagraphProps) {
	const theme = useTheme();
	const terminal = useTerminalSize();
	// More than a screenful cannot be read at once: the rest is cut, and said to be.
	const limit = Math.min(shownTextLimit, terminal.columns * terminal.rows);
	const { runs: kept, omitted } = cutRuns(runs, limit);
	const columns = width ?? proseWidth(terminal.columns);
	const all = wrapWords(withSpanMarks(splitWords(kept), theme), columns);
	const lines =
		maxRows === undefined || all.length <= maxRows ? all : cutLines(all, maxRows, columns);
	return (
		<Box flexDirection="column">
			{lines.map((line, lineIndex) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: the lines of a text never reorder
				<Text key={lineIndex} bold={isBold} color={color}>
					{line.map((segment, segmentIndex) =>
						segment.isMarked ? (
							// biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
							<Text key={segmentIndex} bold inverse={theme.color} color={theme.almost}>
								{segment.text}
							</Text>
						) : (
							segment.text
						),
					)}
				</Text>
			))}
			{omitted > 0 && lines === all ? (
				<Text color={theme.muted}>{omittedNote(omitted)}</Text>
			) : null}
		</Box>
	);
}

/** The words with the theme's marks around the marked span (its first and last segment). */
function withSpanMarks(words: Word[], theme: Theme): Word[] {
	const segments = words.flatMap((word) => word.segments);
	const first = segments.find((segment) => segment.isMarked);
	const last = segments.findLast((segment) => segment.isMarked);
	if (!first || !last) return words;
	return words.map((word) => ({
		...word,
		segments: word.segments.map((segment) => {
			if (segment !== first && segment !== last) return segment;
			const open = segment === first ? theme.spanOpen : '';
			const close = segment === last ? theme.spanClose : '';
			return { text: `${open}${segment.text}${close}`, isMarked: true };
		}),
	}));
}

/** The first `rows` lines, the last of them ending with `…` for the rest. */
function cutLines(lines: readonly Segment[][], rows: number, width: number): Segment[][] {
	const kept = lines.slice(0, Math.max(0, rows));
	return kept.map((line, index) => (index === kept.length - 1 ? withEllipsis(line, width) : line));
}
