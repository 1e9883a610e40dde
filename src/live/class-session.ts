import { classReducer } from './class-reducer.js';
import type { ClassAction, ClassState, ClassStep } from './class-state.js';
import type { ServerMessage } from './protocol.js';

/** Where messages for players go: the network server, or nowhere in projector mode. */
export type Transport = {
	/** Sends to one player, if connected. */
	toPlayer(key: string, message: ServerMessage): void;
	/** Sends to every connected player. */
	toPlayers(message: ServerMessage): void;
};

/** The connection an action came from. */
export type Sender = {
	/** Replies to this connection only. */
	send(message: ServerMessage): void;
	/** This connection now speaks for player `key`; called before anything is delivered. */
	bind(key: string): void;
};

/**
 * A running class session: holds the state, runs the reducer, delivers its messages and closes
 * a question when its time is up. The host screen subscribes to it; the server feeds it.
 */
export class ClassSession {
	#state: ClassState;
	readonly #now: () => number;
	readonly #listeners = new Set<() => void>();
	#transport: Transport | undefined;
	#timer: NodeJS.Timeout | undefined;
	#timerIndex = -1;

	constructor(state: ClassState, now: () => number = Date.now) {
		this.#state = state;
		this.#now = now;
	}

	/** The current state (a new object after every change). */
	readonly getState = (): ClassState => this.#state;

	/** Calls `listener` after every change; returns the unsubscribe function. */
	readonly subscribe = (listener: () => void): (() => void) => {
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
		};
	};

	/** Routes player messages to `transport` from now on. */
	attach(transport: Transport): void {
		this.#transport = transport;
	}

	/** The session's clock (one function for the session's life, so hooks can depend on it). */
	readonly now = (): number => this.#now();

	/** Applies one action (stamped by the caller) and delivers what it says to send. */
	dispatch(action: ClassAction, sender?: Sender): ClassStep {
		const before = this.#state;
		const step = classReducer(before, action);
		this.#state = step.state;
		if (step.joined !== undefined) sender?.bind(step.joined);
		for (const outgoing of step.out) {
			if (outgoing.to === 'sender') sender?.send(outgoing.message);
			else if (outgoing.to === 'players') this.#transport?.toPlayers(outgoing.message);
			else this.#transport?.toPlayer(outgoing.key, outgoing.message);
		}
		this.#schedule();
		if (step.state !== before) for (const listener of this.#listeners) listener();
		return step;
	}

	/** Stops the question timer; the state stays readable. */
	close(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	/** Keeps exactly one timer, for the open question's deadline. */
	#schedule(): void {
		const state = this.#state;
		if (state.phase !== 'question') {
			this.close();
			this.#timerIndex = -1;
			return;
		}
		if (this.#timer && this.#timerIndex === state.index) return;
		this.close();
		this.#timerIndex = state.index;
		const index = state.index;
		this.#timer = setTimeout(
			() => {
				this.#timer = undefined;
				this.dispatch({ type: 'time-up', index, at: this.#now() });
			},
			Math.max(0, state.deadline - this.#now()),
		);
	}
}
