/** Which option of a list has the focus. */
export type ChoiceState = { readonly focused: number; readonly count: number };

/** What the keys can do to a choice list. */
export type ChoiceAction =
	| { readonly type: 'up' }
	| { readonly type: 'down' }
	| { readonly type: 'focus'; readonly index: number };

/** Moves wrap around at both ends; focus outside the list is ignored. */
export function choiceReducer(state: ChoiceState, action: ChoiceAction): ChoiceState {
	switch (action.type) {
		case 'up':
			return { ...state, focused: (state.focused - 1 + state.count) % state.count };
		case 'down':
			return { ...state, focused: (state.focused + 1) % state.count };
		case 'focus':
			return action.index >= 0 && action.index < state.count
				? { ...state, focused: action.index }
				: state;
	}
}
