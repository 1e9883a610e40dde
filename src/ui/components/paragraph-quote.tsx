import { Text } from 'ink';
import type { Question } from '../../core/bank/schema.js';
import { cutText, shownTextLimit } from '../../format/cut-text.js';
import { paragraphParts } from '../../format/quote.js';
import { useTheme } from '../theme-context.js';

export type ParagraphQuoteProps = {
	readonly question: Question;
	/** The paragraph (one line of the article) the question quotes. */
	readonly paragraph: string;
};

/**
 * The paragraph around the quote, the quote highlighted (underlined, or in [brackets] without
 * colour: articles use quotation marks themselves) and the answer span in it marked.
 */
export function ParagraphQuote({ question, paragraph }: ParagraphQuoteProps) {
	const theme = useTheme();
	const parts = paragraphParts(paragraph, question);
	const { quote } = parts;
	return (
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
	);
}
