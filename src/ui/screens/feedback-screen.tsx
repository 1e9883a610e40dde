import { Box, Text } from 'ink';
import type { AnsweredItem } from '../../core/session.js';
import { DiffText } from '../components/diff-text.js';
import { KeyHints } from '../components/key-hints.js';
import { Paragraph } from '../components/paragraph.js';
import { QuoteBlock } from '../components/quote-block.js';
import { keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type FeedbackScreenProps = { readonly answer: AnsweredItem; readonly isLast: boolean };

/** Right or wrong, a diff for a near miss, the answer, the explanation and the quoted line. */
export function FeedbackScreen({ answer, isLast }: FeedbackScreenProps) {
	const theme = useTheme();
	const { verdict, item } = answer;
	const question = item.question;
	const [mark, color] = verdict.correct
		? [verdict.kind === 'near-miss' ? '✓ Right (one slip allowed)' : '✓ Right', theme.right]
		: verdict.kind === 'near-miss'
			? ['~ Almost — check the spelling', theme.almost]
			: ['✗ Wrong', theme.wrong];
	return (
		<Box flexDirection="column" gap={1}>
			<Paragraph runs={[{ text: question.prompt }]} isBold />
			<Box flexDirection="column">
				<Text bold color={color}>
					{mark}
				</Text>
				<Text>Your answer: {answer.given}</Text>
				{verdict.slip ? (
					<Text>
						You typed “{verdict.slip.typed}”, the answer has “{verdict.slip.expected}”:{' '}
						<DiffText parts={verdict.slip.diff} />
					</Text>
				) : null}
				<Text>
					Answer: <Text bold>{verdict.expected}</Text>
				</Text>
			</Box>
			{question.explanation ? <Paragraph runs={[{ text: question.explanation }]} /> : null}
			<QuoteBlock question={question} />
			<KeyHints
				hints={[
					[keymap.next.label, isLast ? 'see results' : 'next question'],
					[keymap.context.label, 'whole paragraph'],
					[keymap.quit.label, 'quit'],
					[keymap.help.label, 'keys'],
				]}
			/>
		</Box>
	);
}
