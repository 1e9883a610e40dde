import { Text } from 'ink';
import { useTheme } from '../theme-context.js';

export type ProgressBarProps = {
	/** Share done, from 0 to 1. */
	readonly value: number;
	/** Width in columns. */
	readonly width: number;
};

/** A bar of full and empty blocks. */
export function ProgressBar({ value, width }: ProgressBarProps) {
	const theme = useTheme();
	const filled = Math.round(Math.min(1, Math.max(0, value)) * width);
	return (
		<Text>
			<Text color={theme.accent}>{'█'.repeat(filled)}</Text>
			<Text color={theme.muted}>{'░'.repeat(width - filled)}</Text>
		</Text>
	);
}
