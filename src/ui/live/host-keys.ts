import type { Key } from 'ink';
import { type ClassState, connectedCount } from '../../live/class-state.js';
import { type LiveScope, livePressed } from '../keymap.js';

/** What a key asks of the host screen. */
export type HostCommand =
	| { readonly type: 'start' | 'reveal' | 'next' }
	/** End the session (results are saved) and leave: q in the lobby, Ctrl+C anywhere. */
	| { readonly type: 'stop'; readonly isInterrupt: boolean }
	/** Leave the podium. */
	| { readonly type: 'exit' }
	/** Open the list of keys. */
	| { readonly type: 'help' };

/** Whether the screen shows a text field that takes the typed keys (projector mode counts). */
export function hasTextField(state: ClassState): boolean {
	return state.settings.isLocal && (state.phase === 'lobby' || state.phase === 'reveal');
}

/** Which of the keymap's host screens the session's phase shows. */
export function hostScope(state: ClassState): LiveScope {
	switch (state.phase) {
		case 'lobby':
			return hasTextField(state) ? 'lobbyCount' : 'lobby';
		case 'question':
			return 'asking';
		case 'reveal':
			return hasTextField(state) ? 'tally' : 'revealed';
		case 'standings':
			return 'revealed';
		case 'ended':
			return 'podium';
	}
}

/** Maps a key to a host command for the session's phase; undefined when the key does nothing. */
export function hostCommand(state: ClassState, input: string, key: Key): HostCommand | undefined {
	const scope = hostScope(state);
	const is = (name: Parameters<typeof livePressed>[0]) => livePressed(name, scope, input, key);
	if (is('end')) return { type: 'stop', isInterrupt: true };
	if (is('quit') || is('quitFromText')) return { type: 'stop', isInterrupt: false };
	if (is('start')) return connectedCount(state) > 0 ? { type: 'start' } : undefined;
	if (is('reveal')) return { type: 'reveal' };
	if (is('advance')) return { type: 'next' };
	if (is('close')) return { type: 'exit' };
	if (is('help') || is('helpFromText')) return { type: 'help' };
	return undefined;
}
