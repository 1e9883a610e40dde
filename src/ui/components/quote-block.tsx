import { Box, Text } from 'ink';
import type { Question } from '../../core/bank/schema.js';
import { type QuoteParts, quoteParts } from '../../format/quote.js';
import { proseWidth } from '../../format/wrap.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme-context.js';
import { Paragraph } from './paragraph.js';

/** A question, or a quote already cut (a live student gets only the parts, never the question). */
export type QuoteBlockProps = ({ readonly question: Question } | { readonly parts: QuoteParts }) & {
	/** Columns the block may take, its border included; the terminal's width, at most
	 * `readableColumns`, when absent. */
	readonly width?: number;
};

/** Columns the border and its padding take. */
const inset = 2;

/** The article's own words with the answer span highlighted and the line number shown. */
export function QuoteBlock(props: QuoteBlockProps) {
	const theme = useTheme();
	const terminal = useTerminalSize();
	const parts = 'parts' in props ? props.parts : quoteParts(props.question);
	return (
		<Box
			flexDirection="column"
			borderStyle="single"
			borderLeft
			borderRight={false}
			borderTop={false}
			borderBottom={false}
			paddingLeft={1}
		>
			<Text color={theme.muted}>Article, line {parts.line}:</Text>
			<Paragraph
				width={(props.width ?? proseWidth(terminal.columns)) - inset}
				runs={[{ text: parts.before }, { text: parts.span, isMarked: true }, { text: parts.after }]}
			/>
		</Box>
	);
}
