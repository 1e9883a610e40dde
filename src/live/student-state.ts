import type { PublicQuestion, ServerMessage } from './protocol.js';

/** The reveal a student gets. */
export type RevealMessage = Extract<ServerMessage, { type: 'reveal' }>;
/** The end a student gets. */
export type EndedMessage = Extract<ServerMessage, { type: 'ended' }>;

/** What a student's screen shows; built only from what the server sent this student. */
export type StudentState = {
	readonly name: string;
	/** The token to rejoin with after a drop. */
	readonly token: string;
	readonly total: number;
	readonly score: number;
	/** waiting: lobby; question: answering; locked: answered (or too late); reveal; ended. */
	readonly phase: 'waiting' | 'question' | 'locked' | 'reveal' | 'ended';
	/** Students in the lobby. */
	readonly players: number;
	readonly question?: PublicQuestion;
	/** When the question closes, on this machine's clock. */
	readonly deadline: number;
	/** An answer is on its way; another is not sent until the server replies. */
	readonly isSending: boolean;
	/** The locked answer; null when the question closed before an answer. */
	readonly given?: string | null;
	/** The locked part B of a two-part question. */
	readonly givenSupport?: string;
	/** Why the last answer was refused. */
	readonly error?: string;
	readonly reveal?: RevealMessage;
	readonly ended?: EndedMessage;
	readonly connection: 'open' | 'reconnecting' | 'lost';
	/** Why the connection is lost for good. */
	readonly lostReason?: string;
	/** The last message from the session that was refused unseen (it held control characters). */
	readonly refusedFrame?: string;
};

/** Everything that happens to a student's screen; `at` is this machine's clock. */
export type StudentEvent =
	| { readonly type: 'message'; readonly message: ServerMessage; readonly at: number }
	| { readonly type: 'send'; readonly given: string }
	| { readonly type: 'connection-lost' }
	| { readonly type: 'rejoined' }
	| { readonly type: 'gave-up'; readonly reason: string }
	| { readonly type: 'refused-frame'; readonly problem: string };

/** Which screen a student sees: once the session cannot be reached again, only that. */
export type StudentScreen = StudentState['phase'] | 'lost';

/** The screen the state shows: a lost connection outranks the phase it was lost in. */
export function studentScreen(state: StudentState): StudentScreen {
	return state.connection === 'lost' ? 'lost' : state.phase;
}

/** Whether the screen shows the short rejoin line (the waiting room shows the whole command). */
export function showsRejoinLine(screen: StudentScreen): boolean {
	return screen === 'question' || screen === 'locked' || screen === 'reveal';
}

/** The screen right after the welcome. */
export function startStudent(welcome: Extract<ServerMessage, { type: 'welcome' }>): StudentState {
	return {
		name: welcome.name,
		token: welcome.token,
		total: welcome.total,
		score: welcome.score,
		phase: 'waiting',
		players: 0,
		deadline: 0,
		isSending: false,
		connection: 'open',
	};
}

/** The pure transition function of the student's screen. */
export function studentReducer(state: StudentState, event: StudentEvent): StudentState {
	switch (event.type) {
		case 'send':
			return state.phase === 'question' && !state.isSending
				? { ...state, isSending: true, error: undefined }
				: state;
		case 'connection-lost':
			return state.phase === 'ended' ? state : { ...state, connection: 'reconnecting' };
		case 'rejoined':
			return { ...state, connection: 'open', isSending: false };
		case 'gave-up':
			return { ...state, connection: 'lost', lostReason: event.reason };
		case 'refused-frame':
			return { ...state, refusedFrame: event.problem };
		case 'message':
			return onMessage(state, event.message, event.at);
	}
}

function onMessage(state: StudentState, message: ServerMessage, at: number): StudentState {
	switch (message.type) {
		case 'welcome':
			return { ...state, name: message.name, token: message.token, score: message.score };
		case 'refused':
			return state;
		case 'lobby':
			return { ...state, players: message.players };
		case 'question': {
			const { error: _, given: __, reveal: ___, givenSupport: ____, ...rest } = state;
			return {
				...rest,
				phase: 'question',
				question: message.question,
				deadline: at + message.question.remainingMs,
				isSending: false,
			};
		}
		case 'locked':
			if (state.question?.index !== message.index) return state;
			return {
				...state,
				phase: 'locked',
				given: message.given,
				...(message.support === undefined ? {} : { givenSupport: message.support }),
				isSending: false,
			};
		case 'answer-refused':
			if (state.question?.index !== message.index) return state;
			if (message.reason === 'invalid')
				return { ...state, isSending: false, error: message.message };
			return { ...state, phase: 'locked', given: null, isSending: false, error: message.message };
		case 'reveal':
			return { ...state, phase: 'reveal', reveal: message, score: message.score, isSending: false };
		case 'ended':
			return { ...state, phase: 'ended', ended: message, score: message.score, isSending: false };
	}
}
