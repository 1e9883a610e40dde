import { Box } from 'ink';
import { proseWidth } from '../../format/wrap.js';
import { KeyHints } from '../components/key-hints.js';
import { ScrollBox } from '../components/scroll-box.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { keymap } from '../keymap.js';

export type StatsScreenProps = {
	/** The lines `quizline stats` prints, styled for this terminal. */
	readonly lines: readonly string[];
	/** Rows the screen may take. */
	readonly height: number;
	readonly isActive: boolean;
};

/** The learner's stats, the same lines as `quizline stats`, each wrapped under its own indent and
 * scrollable when tall. */
export function StatsScreen({ lines, height, isActive }: StatsScreenProps) {
	const columns = proseWidth(useTerminalSize().columns);
	return (
		<Box flexDirection="column">
			<ScrollBox height={height - 1} isActive={isActive}>
				{lines.map((line, index) => (
					// Lines may repeat (blank ones); their order never changes while shown.
					<WrappedLine
						// biome-ignore lint/suspicious/noArrayIndexKey: a static list
						key={index}
						lead={/^ */.exec(line)?.[0]}
						text={line.trimStart()}
						width={columns}
					/>
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
