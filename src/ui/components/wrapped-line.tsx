import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import type { TextRun } from '../../format/wrap.js';
import { withEllipsis, wrapRuns } from '../../format/wrap-line.js';

export type WrappedLineProps = {
	/** Text before the first line (a marker, a number, a label); later lines are indented by its
	 * width, so the text hangs under its own first word. */
	readonly lead?: string;
	readonly leadColor?: string | undefined;
	readonly isLeadBold?: boolean;
	/** The text; a marked run is drawn bold. */
	readonly text: string | readonly TextRun[];
	readonly color?: string | undefined;
	readonly isBold?: boolean;
	/** Columns of the whole block, the lead included. */
	readonly width: number;
	/** Rows at most; the last one shown ends with `…` when more are cut. */
	readonly maxRows?: number | undefined;
};

/** A line of text wrapped flush (or under its lead), one `Text` per row so Ink never re-wraps it. */
export function WrappedLine(props: WrappedLineProps) {
	const { lead = '', leadColor, isLeadBold, text, color, isBold, width, maxRows } = props;
	const indent = stringWidth(lead);
	const runs = typeof text === 'string' ? [{ text }] : text;
	const lines = wrapRuns(runs, width - indent);
	const isCut = maxRows !== undefined && lines.length > maxRows;
	const kept = isCut ? lines.slice(0, Math.max(0, maxRows)) : lines;
	const shown = isCut
		? kept.map((line, row) => (row === kept.length - 1 ? withEllipsis(line, width - indent) : line))
		: kept;
	return (
		<Box flexDirection="column">
			{shown.map((line, row) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: the rows of a line never reorder
				<Text key={row}>
					{indent > 0 ? (
						<Text color={leadColor} bold={isLeadBold}>
							{row === 0 ? lead : ' '.repeat(indent)}
						</Text>
					) : null}
					{line.map((segment, index) => (
						<Text
							// biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
							key={index}
							color={color}
							bold={isBold === true || segment.isMarked}
						>
							{segment.text}
						</Text>
					))}
				</Text>
			))}
		</Box>
	);
}
