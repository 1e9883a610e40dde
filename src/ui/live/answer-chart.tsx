import { Box, Text } from 'ink';
import type { Bar } from '../../live/scoring.js';
import { ProgressBar } from '../components/progress-bar.js';
import { useTheme } from '../theme-context.js';

export type AnswerChartProps = {
	readonly bars: readonly Bar[];
	readonly width: number;
	/** Number the bars 1, 2, 3… as the students' choices are numbered. */
	readonly isNumbered: boolean;
};

/** How the class answered: one bar per option (or per answer given), the right one marked. */
export function AnswerChart({ bars, width, isNumbered }: AnswerChartProps) {
	const theme = useTheme();
	const most = Math.max(1, ...bars.map((bar) => bar.count));
	const labelWidth = Math.min(
		Math.max(...bars.map((bar) => bar.label.length), 4),
		Math.max(8, Math.floor(width / 2) - 8),
	);
	const barWidth = Math.max(4, Math.min(40, width - labelWidth - 14));
	return (
		<Box flexDirection="column">
			{bars.map((bar, index) => (
				<Box key={bar.label} gap={1}>
					<Text color={bar.isCorrect ? theme.right : undefined} bold={bar.isCorrect}>
						{bar.isCorrect ? '✓' : ' '}
					</Text>
					<Box width={labelWidth + (isNumbered ? 3 : 0)}>
						<Text color={bar.isCorrect ? theme.right : undefined} wrap="truncate-end">
							{isNumbered ? `${index + 1}. ` : ''}
							{bar.label}
						</Text>
					</Box>
					<ProgressBar value={bar.count / most} width={barWidth} />
					<Text bold>{bar.count}</Text>
				</Box>
			))}
		</Box>
	);
}
