import type { Key } from 'ink';

/** A one-line text being edited: its value and the cursor's offset in it. */
export type TextFieldState = { readonly value: string; readonly cursor: number };

/** What keys can do to a text field. */
export type TextFieldAction =
	| { readonly type: 'insert'; readonly text: string }
	| { readonly type: 'backspace' }
	| { readonly type: 'delete' }
	| { readonly type: 'left' }
	| { readonly type: 'right' }
	| { readonly type: 'home' }
	| { readonly type: 'end' };

/** Pure editing rules; the cursor always stays within the value. */
export function textFieldReducer(state: TextFieldState, action: TextFieldAction): TextFieldState {
	const { value, cursor } = state;
	switch (action.type) {
		case 'insert': {
			// Pasted line breaks and control characters never belong in a one-line answer.
			// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters
			const text = action.text.replace(/[\u0000-\u001F\u007F]/g, '');
			return {
				value: value.slice(0, cursor) + text + value.slice(cursor),
				cursor: cursor + text.length,
			};
		}
		case 'backspace':
			return cursor === 0
				? state
				: { value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1 };
		case 'delete':
			return { value: value.slice(0, cursor) + value.slice(cursor + 1), cursor };
		case 'left':
			return { value, cursor: Math.max(0, cursor - 1) };
		case 'right':
			return { value, cursor: Math.min(value.length, cursor + 1) };
		case 'home':
			return { value, cursor: 0 };
		case 'end':
			return { value, cursor: value.length };
	}
}

/** What one key event does to the field: an edit, a submit, or both (a paste ending in Enter). */
export type TextFieldCommand = { readonly action?: TextFieldAction; readonly submit?: true };

/**
 * Map a key to a command. Esc, Ctrl+C and other shortcuts are not the field's: undefined.
 * A paste arrives as one string; a line break in it submits what came before.
 */
export function textFieldCommand(input: string, key: Key): TextFieldCommand | undefined {
	if (key.return) return { submit: true };
	const lineBreak = input.search(/[\r\n]/);
	if (lineBreak >= 0)
		return { action: { type: 'insert', text: input.slice(0, lineBreak) }, submit: true };
	if (key.backspace || key.delete) return { action: { type: 'backspace' } };
	if (key.leftArrow) return { action: { type: 'left' } };
	if (key.rightArrow) return { action: { type: 'right' } };
	if (key.home || (key.ctrl && input === 'a')) return { action: { type: 'home' } };
	if (key.end || (key.ctrl && input === 'e')) return { action: { type: 'end' } };
	if (key.escape || key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow)
		return undefined;
	if (key.pageUp || key.pageDown || input === '') return undefined;
	return { action: { type: 'insert', text: input } };
}
