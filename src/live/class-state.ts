import type { OrderCount } from '../core/grade/grade-order.js';
import type { QuizItem } from '../core/select.js';
import { type JoinGuard, openGuard } from './join-guard.js';
import type { ServerMessage } from './protocol.js';

/** One student in the session. */
export type Player = {
	readonly name: string;
	/** The name as compared for clashes (see nameKey). */
	readonly key: string;
	/** Given at the first join; proves who is rejoining. */
	readonly token: string;
	readonly isConnected: boolean;
	/** Points from revealed questions only, so nothing leaks before a reveal. */
	readonly score: number;
};

/** One student's answer to one question, graded when it came in. */
export type GivenAnswer = {
	readonly key: string;
	readonly given: string;
	readonly correct: boolean;
	/** From the question being shown to the answer arriving. */
	readonly ms: number;
	/** What the answer earns at the reveal. */
	readonly points: number;
	/** Some of an order in place, or part A of a two-part question right and part B not. */
	readonly isPartial?: boolean;
	/** An order question: how many items stood in their place. */
	readonly inPlace?: OrderCount;
	/** A two-part question: part B as chosen, and whether it is right (null: part A was not). */
	readonly support?: { readonly given: string; readonly correct: boolean | null };
};

/** How the teacher set the session up. */
export type ClassSettings = {
	/** The join code, upper case. */
	readonly code: string;
	readonly timeLimitMs: number;
	/** Faster right answers earn more (500–1000 points) instead of one point each. */
	readonly speedBonus: boolean;
	/** Projector mode: no network, no players; the teacher may type how many were right. */
	readonly isLocal: boolean;
};

/** lobby → (question → reveal → standings)… → ended. */
export type ClassPhase = 'lobby' | 'question' | 'reveal' | 'standings' | 'ended';

/** Everything about a class session; the host screen renders it, the server sends from it. */
export type ClassState = {
	readonly settings: ClassSettings;
	readonly items: readonly QuizItem[];
	readonly phase: ClassPhase;
	/** The current question; -1 in the lobby. */
	readonly index: number;
	/** How many questions have been revealed (their points are in the scores). */
	readonly revealed: number;
	readonly askedAt: number;
	readonly deadline: number;
	/** In order of joining. */
	readonly players: readonly Player[];
	/** Answers per asked question, in the order they came. */
	readonly answers: readonly (readonly GivenAnswer[])[];
	/** Projector mode: how many answered right, per question, as the teacher typed it. */
	readonly tallies: readonly (number | null)[];
	/** Projector mode: how many students are in the room, if the teacher said. */
	readonly classSize: number | null;
	/** Wrong join codes and flooders: what the limits remember, and what the host is told. */
	readonly guard: JoinGuard;
	readonly startedAt: number;
	readonly endedAt?: number;
	/** completed: every question was revealed; stopped: the teacher ended early. */
	readonly endReason?: 'completed' | 'stopped';
};

/** Everything that can happen to a session; `at` comes from the caller's clock. */
export type ClassAction =
	| {
			readonly type: 'join';
			readonly v: number;
			readonly code: string;
			readonly name: string;
			readonly token?: string;
			/** The token to hand out if this is a new player. */
			readonly newToken: string;
			/** Where the join came from, as limits count it (see addressKey). */
			readonly from: string;
			readonly at: number;
	  }
	/** A connection was cut off for sending too many messages; `key` if it had joined. */
	| { readonly type: 'flooded'; readonly key: string | undefined }
	| { readonly type: 'disconnect'; readonly key: string; readonly at: number }
	| {
			readonly type: 'answer';
			readonly key: string;
			readonly index: number;
			readonly given: string;
			/** Part B of a two-part question, as sent. */
			readonly support?: string;
			readonly at: number;
	  }
	| { readonly type: 'start'; readonly at: number }
	| { readonly type: 'reveal'; readonly at: number }
	| { readonly type: 'time-up'; readonly index: number; readonly at: number }
	| { readonly type: 'next'; readonly at: number }
	| { readonly type: 'end'; readonly at: number }
	| { readonly type: 'class-size'; readonly size: number }
	| { readonly type: 'tally'; readonly index: number; readonly right: number };

/** A message and who gets it: the connection that acted, every connected player, or one. */
export type Outgoing =
	| { readonly to: 'sender'; readonly message: ServerMessage }
	| { readonly to: 'players'; readonly message: ServerMessage }
	| { readonly to: 'player'; readonly key: string; readonly message: ServerMessage };

/** A transition: the new state, the messages to send, and who joined (for the transport). */
export type ClassStep = {
	readonly state: ClassState;
	readonly out: readonly Outgoing[];
	/** The player key the acting connection now speaks for. */
	readonly joined?: string;
	/** True on the step that ended the session: its results are to be saved, once. */
	readonly ended?: true;
};

/** A session waiting in its lobby. */
export function createClassState(
	items: readonly QuizItem[],
	settings: ClassSettings,
	at: number,
): ClassState {
	return {
		settings,
		items,
		phase: 'lobby',
		index: -1,
		revealed: 0,
		askedAt: at,
		deadline: at,
		players: [],
		answers: [],
		tallies: [],
		classSize: null,
		guard: openGuard,
		startedAt: at,
	};
}

/** Answers to the current question so far. */
export function currentAnswers(state: ClassState): readonly GivenAnswer[] {
	return state.answers[state.index] ?? [];
}

/** Players with an open connection. */
export function connectedCount(state: ClassState): number {
	return state.players.filter((player) => player.isConnected).length;
}
