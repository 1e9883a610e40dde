// An order question on the student's screen: the items in the student's order, moved or typed.
import { Box, Text } from 'ink';
import { itemLetter } from '../../core/grade/grade-order.js';
import {
	initialOrder,
	isCarrying,
	letterIndex,
	orderAnswer,
	orderReducer,
} from '../components/order-state.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useKeys } from '../key-router.js';
import { liveKeymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type OrderAnswerProps = {
	/** The items in the order shown, lettered a, b, c… */
	readonly items: readonly string[];
	readonly isActive: boolean;
	readonly width: number;
	/** Called with the letters in the order chosen, "c, b, a, d". */
	readonly onAnswer: (given: string) => void;
};

/**
 * An order question's answer: the items in the student's order, numbered, each with its letter;
 * moved with ↑↓ and Space, or put in order by typing their letters; Enter sends the order.
 */
export function OrderAnswer({ items, isActive, width, onAnswer }: OrderAnswerProps) {
	const theme = useTheme();
	const [state, dispatch, latest] = useSyncReducer(orderReducer, () => initialOrder(items.length));
	useKeys(
		(input, key) => {
			// Letters and Enter typed fast may arrive as one chunk ("cbad\r").
			const burst = /^([a-e]+)([\r\n]*)$/i.exec(input);
			if (burst && !key.ctrl && !key.meta) {
				for (const letter of burst[1] ?? '') {
					const index = letterIndex(letter.toLowerCase(), items.length);
					if (index !== undefined) dispatch({ type: 'letter', index });
				}
				if (burst[2]) onAnswer(orderAnswer(latest()));
			} else if (liveKeymap.orderHold.matches(input, key)) dispatch({ type: 'pick' });
			else if (liveKeymap.orderReset.matches(input, key)) dispatch({ type: 'untype' });
			else if (key.upArrow) dispatch({ type: 'up' });
			else if (key.downArrow) dispatch({ type: 'down' });
			else if (liveKeymap.submit.matches(input, key)) onAnswer(orderAnswer(latest()));
			else return false;
			return true;
		},
		{ isActive },
	);
	return (
		<Box flexDirection="column">
			{state.order.map((index, place) => {
				const isCursor = place === state.focused;
				const isHeld = isCursor && isCarrying(state);
				const mark = isCursor ? (isHeld ? '↕' : '❯') : ' ';
				const letter = itemLetter(index);
				const item = items[index] ?? letter;
				return (
					<WrappedLine
						key={letter}
						lead={`${mark} ${place + 1}. ${letter}) `}
						leadColor={isCursor ? theme.accent : undefined}
						isLeadBold={isCursor}
						text={item}
						isBold={isHeld}
						width={width}
					/>
				);
			})}
			<Text color={theme.muted}>Earliest first · your order: {orderAnswer(state)}</Text>
		</Box>
	);
}
