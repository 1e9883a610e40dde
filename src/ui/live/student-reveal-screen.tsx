import { Box, Text } from 'ink';
import { verdictDetail } from '../../format/verdict-parts.js';
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
	const isPartial = !reveal.correct && (reveal.inPlace?.right || reveal.support?.correct === false);
	const [mark, color] =
		reveal.given === null
			? ['– No answer', theme.muted]
			: reveal.correct
				? ['✓ Right', theme.right]
				: isPartial
					? ['~ Partly right', theme.almost]
					: ['✗ Wrong', theme.wrong];
	const detail = reveal.given === null ? undefined : verdictDetail(reveal);
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
				{reveal.support?.given ? (
					<WrappedLine text={`Your part B: ${reveal.support.given}`} width={width} />
				) : null}
				{detail ? <Text>{detail}</Text> : null}
				<WrappedLine lead="Answer: " text={reveal.expected} isBold width={width} />
				{(reveal.rightOrder ?? []).map((item, place) => (
					<WrappedLine key={item} lead={`  ${place + 1}. `} text={item} width={width} />
				))}
				{reveal.support ? (
					<WrappedLine lead="Part B: " text={reveal.support.expected} isBold width={width} />
				) : null}
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
