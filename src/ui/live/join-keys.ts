import type { Key } from 'ink';
import type { StudentState } from '../../live/student-state.js';
import { type LiveScope, livePressed } from '../keymap.js';
import type { JoinExit } from './join-app.js';

/** What a key asks of the student's screen: leave (and how), or open the list of keys. */
export type JoinCommand =
	| { readonly type: 'leave'; readonly how: JoinExit }
	| { readonly type: 'help' };

/** Which of the keymap's join screens the student's state shows. */
export function joinScope(state: StudentState): LiveScope {
	if (state.phase === 'ended' || state.connection === 'lost') return 'over';
	if (state.phase === 'waiting') return 'waiting';
	if (state.phase !== 'question') return 'locked';
	if (state.question?.kind === 'order') return 'answerOrder';
	return state.question?.options.length === 0 ? 'answerText' : 'answerChoice';
}

/** Maps a key to what it asks of the student's screen; undefined when it does nothing here. */
export function joinCommand(state: StudentState, input: string, key: Key): JoinCommand | undefined {
	const scope = joinScope(state);
	const is = (name: Parameters<typeof livePressed>[0]) => livePressed(name, scope, input, key);
	if (is('leaveNow')) return { type: 'leave', how: 'interrupted' };
	if (is('close')) return { type: 'leave', how: state.phase === 'ended' ? 'completed' : 'lost' };
	if (is('leave') || is('leaveFromText')) return { type: 'leave', how: 'left' };
	if (is('help') || is('helpFromText')) return { type: 'help' };
	return undefined;
}
