import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { ClassSession, Sender } from './class-session.js';
import { frameText } from './frames.js';
import { decodeClientMessage, limits, type ServerMessage } from './protocol.js';

/** Where and how to listen. */
export type LiveServerOptions = {
	readonly session: ClassSession;
	/** The address to bind: 127.0.0.1 for this machine only, 0.0.0.0 for a classroom network. */
	readonly host: string;
	/** 0 picks a free port. */
	readonly port: number;
	/** Frames larger than this are dropped and counted (default limits.frameBytes). */
	readonly frameBytes?: number;
	/** Frames larger than this close the connection (default limits.maxPayload). */
	readonly maxPayload?: number;
	/** A connection that has not joined after this long is closed (default 15 s). */
	readonly joinTimeoutMs?: number;
};

/** What the server has seen: every frame, and the ones it dropped. */
export type FrameCounts = {
	received: number;
	/** Not JSON, not a known message, binary, or not allowed at that point (e.g. answer before join). */
	malformed: number;
	/** Over the frame limit (dropped) or over maxPayload (connection closed). */
	oversized: number;
};

/** A client that stops reading is cut off before its queue eats the teacher's memory. */
const maxBufferedBytes = 1024 * 1024;

/** The WebSocket side of a class session (ws): one connection per student. */
export class LiveServer {
	/** Starts listening; rejects with the system error (e.g. EADDRINUSE) when it cannot. */
	static start(options: LiveServerOptions): Promise<LiveServer> {
		return new Promise((resolve, reject) => {
			const wss = new WebSocketServer({
				host: options.host,
				port: options.port,
				maxPayload: options.maxPayload ?? limits.maxPayload,
				clientTracking: true,
			});
			wss.once('error', reject);
			wss.once('listening', () => {
				wss.off('error', reject);
				resolve(new LiveServer(wss, options));
			});
		});
	}

	/** The port listened on. */
	readonly port: number;
	/** The address bound. */
	readonly host: string;
	/** Frames seen and dropped so far. */
	readonly counts: FrameCounts = { received: 0, malformed: 0, oversized: 0 };
	readonly #wss: WebSocketServer;
	readonly #session: ClassSession;
	readonly #sockets = new Map<string, WebSocket>();
	readonly #frameBytes: number;
	readonly #joinTimeoutMs: number;
	/** The newest lobby head count not yet sent, and the timer that sends it. */
	#lobby: string | undefined;
	#lobbyTimer: NodeJS.Timeout | undefined;

	private constructor(wss: WebSocketServer, options: LiveServerOptions) {
		this.#wss = wss;
		this.#session = options.session;
		this.#frameBytes = options.frameBytes ?? limits.frameBytes;
		this.#joinTimeoutMs = options.joinTimeoutMs ?? 15_000;
		const address = wss.address() as AddressInfo;
		this.port = address.port;
		this.host = options.host;
		wss.on('error', () => {}); // after listening, errors belong to single connections
		wss.on('connection', (socket) => this.#accept(socket));
		this.#session.attach({
			toPlayer: (key, message) => {
				const socket = this.#sockets.get(key);
				if (socket) this.#send(socket, JSON.stringify(message));
			},
			toPlayers: (message) => {
				const text = JSON.stringify(message);
				if (message.type === 'lobby') return this.#lobbyLater(text);
				this.#lobby = undefined;
				this.#broadcast(text);
			},
		});
	}

	/** How many students are connected right now. */
	get connections(): number {
		return this.#sockets.size;
	}

	/** Says goodbye to every client (closing frames), then stops listening. */
	async close(): Promise<void> {
		clearTimeout(this.#lobbyTimer);
		const clients = [...this.#wss.clients];
		const closed = clients.map(
			(socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
		);
		for (const socket of clients) socket.close(1001, 'session ended');
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<void>((resolve) => {
			timer = setTimeout(resolve, 1000);
		});
		await Promise.race([Promise.all(closed), late]);
		clearTimeout(timer);
		for (const socket of this.#wss.clients) socket.terminate();
		await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
	}

	#accept(socket: WebSocket): void {
		let key: string | undefined;
		const joinTimer = setTimeout(() => {
			if (key === undefined) socket.close(4002, 'join within 15 seconds');
		}, this.#joinTimeoutMs);
		const sender: Sender = {
			send: (message: ServerMessage) => this.#send(socket, JSON.stringify(message)),
			bind: (joined) => {
				const previous = this.#sockets.get(joined);
				// The same student on a new connection: the old one is let go quietly.
				if (previous && previous !== socket) previous.close(4000, 'rejoined elsewhere');
				this.#sockets.set(joined, socket);
				key = joined;
				clearTimeout(joinTimer);
			},
		};
		socket.on('message', (data, isBinary) => {
			this.counts.received += 1;
			const frame = frameText(data, isBinary, this.#frameBytes);
			const decoded = frame.ok ? decodeClientMessage(frame.text) : undefined;
			if (!frame.ok && frame.reason === 'oversized') this.counts.oversized += 1;
			else if (!decoded?.ok) this.counts.malformed += 1;
			if (!decoded?.ok) return;
			const message = decoded.message;
			const at = this.#session.now();
			if (message.type === 'join' && key === undefined) {
				const step = this.#session.dispatch({ ...message, newToken: newToken(), at }, sender);
				if (step.joined === undefined) socket.close(4001, 'join refused');
			} else if (message.type === 'answer' && key !== undefined) {
				const { index, answer } = message;
				this.#session.dispatch({ type: 'answer', key, index, given: answer, at }, sender);
			} else {
				this.counts.malformed += 1;
			}
		});
		socket.on('error', (error: Error & { code?: string }) => {
			if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.counts.oversized += 1;
			else this.counts.malformed += 1;
		});
		socket.on('close', () => {
			clearTimeout(joinTimer);
			if (key === undefined || this.#sockets.get(key) !== socket) return;
			this.#sockets.delete(key);
			this.#session.dispatch({ type: 'disconnect', key, at: this.#session.now() });
		});
	}

	/**
	 * Head counts are sent at most every 100 ms: a class joining at once would otherwise get one
	 * count per join each, n² frames (45,000 for 300 students).
	 */
	#lobbyLater(text: string): void {
		this.#lobby = text;
		this.#lobbyTimer ??= setTimeout(() => {
			this.#lobbyTimer = undefined;
			if (this.#lobby !== undefined) this.#broadcast(this.#lobby);
			this.#lobby = undefined;
		}, 100);
	}

	#broadcast(text: string): void {
		for (const socket of this.#sockets.values()) this.#send(socket, text);
	}

	#send(socket: WebSocket, text: string): void {
		if (socket.readyState !== socket.OPEN) return;
		if (socket.bufferedAmount > maxBufferedBytes) {
			socket.terminate();
			return;
		}
		socket.send(text);
	}
}

/** 48 random bits: short enough to type from a screen, far too many to guess in a lesson. */
function newToken(): string {
	return randomBytes(6).toString('hex');
}
