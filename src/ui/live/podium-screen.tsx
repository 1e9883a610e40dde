import { Box, Text } from 'ink';
import type { ClassState } from '../../live/class-state.js';
import { standings } from '../../live/scoring.js';
import { KeyHints } from '../components/key-hints.js';
import { useTheme } from '../theme-context.js';

export type PodiumScreenProps = {
	readonly state: ClassState;
	/** Where the results went, once saved. */
	readonly savedTo: string | undefined;
	/** The screen is closing: its keys are not offered any more. */
	readonly isLeaving: boolean;
};

/** Heights of the podium steps for first, second and third place. */
const stepHeight = [5, 4, 3];
/** Left to right on the podium: second, first, third. */
const podiumOrder = [1, 0, 2];

/** The end: the top three on a podium, then where the results were saved. */
export function PodiumScreen({ state, savedTo, isLeaving }: PodiumScreenProps) {
	const theme = useTheme();
	const ranked = standings(state.players);
	const title = state.endReason === 'completed' ? 'Final results' : 'Session ended early';
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold color={theme.accent}>
				{title}: {state.revealed} of {state.items.length} questions
			</Text>
			{ranked.length > 0 ? (
				<Box alignItems="flex-end">
					{podiumOrder.map((place) => {
						const entry = ranked[place];
						if (!entry) return null;
						return (
							<Box key={entry.key} flexDirection="column" alignItems="center" width={18}>
								<Text bold wrap="truncate-end">
									{entry.name}
								</Text>
								<Text>{entry.score} pts</Text>
								<Box
									borderStyle="single"
									height={stepHeight[place]}
									width={12}
									justifyContent="center"
								>
									<Text bold color={entry.rank === 1 ? theme.almost : undefined}>
										{entry.rank}
									</Text>
								</Box>
							</Box>
						);
					})}
				</Box>
			) : (
				<Text>Projector mode: no per-student scores.</Text>
			)}
			{savedTo ? <Text>Results saved: {savedTo}</Text> : null}
			{isLeaving ? null : (
				<KeyHints
					hints={[
						['Enter', 'close and print the class report'],
						['q', 'quit'],
					]}
				/>
			)}
		</Box>
	);
}
