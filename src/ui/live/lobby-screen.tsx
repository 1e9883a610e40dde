import { Box, Text } from 'ink';
import { plural } from '../../format/plural.js';
import type { ClassState } from '../../live/class-state.js';
import { AnswerField } from '../components/answer-field.js';
import { KeyHints } from '../components/key-hints.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme-context.js';

/** How students reach a live session. */
export type JoinInfo = {
	/** The command to type, e.g. `quizline join 192.168.1.20:7373 --code K7QX-2M4P --name NAME`. */
	readonly command: string;
	readonly code: string;
};

export type LobbyScreenProps = {
	readonly state: ClassState;
	/** Absent in projector mode. */
	readonly join: JoinInfo | undefined;
	readonly error: string | undefined;
	/** Projector mode: the class size as typed (blank to skip); starts the quiz. */
	readonly onClassSize: (text: string) => void;
};

/** How many joined names the lobby lists before it only counts. */
const shownNames = 40;

/** The waiting room: how to join and who has joined, or in projector mode the class size. */
export function LobbyScreen({ state, join, error, onClassSize }: LobbyScreenProps) {
	const theme = useTheme();
	const { columns: width } = useTerminalSize();
	const { settings, items, players } = state;
	const plan = `${plural(items.length, 'question')} · ${Math.round(settings.timeLimitMs / 1000)} s each${settings.speedBonus ? ' · speed bonus' : ''}`;
	if (!join) {
		return (
			<Box flexDirection="column" gap={1}>
				<Text bold>Projector mode: one screen for the class in the room</Text>
				<WrappedLine text={plan} width={width} />
				<Text>How many students are in the room? (Enter to skip)</Text>
				<AnswerField isActive placeholder="e.g. 24" error={undefined} onSubmit={onClassSize} />
				{error ? <Text color={theme.wrong}>{error}</Text> : null}
				<KeyHints
					hints={[
						['Enter', 'start'],
						['Esc', 'quit'],
					]}
				/>
			</Box>
		);
	}
	// Who is connected now: a student who left drops out of the count until they rejoin.
	const present = players.filter((player) => player.isConnected);
	const away = players.length - present.length;
	const names = present.slice(0, shownNames).map((player) => player.name);
	const more = present.length - names.length;
	return (
		<Box flexDirection="column" gap={1}>
			<Box flexDirection="column">
				<Text>Students join with:</Text>
				<WrappedLine lead="  " text={join.command} color={theme.accent} isBold width={width} />
			</Box>
			<Box columnGap={3} flexWrap="wrap">
				<Text>
					Join code: <Text bold>{[...join.code].join(' ')}</Text>
				</Text>
				<WrappedLine text={plan} color={theme.muted} width={width} />
			</Box>
			<Box flexDirection="column">
				<Text bold>
					Joined: {present.length}
					{away > 0 ? <Text color={theme.muted}> · {away} left (they may rejoin)</Text> : null}
				</Text>
				{names.length > 0 ? (
					<WrappedLine
						text={`${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`}
						width={width}
					/>
				) : (
					<Text color={theme.muted}>waiting for the first student…</Text>
				)}
			</Box>
			<KeyHints
				hints={
					present.length > 0
						? [
								['Enter', 'start the quiz'],
								['q', 'quit'],
							]
						: [['q', 'quit']]
				}
			/>
		</Box>
	);
}
