import { Box, Text } from 'ink';
import { proseWidth } from '../../format/wrap.js';
import type { RevealMessage } from '../../live/student-state.js';
import { QuoteBlock } from '../components/quote-block.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme-context.js';

export type StudentRevealScreenProps = {
	readonly prompt: string | undefined;
	readonly reveal: RevealMessage;
};

/** Right or wrong, the answer with its quoted line, and the student's own score and rank. */
export function StudentRevealScreen({ prompt, reveal }: StudentRevealScreenProps) {
	const theme = useTheme();
	const width = proseWidth(useTerminalSize().columns);
	const [mark, color] =
		reveal.given === null
			? ['– No answer', theme.muted]
			: reveal.correct
				? ['✓ Right', theme.right]
				: ['✗ Wrong', theme.wrong];
	return (
		<Box flexDirection="column" gap={1}>
			{prompt ? <WrappedLine text={prompt} isBold width={width} /> : null}
			<Box flexDirection="column">
				<Text bold color={color}>
					{mark}
					{reveal.points > 0 ? `  +${reveal.points}` : ''}
				</Text>
				{reveal.given === null ? null : (
					<WrappedLine text={`Your answer: ${reveal.given}`} width={width} />
				)}
				<WrappedLine lead="Answer: " text={reveal.expected} isBold width={width} />
			</Box>
			{reveal.explanation ? <WrappedLine text={reveal.explanation} width={width} /> : null}
			<QuoteBlock parts={reveal.quote} />
			<Text>
				Score <Text bold>{reveal.score}</Text> · rank <Text bold>{reveal.rank}</Text> of{' '}
				{reveal.players}
			</Text>
			<Text color={theme.muted}>Waiting for the next question…</Text>
		</Box>
	);
}
