import WebSocket from 'ws';
import { decodeServerMessage } from './codec.js';
import { type ClientMessage, protocolVersion, type ServerMessage } from './protocol.js';
import { toWireText } from './wire-text.js';

/** A validated message, or why a frame from the server was refused. */
type Incoming = { readonly message: ServerMessage } | { readonly problem: string };

/**
 * A joined student's connection: validated messages from the server (held until someone
 * listens, so none is lost between the welcome and the first screen) and answers to it.
 */
export class LiveConnection {
	readonly #socket: WebSocket;
	readonly #held: Incoming[] = [];
	#onIncoming: ((incoming: Incoming) => void) | undefined;
	#onClose: (() => void) | undefined;
	#isClosed = false;

	constructor(socket: WebSocket) {
		this.#socket = socket;
		socket.on('message', (data) => {
			const decoded = decodeServerMessage(String(data));
			// A frame that does not decode is a newer server's extra message: nothing to show,
			// unless it holds control characters: then the student is told it was refused.
			if (!decoded.ok && !decoded.isUnsafe) return;
			const incoming = decoded.ok ? { message: decoded.message } : { problem: decoded.problem };
			if (this.#onIncoming) this.#onIncoming(incoming);
			else this.#held.push(incoming);
		});
		socket.on('error', () => {}); // a close follows; the screen reports that
		socket.once('close', () => {
			this.#isClosed = true;
			this.#onClose?.();
		});
	}

	/**
	 * Delivers held and future messages to `listener`, and why a frame was refused to
	 * `onRefused`; returns the way to stop.
	 */
	onMessage(
		listener: (message: ServerMessage) => void,
		onRefused: (problem: string) => void = () => {},
	): () => void {
		const deliver = (incoming: Incoming) =>
			'message' in incoming ? listener(incoming.message) : onRefused(incoming.problem);
		this.#onIncoming = deliver;
		for (const incoming of this.#held.splice(0)) deliver(incoming);
		return () => {
			if (this.#onIncoming === deliver) this.#onIncoming = undefined;
		};
	}

	/** Calls `listener` once when the connection closes (at once if it already has). */
	onClose(listener: () => void): () => void {
		this.#onClose = listener;
		if (this.#isClosed) listener();
		return () => {
			if (this.#onClose === listener) this.#onClose = undefined;
		};
	}

	/**
	 * Sends an answer to question `index`, with part B of a two-part question (a pasted tab or
	 * line break goes as a space).
	 */
	answer(index: number, answer: string, support?: string): void {
		const message: ClientMessage = {
			v: protocolVersion,
			type: 'answer',
			index,
			answer: toWireText(answer),
			...(support === undefined ? {} : { support: toWireText(support) }),
		};
		if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message));
	}

	/** Closes the connection; the session keeps this student's score for a rejoin. */
	close(): void {
		this.#onClose = undefined;
		this.#socket.close(1000, 'bye');
	}
}
