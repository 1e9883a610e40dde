import { Box, Text } from 'ink';
import type { Mode } from '../../core/modes/mode.js';
import { proseWidth } from '../../format/wrap.js';
import type { StartInfo } from '../app-state.js';
import { ChoiceList } from '../components/choice-list.js';
import { KeyHints } from '../components/key-hints.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { choiceHints, keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type StartScreenProps = {
	readonly title: string;
	readonly start: StartInfo;
	readonly notice: string | undefined;
	readonly isActive: boolean;
	readonly onChoose: (mode: Mode) => void;
};

/** The learner's overview and the modes to pick from, each saying what it would ask now. */
export function StartScreen({ title, start, notice, isActive, onChoose }: StartScreenProps) {
	const theme = useTheme();
	const columns = proseWidth(useTerminalSize().columns);
	const width = Math.max(...start.modes.map((choice) => choice.label.length));
	return (
		<Box flexDirection="column" gap={1}>
			<Box flexDirection="column">
				<Text bold color={theme.accent} wrap="truncate-end">
					{title}
				</Text>
				<WrappedLine text={start.overview} width={columns} />
			</Box>
			<Text bold>Choose how to train:</Text>
			<ChoiceList
				options={start.modes.map((choice) => choice.label.padEnd(width + 1))}
				details={start.modes.map((choice) => choice.detail)}
				isActive={isActive}
				onChoose={(_label, index) => {
					const choice = start.modes[index];
					if (choice) onChoose(choice.mode);
				}}
			/>
			{start.kinds ? (
				<WrappedLine
					text={[{ text: start.kinds }, { text: `  ${keymap.kinds.label} change`, isMarked: true }]}
					width={columns}
				/>
			) : null}
			{start.resumable ? (
				<WrappedLine
					text={[
						{ text: keymap.resume.label, isMarked: true },
						{ text: ` resume: ${start.resumable}` },
					]}
					width={columns}
				/>
			) : null}
			{notice ? <WrappedLine text={notice} color={theme.almost} width={columns} /> : null}
			<KeyHints
				hints={[
					...choiceHints(start.modes.length),
					[keymap.choose.label, 'start'],
					[keymap.stats.label, 'stats'],
					...(start.kinds ? [[keymap.kinds.label, 'kinds'] as const] : []),
					[keymap.help.label, 'keys'],
					[keymap.quit.label, 'quit'],
				]}
			/>
		</Box>
	);
}
