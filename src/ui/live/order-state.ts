// The order a student is building on an order question: items moved with keys or typed by letter.

/** The items' letters in the order the student has them, where the cursor is, what is held. */
export type OrderState = {
	/** Letters of the items, first to last (a, b, c… as shown at the start). */
	readonly order: readonly string[];
	readonly cursor: number;
	/** The item under the cursor moves with it. */
	readonly isHeld: boolean;
	/** How many letters have been typed since the last start: the next one goes at this place. */
	readonly typed: number;
};

/** What the keys do to the order. */
export type OrderAction =
	| { readonly type: 'up' }
	| { readonly type: 'down' }
	| { readonly type: 'hold' }
	| { readonly type: 'letter'; readonly letter: string }
	| { readonly type: 'reset' };

/** The order as shown: a, b, c… with the cursor on the first. */
export function startOrder(count: number): OrderState {
	const order = Array.from({ length: count }, (_, index) => String.fromCharCode(97 + index));
	return { order, cursor: 0, isHeld: false, typed: 0 };
}

/**
 * ↑↓ move the cursor, or the held item with it; Space picks up or puts down; a letter puts its
 * item next after the ones typed before (typing "cbad" gives c, b, a, d); ⌫ starts again.
 */
export function orderReducer(state: OrderState, action: OrderAction): OrderState {
	const count = state.order.length;
	switch (action.type) {
		case 'up':
		case 'down': {
			const to = state.cursor + (action.type === 'up' ? -1 : 1);
			if (to < 0 || to >= count) return state;
			if (!state.isHeld) return { ...state, cursor: to };
			return { ...state, order: moved(state.order, state.cursor, to), cursor: to };
		}
		case 'hold':
			return { ...state, isHeld: !state.isHeld };
		case 'letter': {
			const from = state.order.indexOf(action.letter.toLowerCase());
			if (from < 0) return state;
			const place = Math.min(state.typed, count - 1);
			const typed = state.typed + 1 >= count ? 0 : state.typed + 1;
			return { order: moved(state.order, from, place), cursor: place, isHeld: false, typed };
		}
		case 'reset':
			return startOrder(count);
	}
}

/** The list with the entry at `from` taken out and put back at `to`. */
function moved(list: readonly string[], from: number, to: number): string[] {
	const next = [...list];
	const [entry] = next.splice(from, 1);
	if (entry !== undefined) next.splice(to, 0, entry);
	return next;
}

/** The answer as sent: the letters in order, "c,b,a,d". */
export const orderAnswer = (state: OrderState) => state.order.join(',');
