import { Box, Text } from 'ink';
import { type ClassState, currentAnswers } from '../../live/class-state.js';
import { standings } from '../../live/scoring.js';
import { KeyHints } from '../components/key-hints.js';
import { useTheme } from '../theme-context.js';

export type StandingsScreenProps = { readonly state: ClassState; readonly rows: number };

/** The leaderboard after a question: rank, name, score and what this question added. */
export function StandingsScreen({ state, rows }: StandingsScreenProps) {
	const theme = useTheme();
	const ranked = standings(state.players);
	const earned = new Map(currentAnswers(state).map((answer) => [answer.key, answer.points]));
	const shown = ranked.slice(0, Math.max(3, rows));
	const nameWidth = Math.max(4, ...shown.map((entry) => entry.name.length));
	const isLast = state.index + 1 >= state.items.length;
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold color={theme.accent}>
				Leaderboard after question {state.index + 1} of {state.items.length}
			</Text>
			<Box flexDirection="column">
				{shown.map((entry) => {
					const gained = earned.get(entry.key) ?? 0;
					return (
						<Text key={entry.key} bold={entry.rank === 1}>
							{String(entry.rank).padStart(3)}. {entry.name.padEnd(nameWidth)}{' '}
							{String(entry.score).padStart(5)}
							<Text color={theme.right}>{gained > 0 ? `  +${gained}` : ''}</Text>
						</Text>
					);
				})}
				{ranked.length > shown.length ? (
					<Text color={theme.muted}> … and {ranked.length - shown.length} more</Text>
				) : null}
			</Box>
			<KeyHints
				hints={[
					['Enter', isLast ? 'podium' : 'next question'],
					['Ctrl+C', 'end and save'],
				]}
			/>
		</Box>
	);
}
