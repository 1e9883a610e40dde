import type { Key } from 'ink';

/** A window of `viewport` rows onto `content` rows, starting at row `offset`. */
export type ScrollState = {
	readonly offset: number;
	readonly content: number;
	readonly viewport: number;
};

/** What can move the window. */
export type ScrollAction =
	| { readonly type: 'measure'; readonly content: number; readonly viewport: number }
	| { readonly type: 'by'; readonly rows: number }
	| { readonly type: 'page'; readonly pages: number }
	| { readonly type: 'home' }
	| { readonly type: 'end' };

const clamp = (state: ScrollState, offset: number): ScrollState => ({
	...state,
	offset: Math.max(0, Math.min(offset, state.content - state.viewport)),
});

/** Moves stay within the content; a page keeps one row of the last page in view. */
export function scrollReducer(state: ScrollState, action: ScrollAction): ScrollState {
	switch (action.type) {
		case 'measure': {
			if (state.content === action.content && state.viewport === action.viewport) return state;
			const measured = { ...state, content: action.content, viewport: action.viewport };
			return clamp(measured, state.offset);
		}
		case 'by':
			return clamp(state, state.offset + action.rows);
		case 'page':
			return clamp(state, state.offset + action.pages * Math.max(1, state.viewport - 1));
		case 'home':
			return clamp(state, 0);
		case 'end':
			return clamp(state, state.content);
	}
}

/** The move a key makes: ↑↓ one row, PgUp/PgDn a page, Home/End to either end. */
export function scrollAction(_input: string, key: Key): ScrollAction | undefined {
	if (key.upArrow) return { type: 'by', rows: -1 };
	if (key.downArrow) return { type: 'by', rows: 1 };
	if (key.pageUp) return { type: 'page', pages: -1 };
	if (key.pageDown) return { type: 'page', pages: 1 };
	if (key.home) return { type: 'home' };
	if (key.end) return { type: 'end' };
	return undefined;
}

/** Whether the content is taller than the window. */
export function isScrollable(state: ScrollState): boolean {
	return state.content > state.viewport;
}
