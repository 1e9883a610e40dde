import { Box, Text } from 'ink';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useKeys } from '../key-router.js';
import { choiceNumber, keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { choiceReducer } from './choice-state.js';

export type ChoiceListProps = {
	readonly options: readonly string[];
	/** A muted note after each option, e.g. what a mode would ask now. */
	readonly details?: readonly string[];
	readonly isActive: boolean;
	/** Called with the chosen option's text and its index. */
	readonly onChoose: (option: string, index: number) => void;
};

/** Options picked with ↑↓ and Enter, or straight away with their number. */
export function ChoiceList({ options, details, isActive, onChoose }: ChoiceListProps) {
	const theme = useTheme();
	const [state, dispatch, latest] = useSyncReducer(choiceReducer, () => ({
		focused: 0,
		count: options.length,
	}));
	useKeys(
		(input, key) => {
			// "2" and Enter may arrive as one chunk ("2\r") when typed fast.
			const number = choiceNumber(input.replace(/[\r\n]+$/, ''), options.length);
			const picked = number === undefined ? undefined : options[number - 1];
			if (picked !== undefined && number !== undefined) {
				dispatch({ type: 'focus', index: number - 1 });
				onChoose(picked, number - 1);
			} else if (keymap.up.matches(input, key)) dispatch({ type: 'up' });
			else if (keymap.down.matches(input, key)) dispatch({ type: 'down' });
			else if (keymap.choose.matches(input, key)) {
				const index = latest().focused;
				const focused = options[index];
				if (focused !== undefined) onChoose(focused, index);
			} else return false;
			return true;
		},
		{ isActive },
	);
	return (
		<Box flexDirection="column">
			{options.map((option, index) => {
				const isFocused = index === state.focused;
				return (
					<Box key={option} gap={1}>
						<Box flexShrink={0}>
							<Text color={isFocused ? theme.accent : undefined}>{isFocused ? '❯' : ' '}</Text>
						</Box>
						{/* The number has its own column, so a long option wraps under its own text. */}
						<Box flexShrink={0}>
							<Text color={isFocused ? theme.accent : undefined} bold={isFocused}>
								{index + 1}.
							</Text>
						</Box>
						{/* With a note beside it, the option keeps its width and the note wraps. */}
						<Box flexShrink={details ? 0 : 1}>
							<Text color={isFocused ? theme.accent : undefined} bold={isFocused}>
								{option}
							</Text>
						</Box>
						{details?.[index] ? <Text color={theme.muted}>{details[index]}</Text> : null}
					</Box>
				);
			})}
		</Box>
	);
}
