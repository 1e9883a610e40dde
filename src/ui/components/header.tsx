import { Box, Text } from 'ink';
import { useTheme } from '../theme-context.js';
import { ProgressBar } from './progress-bar.js';

export type HeaderProps = {
	readonly title: string;
	/** 1-based number of the current question. */
	readonly position: number;
	readonly total: number;
	readonly score: number;
	readonly answered: number;
	readonly width: number;
};

/** Bank title, `Q 3/10`, score so far and a progress bar. */
export function Header({ title, position, total, score, answered, width }: HeaderProps) {
	const theme = useTheme();
	const counter = `Q ${position}/${total}`;
	const scoreText = `score ${score}/${answered}`;
	const barWidth = Math.max(4, Math.min(30, width - counter.length - scoreText.length - 6));
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Text bold color={theme.accent} wrap="truncate-end">
				{title}
			</Text>
			<Box gap={2}>
				<Text bold>{counter}</Text>
				<ProgressBar value={answered / Math.max(1, total)} width={barWidth} />
				<Text>{scoreText}</Text>
			</Box>
		</Box>
	);
}
