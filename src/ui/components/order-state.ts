// An order question's list as the learner rearranges it: focus, carrying an item, typed letters.
import { itemLetter } from '../../core/grade/grade-order.js';

/** The items as they stand now, by their index in the bank (0 is item a). */
export type OrderState = {
	readonly order: readonly number[];
	/** The position with the focus. */
	readonly focused: number;
	/** Where the carried item was picked up; absent when none is carried. */
	readonly heldFrom?: number;
	/** How many leading positions were set by typing letters (the next letter goes after them). */
	readonly typed: number;
};

/** What the keys can do to the list. */
export type OrderAction =
	/** Move the focus, or the carried item with it. */
	| { readonly type: 'up' }
	| { readonly type: 'down' }
	/** Move the focused item one place at once (Shift+↑↓). */
	| { readonly type: 'moveUp' }
	| { readonly type: 'moveDown' }
	/** Pick the focused item up, or put the carried one down. */
	| { readonly type: 'pick' }
	/** A letter typed: that item goes to the next place not yet typed. */
	| { readonly type: 'letter'; readonly index: number }
	/** Backspace: the last typed place may be typed again. */
	| { readonly type: 'untype' };

/** The list as first shown: the bank's order, item a focused. */
export function initialOrder(count: number): OrderState {
	return { order: Array.from({ length: count }, (_, index) => index), focused: 0, typed: 0 };
}

/** Whether an item is being carried. */
export const isCarrying = (state: OrderState) => state.heldFrom !== undefined;

/** Moves stop at the ends while carrying; the focus alone wraps around, as in a choice list. */
export function orderReducer(state: OrderState, action: OrderAction): OrderState {
	const count = state.order.length;
	switch (action.type) {
		case 'up':
		case 'down': {
			const step = action.type === 'up' ? -1 : 1;
			if (isCarrying(state)) return moveFocused(state, step);
			return { ...state, focused: (state.focused + step + count) % count };
		}
		case 'moveUp':
			return moveFocused(state, -1);
		case 'moveDown':
			return moveFocused(state, 1);
		case 'pick': {
			const { heldFrom, ...rest } = state;
			return heldFrom === undefined ? { ...state, heldFrom: state.focused } : rest;
		}
		case 'letter':
			return typeLetter(state, action.index);
		case 'untype':
			return state.typed === 0 ? state : { ...state, typed: state.typed - 1 };
	}
}

/** The focused item one place up or down (nothing at an end); typed places are typed no more. */
function moveFocused(state: OrderState, step: number): OrderState {
	const to = state.focused + step;
	if (to < 0 || to >= state.order.length) return state;
	return { ...state, order: moved(state.order, state.focused, to), focused: to, typed: 0 };
}

function typeLetter(state: OrderState, index: number): OrderState {
	const count = state.order.length;
	// Every place typed: a new letter starts the order over.
	const base = state.typed >= count ? { ...state, typed: 0 } : state;
	const at = base.order.indexOf(index);
	if (at < 0 || at < base.typed) return state;
	const { heldFrom: _, ...rest } = base;
	return {
		...rest,
		order: moved(base.order, at, base.typed),
		focused: Math.min(base.typed + 1, count - 1),
		typed: base.typed + 1,
	};
}

/** The list with the entry at `from` taken out and put in at `to`. */
function moved(order: readonly number[], from: number, to: number): number[] {
	const next = [...order];
	const [entry] = next.splice(from, 1);
	if (entry !== undefined) next.splice(to, 0, entry);
	return next;
}

/** The answer as the grader reads it: the items' letters in order, "c, a, d, b". */
export function orderAnswer(state: OrderState): string {
	return state.order.map(itemLetter).join(', ');
}

/** The item a typed key names (a for the first), if the list has one by that letter. */
export function letterIndex(input: string, count: number): number | undefined {
	if (!/^[a-h]$/.test(input)) return undefined;
	const index = input.charCodeAt(0) - 97;
	return index < count ? index : undefined;
}
