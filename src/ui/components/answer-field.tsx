import { Box, Text, useInput } from 'ink';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useTheme } from '../theme-context.js';
import { textFieldCommand, textFieldReducer } from './text-field-state.js';

export type AnswerFieldProps = {
	readonly isActive: boolean;
	readonly placeholder: string;
	/** Why the last answer could not be graded, shown under the field. */
	readonly error: string | undefined;
	readonly onSubmit: (text: string) => void;
};

/**
 * A one-line text field for `short` and `numeric` answers. Every key goes to the field (so `q`
 * types a q); Esc and Ctrl+C are left to the app. Its state is read synchronously, so a paste
 * that ends in Enter submits every character.
 */
export function AnswerField({ isActive, placeholder, error, onSubmit }: AnswerFieldProps) {
	const theme = useTheme();
	const [state, dispatch, latest] = useSyncReducer(textFieldReducer, () => ({
		value: '',
		cursor: 0,
	}));
	useInput(
		(input, key) => {
			const command = textFieldCommand(input, key);
			if (command === undefined) return;
			const next = command.action ? dispatch(command.action) : latest();
			if (command.submit) onSubmit(next.value);
		},
		{ isActive },
	);
	const before = state.value.slice(0, state.cursor);
	const atCursor = state.value[state.cursor] ?? ' ';
	const after = state.value.slice(state.cursor + 1);
	return (
		<Box flexDirection="column">
			<Box gap={1}>
				<Text color={theme.accent}>›</Text>
				{state.value === '' ? (
					<Text>
						<Text inverse>{placeholder[0]}</Text>
						<Text color={theme.muted}>{placeholder.slice(1)}</Text>
					</Text>
				) : (
					<Text>
						{before}
						<Text inverse>{atCursor}</Text>
						{after}
					</Text>
				)}
			</Box>
			{error ? <Text color={theme.wrong}>Cannot grade that: {error}. Try again.</Text> : null}
		</Box>
	);
}
