import { Box, Text } from 'ink';
import stringWidth from 'string-width';
import { useTheme } from '../theme-context.js';

export type KeyHintsProps = { readonly hints: readonly (readonly [string, string])[] };

/** The hint texts as drawn, `·` after each but the last. */
const hintTexts = (hints: KeyHintsProps['hints']) =>
	hints.map(([key, action], index) => `${key} ${action}${index < hints.length - 1 ? ' ·' : ''}`);

/** Rows the hints take at `width` columns: whole hints, one column between them. */
export function hintRows(hints: KeyHintsProps['hints'], width: number): number {
	let rows = 0;
	let used = 0;
	for (const text of hintTexts(hints)) {
		const size = stringWidth(text);
		if (rows === 0 || used + 1 + size > width) {
			rows += Math.max(1, Math.ceil(size / Math.max(1, width)));
			used = size;
		} else used += 1 + size;
	}
	return rows;
}

/** The keys a screen listens to, shown at its foot; a hint never breaks across lines. */
export function KeyHints({ hints }: KeyHintsProps) {
	const theme = useTheme();
	return (
		<Box flexWrap="wrap" columnGap={1}>
			{hintTexts(hints).map((text, index) => (
				<Text key={hints[index]?.[0]} color={theme.muted}>
					{text}
				</Text>
			))}
		</Box>
	);
}
