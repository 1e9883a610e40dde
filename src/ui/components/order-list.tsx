// An order question's items, lettered, rearranged with ↑↓ and Space (or Shift+↑↓), or typed by letter.
import { Box, type Key } from 'ink';
import { itemLetter } from '../../core/grade/grade-order.js';
import { proseWidth } from '../../format/wrap.js';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useKeys } from '../key-router.js';
import { keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { KeyHints } from './key-hints.js';
import {
	initialOrder,
	isCarrying,
	letterIndex,
	type OrderAction,
	type OrderState,
	orderAnswer,
	orderReducer,
} from './order-state.js';
import { WrappedLine } from './wrapped-line.js';

export type OrderListProps = {
	/** The items as the bank lists them, lettered a, b, c… */
	readonly items: readonly string[];
	readonly isActive: boolean;
	/** Each item but the focused one on one row (a short terminal). */
	readonly isCompact?: boolean;
	/** Every item on one row, the focused one too (a terminal too short for more). */
	readonly isTight?: boolean;
	/** Blank rows between the list and its hints, as the screen has them between its parts. */
	readonly gap?: 0 | 1;
	/** Hints the screen adds after the list's own (hint, quit, keys). */
	readonly moreHints: readonly (readonly [string, string])[];
	/** Called with the order as letters, "c, a, d, b". */
	readonly onSubmit: (answer: string) => void;
};

/** The width of a row's lead: "❯ 1. c  ". */
export const orderLeadWidth = 8;

/** The list, its keys, and hints that say what the keys do now (carrying, typing or neither). */
export function OrderList(props: OrderListProps) {
	const { items, isActive, isCompact, isTight, gap = 1, moreHints, onSubmit } = props;
	const theme = useTheme();
	const width = proseWidth(useTerminalSize().columns);
	const [state, dispatch, latest] = useSyncReducer(orderReducer, () => initialOrder(items.length));
	useKeys(
		(input, key) => {
			const actions = orderActions(input, key, items.length);
			if (actions === undefined) return false;
			for (const action of actions) {
				if (action === 'submit') onSubmit(orderAnswer(latest()));
				else dispatch(action);
			}
			return true;
		},
		{ isActive },
	);
	return (
		<Box flexDirection="column" gap={gap}>
			<Box flexDirection="column">
				{state.order.map((index, position) => {
					const isFocused = position === state.focused;
					const mark = isFocused ? (isCarrying(state) ? '↕' : '❯') : ' ';
					const color = isFocused ? theme.accent : undefined;
					return (
						<WrappedLine
							key={index}
							lead={`${mark} ${position + 1}. ${itemLetter(index)}  `}
							leadColor={color}
							isLeadBold={isFocused || position < state.typed}
							text={items[index] ?? ''}
							color={color}
							isBold={isFocused && isCarrying(state)}
							width={width}
							maxRows={isTight || (isCompact && !isFocused) ? 1 : undefined}
						/>
					);
				})}
			</Box>
			<KeyHints hints={[...orderHints(state), ...moreHints]} />
		</Box>
	);
}

/** The list's own hints: what ↑↓, Space and the letters do in this state. */
export function orderHints(state: OrderState): [string, string][] {
	const letters = `a-${itemLetter(state.order.length - 1)}`;
	const carried = state.order[state.focused];
	if (isCarrying(state) && carried !== undefined)
		return [
			[keymap.orderFocus.label, `carry ${itemLetter(carried)}`],
			[keymap.orderPick.label, 'put it down'],
			[keymap.submit.label, 'answer'],
		];
	if (state.typed > 0 && state.typed < state.order.length)
		return [
			[letters, `place ${state.typed + 1}`],
			['⌫', 'retype'],
			[keymap.submit.label, 'answer'],
		];
	return [
		[keymap.orderFocus.label, 'choose'],
		[keymap.orderPick.label, 'pick up'],
		[letters, 'type'],
		[keymap.submit.label, 'answer'],
	];
}

/**
 * What a key (or a chunk of keys typed fast: "cadb", then Enter, or Space and Enter) does to
 * the list; undefined when the list does not use it, so the screen's commands get it.
 */
export function orderActions(
	input: string,
	key: Key,
	count: number,
): (OrderAction | 'submit')[] | undefined {
	if (keymap.orderMove.matches(input, key)) return [{ type: key.upArrow ? 'moveUp' : 'moveDown' }];
	if (keymap.orderFocus.matches(input, key)) return [{ type: key.upArrow ? 'up' : 'down' }];
	if (keymap.submit.matches(input, key)) return ['submit'];
	if (key.backspace || key.delete) return [{ type: 'untype' }];
	if (key.ctrl || key.meta || input === '') return undefined;
	const actions = [...input].map((char) => charAction(char, count));
	return actions.every((action) => action !== undefined) ? actions : undefined;
}

/** What one typed character does: Space picks up or puts down, a letter places its item. */
function charAction(char: string, count: number): OrderAction | 'submit' | undefined {
	if (char === '\r' || char === '\n') return 'submit';
	if (char === ' ') return { type: 'pick' };
	const index = letterIndex(char, count);
	return index === undefined ? undefined : { type: 'letter', index };
}
