import { Box, Text } from 'ink';
import type { Article } from '../../core/article.js';
import type { Question } from '../../core/bank/schema.js';
import { proseWidth } from '../../format/wrap.js';
import { KeyHints } from '../components/key-hints.js';
import { ParagraphQuote } from '../components/paragraph-quote.js';
import { ScrollBox } from '../components/scroll-box.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type ContextScreenProps = {
	readonly question: Question;
	readonly article: Article;
	/** Rows the screen may take. */
	readonly height: number;
	readonly isActive: boolean;
};

/**
 * The whole paragraph around the quote, the quote highlighted (underlined, or in [brackets]
 * without colour: articles use quotation marks themselves), at most `readableColumns` wide and
 * scrollable when tall.
 */
export function ContextScreen({ question, article, height, isActive }: ContextScreenProps) {
	const theme = useTheme();
	const { columns } = useTerminalSize();
	const line = question.source.line;
	return (
		<Box flexDirection="column">
			<Text color={theme.muted}>
				Article, paragraph at line {line} of {article.lines.length}:
			</Text>
			<ScrollBox height={Math.max(3, height - 2)} isActive={isActive}>
				<Box width={proseWidth(columns)}>
					<ParagraphQuote question={question} paragraph={article.lines[line - 1] ?? ''} />
				</Box>
			</ScrollBox>
			<KeyHints
				hints={[
					[`${keymap.closeContext.label}/${keymap.back.label.split(' ')[0]}`, 'back'],
					[keymap.help.label, 'keys'],
				]}
			/>
		</Box>
	);
}
