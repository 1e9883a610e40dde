import { Box, Text } from 'ink';
import { fieldRows, wrapLine } from '../../format/wrap-line.js';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useKeys } from '../key-router.js';
import { useTheme } from '../theme-context.js';
import { textFieldEvents, textFieldReducer } from './text-field-state.js';

export type TextFieldProps = {
	readonly isActive: boolean;
	readonly placeholder: string;
	/** Columns the field may take; longer text wraps onto more rows. */
	readonly width: number;
	/** Called with the text when Enter is pressed. */
	readonly onSubmit: (text: string) => void;
	/** The text the field starts with, the cursor after it. */
	readonly initial?: string;
};

/** A text field, wrapped onto more rows when long; every printable key types, shortcuts use keys
 * that type nothing. */
export function TextField(props: TextFieldProps) {
	const { isActive, placeholder, width, onSubmit, initial = '' } = props;
	const theme = useTheme();
	const [state, dispatch, latest] = useSyncReducer(textFieldReducer, () => ({
		value: initial,
		cursor: [...initial].length,
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
		// The cursor's cell, then the placeholder wrapped beside it.
		const cell = isActive ? 1 : 0;
		return (
			<Box flexDirection="column">
				{wrapLine(placeholder, width - cell).map((line, row) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: the rows never reorder
					<Text key={row}>
						{cell === 0 ? null : row === 0 ? <Text inverse> </Text> : ' '}
						<Text color={theme.muted}>{line}</Text>
					</Text>
				))}
			</Box>
		);
	}
	// A cell after the last character holds the cursor at the end.
	const cells = [...state.value, ' '];
	return (
		<Box flexDirection="column">
			{fieldRows(cells, width).map(({ start, end }) => {
				const at = state.cursor >= start && state.cursor < end ? state.cursor : -1;
				const before = cells.slice(start, at < 0 ? end : at).join('');
				const after = at < 0 ? '' : cells.slice(at + 1, end).join('');
				return (
					<Text key={start}>
						{before}
						{at < 0 ? null : isActive ? <Text inverse>{cells[at]}</Text> : cells[at]}
						{after}
					</Text>
				);
			})}
		</Box>
	);
}
