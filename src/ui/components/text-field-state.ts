import type { Key } from 'ink';

/** What is typed in a text field and where the cursor stands (0 = before the first character). */
export type TextFieldState = { readonly value: string; readonly cursor: number };

/** What keys can do to a text field. */
export type TextFieldAction =
	| { readonly type: 'insert'; readonly text: string }
	| { readonly type: 'erase' }
	| { readonly type: 'left' }
	| { readonly type: 'right' }
	| { readonly type: 'home' }
	| { readonly type: 'end' };

/** Edits a one-line field; the cursor counts characters, not UTF-16 units. */
export function textFieldReducer(state: TextFieldState, action: TextFieldAction): TextFieldState {
	const chars = [...state.value];
	switch (action.type) {
		case 'insert': {
			const added = [...action.text];
			chars.splice(state.cursor, 0, ...added);
			return { value: chars.join(''), cursor: state.cursor + added.length };
		}
		case 'erase':
			if (state.cursor === 0) return state;
			chars.splice(state.cursor - 1, 1);
			return { value: chars.join(''), cursor: state.cursor - 1 };
		case 'left':
			return { ...state, cursor: Math.max(0, state.cursor - 1) };
		case 'right':
			return { ...state, cursor: Math.min(chars.length, state.cursor + 1) };
		case 'home':
			return { ...state, cursor: 0 };
		case 'end':
			return { ...state, cursor: chars.length };
	}
}

/** What a key (or a burst of keys) asks of a text field: edits, then maybe a submit. */
export type TextFieldEvent = TextFieldAction | { readonly type: 'submit' };

/**
 * The edits an input makes. Ink hands a burst of plain keys over as one input (a paste, or
 * keys sent faster than read): "abc⌫\r" is three letters, an erase and Enter, in that order.
 */
export function textFieldEvents(input: string, key: Key): TextFieldEvent[] {
	if (key.return) return [{ type: 'submit' }];
	if (input.length <= 1 || !/[\r\b\x7f]/.test(input)) {
		const action = textFieldAction(input, key);
		return action ? [action] : [];
	}
	const events: TextFieldEvent[] = [];
	for (const part of input.split(/([\r\b\x7f])/)) {
		if (part === '\r') events.push({ type: 'submit' });
		else if (part === '\b' || part === '\x7f') events.push({ type: 'erase' });
		else {
			const text = part.replace(/\p{Cc}/gu, '');
			if (text) events.push({ type: 'insert', text });
		}
	}
	return events;
}

/**
 * The edit a key makes, if any. Keys with Ctrl or Alt, Enter, Tab, Esc and ↑↓ type nothing:
 * they belong to the shortcuts, so a shortcut never types and typing never triggers one.
 */
export function textFieldAction(input: string, key: Key): TextFieldAction | undefined {
	if (key.ctrl || key.meta || key.return || key.tab || key.escape) return undefined;
	if (key.backspace || key.delete) return { type: 'erase' };
	if (key.leftArrow) return { type: 'left' };
	if (key.rightArrow) return { type: 'right' };
	if (key.home) return { type: 'home' };
	if (key.end) return { type: 'end' };
	// Pasted text arrives as one input; drop line breaks and other control characters.
	const text = input.replace(/\p{Cc}/gu, '');
	return text.length > 0 ? { type: 'insert', text } : undefined;
}
