import { Box, Text } from 'ink';
import { useTheme } from '../theme-context.js';

export type KeyHintsProps = { readonly hints: readonly (readonly [string, string])[] };

/** The keys a screen listens to, shown at its foot; a hint never breaks across lines. */
export function KeyHints({ hints }: KeyHintsProps) {
	const theme = useTheme();
	return (
		<Box flexWrap="wrap" columnGap={1}>
			{hints.map(([key, action], index) => (
				<Text key={key} color={theme.muted}>
					{key} {action}
					{index < hints.length - 1 ? ' ·' : ''}
				</Text>
			))}
		</Box>
	);
}
