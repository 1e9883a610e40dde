import WebSocket from 'ws';
import {
	type ClientMessage,
	decodeServerMessage,
	limits,
	protocolVersion,
	type RefusalReason,
	type ServerMessage,
} from './protocol.js';

/** Who is joining which session. */
export type JoinRequest = {
	/** A ws:// URL (see parseJoinAddress). */
	readonly url: string;
	readonly code: string;
	readonly name: string;
	/** The token from an earlier join, to come back as the same student. */
	readonly token?: string;
	/** Give up on the handshake after this long (default 5 s). */
	readonly timeoutMs?: number;
};

/** The server's welcome. */
export type Welcome = Extract<ServerMessage, { type: 'welcome' }>;

/** Joined, or why not: refused by the server, or the server could not be reached. */
export type JoinResult =
	| { readonly ok: true; readonly connection: LiveConnection; readonly welcome: Welcome }
	| {
			readonly ok: false;
			readonly reason: RefusalReason | 'unreachable';
			readonly message: string;
	  };

/** Connects, sends the join and waits for the welcome or the refusal. */
export function joinSession(request: JoinRequest): Promise<JoinResult> {
	return new Promise((resolve) => {
		const timeoutMs = request.timeoutMs ?? 5000;
		const socket = new WebSocket(request.url, {
			maxPayload: limits.maxPayload,
			handshakeTimeout: timeoutMs,
		});
		const timer = setTimeout(() => {
			finish({ ok: false, reason: 'unreachable', message: `no answer within ${timeoutMs} ms` });
			socket.terminate();
		}, timeoutMs);
		let isDone = false;
		const finish = (result: JoinResult) => {
			if (isDone) return;
			isDone = true;
			clearTimeout(timer);
			socket.off('message', onFirst);
			resolve(result);
		};
		const onFirst = (data: WebSocket.RawData) => {
			const decoded = decodeServerMessage(String(data));
			if (!decoded.ok) return;
			const message = decoded.message;
			if (message.type === 'welcome') {
				finish({ ok: true, connection: new LiveConnection(socket), welcome: message });
			} else if (message.type === 'refused') {
				finish({ ok: false, reason: message.reason, message: message.message });
				socket.close();
			}
		};
		socket.on('message', onFirst);
		socket.once('open', () => {
			const join: ClientMessage = {
				v: protocolVersion,
				type: 'join',
				code: request.code,
				name: request.name,
				...(request.token ? { token: request.token } : {}),
			};
			socket.send(JSON.stringify(join));
		});
		socket.on('error', (error) => {
			finish({ ok: false, reason: 'unreachable', message: error.message || String(error) });
		});
		socket.once('close', () => {
			finish({ ok: false, reason: 'unreachable', message: 'the server closed the connection' });
		});
	});
}

/**
 * A joined student's connection: validated messages from the server (held until someone
 * listens, so none is lost between the welcome and the first screen) and answers to it.
 */
export class LiveConnection {
	readonly #socket: WebSocket;
	readonly #held: ServerMessage[] = [];
	#onMessage: ((message: ServerMessage) => void) | undefined;
	#onClose: (() => void) | undefined;
	#isClosed = false;

	constructor(socket: WebSocket) {
		this.#socket = socket;
		socket.on('message', (data) => {
			const decoded = decodeServerMessage(String(data));
			if (!decoded.ok) return; // a newer server's extra message: nothing to show
			if (this.#onMessage) this.#onMessage(decoded.message);
			else this.#held.push(decoded.message);
		});
		socket.on('error', () => {}); // a close follows; the screen reports that
		socket.once('close', () => {
			this.#isClosed = true;
			this.#onClose?.();
		});
	}

	/** Delivers held and future messages to `listener`; returns the way to stop. */
	onMessage(listener: (message: ServerMessage) => void): () => void {
		this.#onMessage = listener;
		for (const message of this.#held.splice(0)) listener(message);
		return () => {
			if (this.#onMessage === listener) this.#onMessage = undefined;
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

	/** Sends an answer to question `index`. */
	answer(index: number, answer: string): void {
		const message: ClientMessage = { v: protocolVersion, type: 'answer', index, answer };
		if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message));
	}

	/** Closes the connection; the session keeps this student's score for a rejoin. */
	close(): void {
		this.#onClose = undefined;
		this.#socket.close(1000, 'bye');
	}
}
