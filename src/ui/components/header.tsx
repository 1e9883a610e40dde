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
	/** What the score is out of (the answered questions, or every question of a finished exam). */
	readonly scored?: number;
	readonly width: number;
	/** Milliseconds left of a time limit; no clock when absent. */
	readonly timeLeft?: number | undefined;
	/** Hide the score while it must stay secret (an exam). */
	readonly isScoreHidden?: boolean;
};

/** `4:05` for 245 000 ms (rounded up, so 0:00 means time is up). */
export function formatClock(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Bank title, `Q 3/10`, score so far, a progress bar and, in an exam, the time left. */
export function Header(props: HeaderProps) {
	const { title, position, total, score, answered, width, timeLeft } = props;
	const theme = useTheme();
	const counter = `Q ${position}/${total}`;
	const scoreText = props.isScoreHidden
		? `answered ${answered}`
		: `score ${score}/${props.scored ?? answered}`;
	const clock = timeLeft === undefined ? '' : `⏱ ${formatClock(timeLeft)} left`;
	const used = counter.length + scoreText.length + clock.length + 8;
	const barWidth = Math.max(4, Math.min(30, width - used));
	return (
		<Box flexDirection="column" marginBottom={1}>
			<Text bold color={theme.accent} wrap="truncate-end">
				{title}
			</Text>
			<Box gap={2}>
				<Text bold>{counter}</Text>
				<ProgressBar value={answered / Math.max(1, total)} width={barWidth} />
				<Text>{scoreText}</Text>
				{clock ? (
					<Text color={timeLeft !== undefined && timeLeft < 60_000 ? theme.wrong : undefined}>
						{clock}
					</Text>
				) : null}
			</Box>
		</Box>
	);
}
