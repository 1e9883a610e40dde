import type { Key } from 'ink';
import type { Mode } from '../core/modes/mode.js';
import type { QuizItem } from '../core/select.js';
import {
	type EndReason,
	isAtPartB,
	isResumable,
	type SessionAction,
	type SessionState,
	sessionReducer,
} from '../core/session.js';
import type { ModeChoice } from '../format/mode-menu.js';
import { type BindingName, pressed, type Scope } from './keymap.js';

export type { EndReason } from '../core/session.js';

/** A session as it begins: planned (or rebuilt to resume) and already recorded. */
export type BegunSession = {
	/** The session's record id, for whoever records it. */
	readonly id: string;
	readonly session: SessionState;
	readonly mode: Mode;
	readonly seed: string | number;
	/** A quiz sheet: stopped before its end it can be taken again, so its review shows no answers. */
	readonly hidesAnswersWhenStopped?: boolean;
};

/** What the start screen shows. */
export type StartInfo = {
	/** One line about the learner: profile, seen, accuracy, streak. */
	readonly overview: string;
	readonly modes: readonly ModeChoice[];
	/** The unfinished session `r` would resume, described; absent when there is none. */
	readonly resumable?: string;
	/** Which kinds of question the sessions ask (`k` changes it); absent when the bank has one. */
	readonly kinds?: string;
};

/** The whole screen state of the trainer; the session inside it is core's. */
export type AppState = {
	readonly screen: 'start' | 'stats' | 'quiz';
	readonly isHelpOpen: boolean;
	readonly isContextOpen: boolean;
	/** A one-line message on the start screen (e.g. nothing to review). */
	readonly notice?: string;
	/** The keys that work here, after a key that does nothing; gone with the next key that acts. */
	readonly keyHint?: string;
	/** A one-line message about saving answers, shown over the quiz until saving has news. */
	readonly saveNotice?: string;
	readonly start?: StartInfo;
	readonly statsLines?: readonly string[];
	readonly quiz?: BegunSession;
	/** How the current session ended, once it has. */
	readonly ended?: EndReason;
	/** Set when the app should close, with why. */
	readonly exit?: EndReason;
	/** True when the app runs one session and closes after it (no start screen). */
	readonly isSingle: boolean;
	/** Answers and ends being written now. */
	readonly saving: number;
	/** When `next` was pressed while an answer was being written: it goes ahead once saved. */
	readonly waitingAt?: number;
	/** True once a write has taken long (a store lock held elsewhere): the screen says so. */
	readonly isSavingSlowly?: boolean;
};

/** The first state: the session given, or the start screen. */
export function initialAppState(begun?: BegunSession, start?: StartInfo): AppState {
	const base = {
		isHelpOpen: false,
		isContextOpen: false,
		saving: 0,
		isSingle: begun !== undefined,
	};
	return begun
		? { ...base, screen: 'quiz', quiz: begun }
		: { ...base, screen: 'start', ...(start ? { start } : {}) };
}

/** What can happen to the trainer's screens. */
export type AppAction =
	| { readonly type: 'begin'; readonly begun: BegunSession }
	| { readonly type: 'session'; readonly action: SessionAction }
	| { readonly type: 'menu'; readonly start: StartInfo; readonly notice?: string }
	| { readonly type: 'stats'; readonly lines: readonly string[] }
	| { readonly type: 'help' }
	| { readonly type: 'context' }
	| { readonly type: 'back' };

/** The trainer's screens; the session's own moves go to core's reducer, effects to the step. */
export function appReducer(state: AppState, action: AppAction): AppState {
	switch (action.type) {
		case 'begin':
			return { ...leaveScreen(state), screen: 'quiz', quiz: action.begun };
		case 'session': {
			if (!state.quiz) return state;
			const session = sessionReducer(state.quiz.session, action.action);
			if (session === state.quiz.session) return state;
			return { ...state, quiz: { ...state.quiz, session }, isContextOpen: false };
		}
		case 'menu': {
			const notice = action.notice ? { notice: action.notice } : {};
			return { ...leaveScreen(state), screen: 'start', start: action.start, ...notice };
		}
		case 'stats':
			return { ...state, screen: 'stats', statsLines: action.lines };
		case 'help':
			return { ...state, isHelpOpen: !state.isHelpOpen };
		case 'context':
			return { ...state, isContextOpen: !state.isContextOpen };
		case 'back':
			if (state.isHelpOpen) return { ...state, isHelpOpen: false };
			if (state.isContextOpen) return { ...state, isContextOpen: false };
			return state.screen === 'stats' ? { ...state, screen: 'start' } : state;
	}
}

/** The state as a new screen starts: no session, no end, no notice of the last screen. */
function leaveScreen(state: AppState): AppState {
	const { quiz: _, ended: __, notice: ___, ...rest } = state;
	return { ...rest, isContextOpen: false };
}

/**
 * Whether the app closes on a blank frame: a session leaves its summary on screen, but the
 * start screen or the stats, quit, leave no menu behind.
 */
export function isClearedOnExit(state: AppState): boolean {
	return state.exit !== undefined && state.screen !== 'quiz';
}

/** How many things the current screen offers to pick by number (modes, options, items). */
export function pickCount(state: AppState): number {
	if (state.screen === 'start') return state.start?.modes.length ?? 0;
	const session = state.quiz?.session;
	const item = session?.items[session.index];
	if (!session || !item) return 0;
	if (item.question.type === 'order' && !isAtPartB(session)) return item.question.items.length;
	return optionsNow(item, isAtPartB(session)).length;
}

/** The options the question asks to choose from now: part B's lines once part A is answered. */
export function optionsNow(item: QuizItem, isPartB: boolean): readonly string[] {
	if (!isPartB) return item.options;
	return item.supportOptions ?? item.question.support?.choices ?? [];
}

/** Whether the results keep the right answers back: a quiz sheet stopped before its end. */
export function hidesAnswers(quiz: BegunSession): boolean {
	return quiz.hidesAnswersWhenStopped === true && isResumable(quiz.session);
}

/** Which keys apply now. */
export function scopeOf(state: AppState): Scope {
	if (state.isHelpOpen) return 'help';
	if (state.screen !== 'quiz') return state.screen;
	const session = state.quiz?.session;
	if (!session || session.phase === 'done') return 'done';
	if (session.phase === 'feedback') return state.isContextOpen ? 'context' : 'feedback';
	const item = session.items[session.index];
	if (!item) return 'text';
	const isPartB = isAtPartB(session);
	if (item.question.type === 'order' && !isPartB) return 'order';
	return optionsNow(item, isPartB).length > 0 ? 'choice' : 'text';
}

/** The app-level commands keys give; choosing, typing and scrolling belong to components. */
const commands = [
	'interrupt',
	'help',
	'helpFromText',
	'back',
	'quit',
	'quitFromText',
	'stats',
	'resume',
	'kinds',
	'next',
	'context',
	'closeContext',
	'hint',
	'finish',
] as const satisfies readonly BindingName[];

/** An app-level command. */
export type AppCommand = (typeof commands)[number];

/** The command a key gives in the current state, if any. */
export function keyCommand(state: AppState, input: string, key: Key): AppCommand | undefined {
	const scope = scopeOf(state);
	return commands.find((name) => pressed(name, scope, input, key));
}
