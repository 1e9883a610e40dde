import { Box, Text, useInput } from 'ink';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { choiceNumber, keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { choiceReducer } from './choice-state.js';

export type ChoiceListProps = {
	readonly options: readonly string[];
	readonly isActive: boolean;
	/** Called with the chosen option's text. */
	readonly onChoose: (option: string) => void;
};

/** Options picked with ↑↓ and Enter, or straight away with their number. */
export function ChoiceList({ options, isActive, onChoose }: ChoiceListProps) {
	const theme = useTheme();
	const [state, dispatch, latest] = useSyncReducer(choiceReducer, () => ({
		focused: 0,
		count: options.length,
	}));
	useInput(
		(input, key) => {
			// "2" and Enter may arrive as one chunk ("2\r") when typed fast.
			const number = choiceNumber(input.replace(/[\r\n]+$/, ''), options.length);
			const picked = number === undefined ? undefined : options[number - 1];
			if (picked !== undefined) {
				dispatch({ type: 'focus', index: (number as number) - 1 });
				onChoose(picked);
			} else if (keymap.up.matches(input, key)) dispatch({ type: 'up' });
			else if (keymap.down.matches(input, key)) dispatch({ type: 'down' });
			else if (keymap.choose.matches(input, key)) {
				const focused = options[latest().focused];
				if (focused !== undefined) onChoose(focused);
			}
		},
		{ isActive },
	);
	return (
		<Box flexDirection="column">
			{options.map((option, index) => {
				const isFocused = index === state.focused;
				return (
					<Box key={option} gap={1}>
						<Text color={isFocused ? theme.accent : undefined}>{isFocused ? '❯' : ' '}</Text>
						<Text color={isFocused ? theme.accent : undefined} bold={isFocused}>
							{index + 1}. {option}
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
