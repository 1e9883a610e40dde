import { Box, Text } from 'ink';
import { KeyHints } from '../components/key-hints.js';
import { ScrollBox } from '../components/scroll-box.js';
import { keymap } from '../keymap.js';

export type StatsScreenProps = {
	/** The lines `quizline stats` prints, styled for this terminal. */
	readonly lines: readonly string[];
	/** Rows the screen may take. */
	readonly height: number;
	readonly isActive: boolean;
};

/** The learner's stats, the same lines as `quizline stats`, scrollable when tall. */
export function StatsScreen({ lines, height, isActive }: StatsScreenProps) {
	return (
		<Box flexDirection="column">
			<ScrollBox height={height - 1} isActive={isActive}>
				{lines.map((line, index) => (
					// Lines may repeat (blank ones); their order never changes while shown.
					// biome-ignore lint/suspicious/noArrayIndexKey: a static list
					<Text key={index}>{line}</Text>
				))}
			</ScrollBox>
			<KeyHints
				hints={[
					[keymap.back.label, 'back'],
					[keymap.help.label, 'keys'],
				]}
			/>
		</Box>
	);
}
