import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { addressKey } from './address.js';
import type { ClassSession } from './class-session.js';
import { encodeServerMessage } from './codec.js';
import { type ConnectionContext, type FrameCounts, serveConnection } from './connection.js';
import { limits } from './protocol.js';

export type { FrameCounts } from './connection.js';

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
	readonly #context: ConnectionContext;
	/** The newest lobby head count not yet sent, and the timer that sends it. */
	#lobby: string | undefined;
	#lobbyTimer: NodeJS.Timeout | undefined;

	private constructor(wss: WebSocketServer, options: LiveServerOptions) {
		this.#wss = wss;
		this.#session = options.session;
		this.#context = {
			session: options.session,
			counts: this.counts,
			frameBytes: options.frameBytes ?? limits.frameBytes,
			joinTimeoutMs: options.joinTimeoutMs ?? 15_000,
			send: (socket, message) => this.#send(socket, encodeServerMessage(message)),
			bind: (key, socket) => {
				const previous = this.#sockets.get(key);
				// The same student on a new connection: the old one is let go quietly.
				if (previous && previous !== socket) previous.close(4000, 'rejoined elsewhere');
				this.#sockets.set(key, socket);
			},
			release: (key, socket) => this.#sockets.get(key) === socket && this.#sockets.delete(key),
		};
		const address = wss.address() as AddressInfo;
		this.port = address.port;
		this.host = options.host;
		wss.on('error', () => {}); // after listening, errors belong to single connections
		wss.on('connection', (socket, request) => {
			serveConnection(socket, addressKey(request.socket.remoteAddress), this.#context);
		});
		this.#session.attach({
			toPlayer: (key, message) => {
				const socket = this.#sockets.get(key);
				if (socket) this.#send(socket, encodeServerMessage(message));
			},
			toPlayers: (message) => {
				const text = encodeServerMessage(message);
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
