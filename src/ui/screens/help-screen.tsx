import { Box, Text } from 'ink';
import { proseWidth } from '../../format/wrap.js';
import { KeyHints } from '../components/key-hints.js';
import { ScrollBox } from '../components/scroll-box.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { bindingsFor, hintLine, hintsOf, keymap, type Scope, trainerScopes } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type HelpScreenProps = {
	/** Where help was opened: that screen's keys come first and are marked. */
	readonly scope: Scope;
	/** The screens whose keys are listed: the trainer's unless told. */
	readonly scopes?: readonly Scope[];
	readonly height: number;
	readonly isActive: boolean;
};

const scopeNames: Record<Scope, string> = {
	start: 'Start screen',
	stats: 'Stats',
	choice: 'Choice question (and part B of a two-part one)',
	order: 'Order question: put the items in order',
	text: 'Typed answer (every other key types)',
	feedback: 'After an answer',
	context: 'Paragraph',
	done: 'Results',
	help: 'This list',
	lobby: 'Lobby',
	lobbyCount: 'Lobby, typing the class size',
	asking: 'Question',
	revealed: 'The answer, the leaderboard',
	tally: 'The answer, typing how many got it right',
	podium: 'Podium',
	waiting: 'Waiting for the teacher',
	answerChoice: 'Choice question',
	answerText: 'Typed answer (every other key types)',
	answerOrder: 'Order question (put the items in order)',
	locked: 'Answer locked',
	over: 'The end',
	review: 'Reviewing a question',
	reviewDone: 'Past the last question',
	reviewPick: 'Choosing the field to fix',
	reviewField: 'Fixing a field (every other key types)',
};

/** Every key of the keymap, screen by screen; the screen help was opened from first. */
export function HelpScreen({ scope, scopes = trainerScopes, height, isActive }: HelpScreenProps) {
	const theme = useTheme();
	const columns = proseWidth(useTerminalSize().columns);
	const ordered = [scope, ...scopes.filter((other) => other !== scope)];
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				Keys
			</Text>
			<ScrollBox height={height - 2} isActive={isActive}>
				{ordered.map((where) => (
					<Box key={where} flexDirection="column">
						<Text bold={where === scope} color={where === scope ? theme.accent : undefined}>
							{where === scope ? '▸ ' : '  '}
							{scopeNames[where]}
						</Text>
						<WrappedLine
							lead="    "
							text={hintLine(hintsOf(bindingsFor(where)))}
							color={where === scope ? undefined : theme.muted}
							width={columns}
						/>
					</Box>
				))}
			</ScrollBox>
			<KeyHints hints={[[`${keymap.help.label} ${keymap.back.label}`, 'close']]} />
		</Box>
	);
}
