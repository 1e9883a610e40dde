import { Box, Text } from 'ink';
import type { Article } from '../../core/article.js';
import type { Question } from '../../core/bank/schema.js';
import { cutText, shownTextLimit } from '../../format/cut-text.js';
import { paragraphParts } from '../../format/quote.js';
import { proseWidth } from '../../format/wrap.js';
import { KeyHints } from '../components/key-hints.js';
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
	const parts = paragraphParts(article.lines[line - 1] ?? '', question);
	const { quote } = parts;
	return (
		<Box flexDirection="column">
			<Text color={theme.muted}>
				Article, paragraph at line {line} of {article.lines.length}:
			</Text>
			<ScrollBox height={Math.max(3, height - 2)} isActive={isActive}>
				<Box width={proseWidth(columns)}>
					<Text>
						{cutText(parts.before, shownTextLimit, 'end')}
						<Text color={theme.accent} underline={theme.color}>
							{theme.color ? '' : '['}
							{quote.before}
							{quote.span ? (
								<Text bold inverse={theme.color} color={theme.almost}>
									{theme.spanOpen}
									{quote.span}
									{theme.spanClose}
								</Text>
							) : null}
							{quote.after}
							{theme.color ? '' : ']'}
						</Text>
						{cutText(parts.after)}
					</Text>
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
