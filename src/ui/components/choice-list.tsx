import { Box } from 'ink';
import { proseWidth } from '../../format/wrap.js';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useKeys } from '../key-router.js';
import { choiceNumber, keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { choiceReducer } from './choice-state.js';
import { WrappedLine } from './wrapped-line.js';

export type ChoiceListProps = {
	readonly options: readonly string[];
	/** A muted note after each option, e.g. what a mode would ask now. */
	readonly details?: readonly string[];
	readonly isActive: boolean;
	/** Columns the list may take; the terminal's width, at most `readableColumns`, when absent. */
	readonly width?: number;
	/** Each option but the focused one on one row (a short terminal). */
	readonly isCompact?: boolean;
	/** Every option on one row, the focused one too (a terminal too short for more). */
	readonly isTight?: boolean;
	/** Called with the chosen option's text and its index. */
	readonly onChoose: (option: string, index: number) => void;
};

/** Options picked with ↑↓ and Enter, or straight away with their number. */
export function ChoiceList(props: ChoiceListProps) {
	const { options, details, isActive, width, isCompact, isTight, onChoose } = props;
	const theme = useTheme();
	const terminal = useTerminalSize();
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
	const columns = width ?? proseWidth(terminal.columns);
	return (
		<Box flexDirection="column">
			{options.map((option, index) => {
				const isFocused = index === state.focused;
				const color = isFocused ? theme.accent : undefined;
				const lead = `${isFocused ? '❯' : ' '} ${index + 1}. `;
				const detail = details?.[index];
				// With a note beside it, the option keeps its width and the note hangs under itself;
				// without one, a long option hangs under its own first word.
				return detail ? (
					<WrappedLine
						key={option}
						lead={`${lead}${option} `}
						leadColor={color}
						isLeadBold={isFocused}
						text={detail}
						color={theme.muted}
						width={columns}
					/>
				) : (
					<WrappedLine
						key={option}
						lead={lead}
						leadColor={color}
						isLeadBold={isFocused}
						text={option}
						color={color}
						isBold={isFocused}
						width={columns}
						maxRows={isTight || (isCompact && !isFocused) ? 1 : undefined}
					/>
				);
			})}
		</Box>
	);
}
