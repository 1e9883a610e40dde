import { Box, Text } from 'ink';
import { ProgressBar } from '../components/progress-bar.js';
import { useTheme } from '../theme-context.js';

export type CountdownProps = {
	readonly remainingMs: number;
	readonly totalMs: number;
	readonly width: number;
};

/** Seconds left and a bar that empties as time runs out. */
export function Countdown({ remainingMs, totalMs, width }: CountdownProps) {
	const theme = useTheme();
	// Never more than the limit: the clock may lag the question's arrival by a tick.
	const seconds = Math.max(0, Math.min(Math.ceil(remainingMs / 1000), Math.round(totalMs / 1000)));
	const isLow = seconds <= 5;
	return (
		<Box gap={1}>
			<ProgressBar value={remainingMs / Math.max(1, totalMs)} width={width} />
			<Text bold color={isLow ? theme.wrong : undefined}>
				{String(seconds).padStart(3)} s left
			</Text>
		</Box>
	);
}
