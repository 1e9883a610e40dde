import { Box, Text, useInput } from 'ink';
import type { AnsweredItem } from '../../core/session.js';
import { KeyHints } from '../components/key-hints.js';
import { Paragraph } from '../components/paragraph.js';
import { QuoteBlock } from '../components/quote-block.js';
import { keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type FeedbackScreenProps = {
	readonly answer: AnsweredItem;
	readonly isLast: boolean;
	readonly isActive: boolean;
	readonly onNext: () => void;
};

/** Right or wrong, the correct answer, the explanation and the quoted source line. */
export function FeedbackScreen({ answer, isLast, isActive, onNext }: FeedbackScreenProps) {
	const theme = useTheme();
	// This screen owns its keys: the Enter that chose an answer must not also skip its feedback.
	useInput(
		(input, key) => {
			if (keymap.next.matches(input, key)) onNext();
		},
		{ isActive },
	);
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
					<Text color={theme.almost}>
						You typed “{verdict.slip.typed}”, the answer has “{verdict.slip.expected}”.
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
					['Enter', isLast ? 'see results' : 'next question'],
					['q', 'quit'],
				]}
			/>
		</Box>
	);
}
