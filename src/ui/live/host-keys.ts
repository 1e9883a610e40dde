import type { Key } from 'ink';
import type { ClassState } from '../../live/class-state.js';
import { keymap, liveKeymap } from '../keymap.js';

/** What a key asks of the host screen. */
export type HostCommand =
	| { readonly type: 'start' | 'reveal' | 'next' }
	/** End the session (results are saved) and leave: q in the lobby, Ctrl+C anywhere. */
	| { readonly type: 'stop'; readonly isInterrupt: boolean }
	/** Leave the podium. */
	| { readonly type: 'exit' };

/** Whether the screen shows a text field that takes the typed keys (projector mode counts). */
export function hasTextField(state: ClassState): boolean {
	return state.settings.isLocal && (state.phase === 'lobby' || state.phase === 'reveal');
}

/** Maps a key to a host command for the session's phase; undefined when the key does nothing. */
export function hostCommand(state: ClassState, input: string, key: Key): HostCommand | undefined {
	if (keymap.interrupt.matches(input, key)) return { type: 'stop', isInterrupt: true };
	if (hasTextField(state)) {
		return keymap.quitFromText.matches(input, key) && state.phase === 'lobby'
			? { type: 'stop', isInterrupt: false }
			: undefined;
	}
	switch (state.phase) {
		case 'lobby':
			if (keymap.quit.matches(input, key)) return { type: 'stop', isInterrupt: false };
			return keymap.next.matches(input, key) && state.players.length > 0
				? { type: 'start' }
				: undefined;
		case 'question':
			return liveKeymap.reveal.matches(input, key) || keymap.next.matches(input, key)
				? { type: 'reveal' }
				: undefined;
		case 'reveal':
		case 'standings':
			return keymap.next.matches(input, key) ? { type: 'next' } : undefined;
		case 'ended':
			return keymap.next.matches(input, key) || keymap.quit.matches(input, key)
				? { type: 'exit' }
				: undefined;
	}
}
