import { Text } from 'ink';
import { hintLine } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type KeyHintsProps = { readonly hints: readonly (readonly [string, string])[] };

/** The keys a screen listens to, shown at its foot. */
export function KeyHints({ hints }: KeyHintsProps) {
	const theme = useTheme();
	return <Text color={theme.muted}>{hintLine(hints)}</Text>;
}
