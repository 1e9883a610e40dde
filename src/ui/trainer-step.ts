import type { Mode } from '../core/modes/mode.js';
import {
	type AnsweredItem,
	type EndReason,
	endReasonOf,
	type SessionAction,
} from '../core/session.js';
import {
	type AppCommand,
	type AppState,
	appReducer,
	type BegunSession,
	pickCount,
	type StartInfo,
	scopeOf,
} from './app-state.js';
import { wrongKeyHint } from './keymap.js';

/** A session to run, or why there is none. */
export type BeginResult = BegunSession | { readonly notice: string };

/** What the trainer asks the outside world to do; the runner carries these out. */
export type TrainerEffect =
	/** Save one answer the moment it is graded. */
	| { readonly type: 'record'; readonly answer: AnsweredItem; readonly quiz: BegunSession }
	/** A session ended, and how; decided in `endReasonOf`. */
	| { readonly type: 'end'; readonly quiz: BegunSession; readonly reason: EndReason }
	/** Plan a new session of `mode`, or rebuild the last unfinished one. */
	| { readonly type: 'begin'; readonly mode: Mode }
	| { readonly type: 'resume' }
	/** Ask the next kind of question (a skill, or every kind), and show the start screen afresh. */
	| { readonly type: 'kinds' }
	/** Read the stats, or the start screen afresh. */
	| { readonly type: 'stats' }
	| { readonly type: 'menu'; readonly notice?: string }
	/** Close the app, with why (Ctrl+C exits 130). */
	| { readonly type: 'exit'; readonly reason: EndReason };

/** What can happen to the trainer: keys as commands, answers, the clock, and news from outside. */
export type TrainerAction =
	| { readonly type: 'command'; readonly command: AppCommand; readonly at: number }
	| { readonly type: 'answer'; readonly given: string; readonly at: number }
	| { readonly type: 'choose'; readonly mode: Mode }
	| { readonly type: 'tick'; readonly at: number }
	/** A key a component acted on (a move, a typed letter), or one nothing acts on here. */
	| { readonly type: 'key' }
	| { readonly type: 'wrongKey' }
	/** A write of a `record` or `end` effect settled; a notice when saving has news. */
	| { readonly type: 'saved'; readonly notice: string | undefined }
	/** A write has been waiting a while. */
	| { readonly type: 'slow' }
	| { readonly type: 'begun'; readonly result: BeginResult }
	| { readonly type: 'menu'; readonly start: StartInfo; readonly notice?: string }
	| { readonly type: 'stats'; readonly lines: readonly string[] };

/** The new state and what to do about it. */
export type TrainerStep = { readonly state: AppState; readonly effects: readonly TrainerEffect[] };

const none = (state: AppState): TrainerStep => ({ state, effects: [] });

/**
 * The trainer's pure transition function, shaped like the class session's: the runner feeds it
 * commands, answers and the clock, and carries out the effects it returns.
 */
export function trainerStep(state: AppState, action: TrainerAction): TrainerStep {
	switch (action.type) {
		case 'wrongKey': {
			const keyHint = wrongKeyHint(scopeOf(state), pickCount(state));
			return none(
				keyHint === undefined || keyHint === state.keyHint ? state : { ...state, keyHint },
			);
		}
		case 'key':
			return none(withoutKeyHint(state));
		case 'command':
			return command(withoutKeyHint(state), action.command, action.at);
		case 'answer':
			return play(withoutKeyHint(state), { type: 'answer', given: action.given, at: action.at });
		case 'choose':
			return { state: withoutKeyHint(state), effects: [{ type: 'begin', mode: action.mode }] };
		case 'tick': {
			const session = state.quiz?.session;
			if (session?.deadline === undefined || action.at < session.deadline) return none(state);
			return play(state, { type: 'timeUp', at: action.at });
		}
		case 'saved':
			return saved(state, action.notice);
		case 'slow':
			return none(state.saving > 0 ? { ...state, isSavingSlowly: true } : state);
		case 'begun':
			return 'notice' in action.result
				? { state, effects: [{ type: 'menu', notice: action.result.notice }] }
				: none(appReducer(state, { type: 'begin', begun: action.result }));
		case 'menu':
			return none(appReducer(state, action));
		case 'stats':
			return none(appReducer(state, action));
	}
}

function command(state: AppState, name: AppCommand, at: number): TrainerStep {
	const isRunning = state.quiz !== undefined && state.quiz.session.phase !== 'done';
	switch (name) {
		case 'interrupt':
		case 'quit':
		case 'quitFromText': {
			const reason = name === 'interrupt' ? 'interrupted' : 'quit';
			if (isRunning) return play(state, { type: 'quit', at }, reason);
			return exit(state, reason);
		}
		case 'help':
		case 'helpFromText':
			return none(appReducer(state, { type: 'help' }));
		case 'back':
			return none(appReducer(state, { type: 'back' }));
		case 'context':
		case 'closeContext':
			return none(appReducer(state, { type: 'context' }));
		case 'stats':
			return { state, effects: [{ type: 'stats' }] };
		case 'resume':
			return { state, effects: [{ type: 'resume' }] };
		case 'kinds':
			return { state, effects: [{ type: 'kinds' }] };
		case 'hint':
			return play(state, { type: 'hint' });
		case 'next':
			// The answer is on disk before the next question shows: wait while it is being written.
			if (state.saving > 0) return none({ ...state, waitingAt: at });
			return play(state, { type: 'next', at });
		case 'finish':
			if (state.isSingle) return exit(state, state.ended ?? 'completed');
			return { state, effects: [{ type: 'menu' }] };
	}
}

/** A move of the session: records a new answer, and ends the session when it is over. */
function play(state: AppState, action: SessionAction, asked?: 'quit' | 'interrupted'): TrainerStep {
	const before = state.quiz;
	const moved = appReducer(state, { type: 'session', action });
	const after = moved.quiz;
	if (!before || !after || moved === state) return none(state);
	const effects: TrainerEffect[] = [];
	let next = moved;
	const newest = after.session.answered.at(-1);
	if (newest && after.session.answered.length > before.session.answered.length) {
		effects.push({ type: 'record', answer: newest, quiz: after });
		next = { ...next, saving: next.saving + 1 };
	}
	if (after.session.phase !== 'done' || before.session.phase === 'done') {
		return { state: next, effects };
	}
	const reason = endReasonOf(after.session, asked);
	effects.push({ type: 'end', quiz: after, reason });
	next = { ...next, ended: reason, saving: next.saving + 1 };
	// Quitting leaves the summary on screen and closes; a finished session waits for a key.
	if (!asked) return { state: next, effects };
	const closing = exit(next, asked);
	return { state: closing.state, effects: [...effects, ...closing.effects] };
}

/** The state without its wrong-key hint (the same state when there is none). */
function withoutKeyHint(state: AppState): AppState {
	if (state.keyHint === undefined) return state;
	const { keyHint: _, ...rest } = state;
	return rest;
}

function exit(state: AppState, reason: EndReason): TrainerStep {
	if (state.exit) return none(state);
	return { state: { ...state, exit: reason }, effects: [{ type: 'exit', reason }] };
}

/** A write settled: its notice shows, and a `next` that waited for it goes ahead. */
function saved(state: AppState, notice: string | undefined): TrainerStep {
	const { waitingAt, isSavingSlowly, ...rest } = state;
	// A notice stays until saving has news: a failure goes on, or saving works again.
	const base: AppState = {
		...rest,
		saving: Math.max(0, state.saving - 1),
		...(notice === undefined ? {} : { saveNotice: notice }),
	};
	if (base.saving > 0) {
		return none({
			...base,
			...(waitingAt === undefined ? {} : { waitingAt }),
			...(isSavingSlowly ? { isSavingSlowly } : {}),
		});
	}
	if (waitingAt === undefined) return none(base);
	return play(base, { type: 'next', at: waitingAt });
}
