import { Text } from 'ink';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useKeys } from '../key-router.js';
import { useTheme } from '../theme-context.js';
import { textFieldEvents, textFieldReducer } from './text-field-state.js';

export type TextFieldProps = {
	readonly isActive: boolean;
	readonly placeholder: string;
	/** Called with the text when Enter is pressed. */
	readonly onSubmit: (text: string) => void;
};

/** A one-line text field; every printable key types, shortcuts use keys that type nothing. */
export function TextField({ isActive, placeholder, onSubmit }: TextFieldProps) {
	const theme = useTheme();
	const [state, dispatch, latest] = useSyncReducer(textFieldReducer, () => ({
		value: '',
		cursor: 0,
	}));
	useKeys(
		(input, key) => {
			const events = textFieldEvents(input, key);
			for (const event of events) {
				if (event.type === 'submit') onSubmit(latest().value);
				else dispatch(event);
			}
			return events.length > 0;
		},
		{ isActive },
	);
	if (state.value === '') {
		return (
			<Text>
				{isActive ? <Text inverse> </Text> : null}
				<Text color={theme.muted}>{placeholder}</Text>
			</Text>
		);
	}
	const chars = [...state.value];
	const before = chars.slice(0, state.cursor).join('');
	const at = chars[state.cursor] ?? ' ';
	const after = chars.slice(state.cursor + 1).join('');
	return (
		<Text>
			{before}
			{isActive ? <Text inverse>{at}</Text> : at}
			{after}
		</Text>
	);
}
