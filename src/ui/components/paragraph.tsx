import { Box, Text } from 'ink';
import { useTheme } from '../theme-context.js';

/** A run of text, optionally marked (the answer span of a quote). */
export type TextRun = { readonly text: string; readonly isMarked?: boolean };

/** A piece of one word, marked or not. */
export type Segment = { readonly text: string; readonly isMarked: boolean };

/**
 * Words of the runs, each a list of segments: a word that crosses a run boundary
 * ("“balanced" where only "balanced" is marked) stays one word.
 */
export function splitWords(runs: readonly TextRun[]): Segment[][] {
	const words: Segment[][] = [];
	let current: Segment[] | undefined;
	for (const run of runs) {
		for (const piece of run.text.split(/(\s+)/)) {
			if (piece === '') continue;
			if (/^\s+$/.test(piece)) {
				current = undefined;
				continue;
			}
			if (!current) {
				current = [];
				words.push(current);
			}
			current.push({ text: piece, isMarked: run.isMarked === true });
		}
	}
	return words;
}

export type ParagraphProps = {
	readonly runs: readonly TextRun[];
	readonly isBold?: boolean;
	readonly color?: string | undefined;
};

/**
 * Word-wrapped text. Ink's own wrapping keeps the breaking space at the start of the next line;
 * laying words out as wrapping flex items starts every line flush.
 */
export function Paragraph({ runs, isBold = false, color }: ParagraphProps) {
	const theme = useTheme();
	const words = splitWords(runs);
	const segments = words.flat();
	const first = segments.findIndex((segment) => segment.isMarked);
	const last = segments.findLastIndex((segment) => segment.isMarked);
	let position = -1;
	return (
		<Box flexWrap="wrap" columnGap={1}>
			{words.map((word, wordIndex) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: the words of a text never reorder
				<Text key={wordIndex} bold={isBold} color={color}>
					{word.map((segment, segmentIndex) => {
						position++;
						if (!segment.isMarked) return segment.text;
						return (
							// biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder
							<Text key={segmentIndex} bold inverse={theme.color} color={theme.almost}>
								{position === first ? theme.spanOpen : ''}
								{segment.text}
								{position === last ? theme.spanClose : ''}
							</Text>
						);
					})}
				</Text>
			))}
		</Box>
	);
}
