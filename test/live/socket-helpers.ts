import { expect } from 'vitest';
import WebSocket from 'ws';
import type { QuizItem } from '../../src/core/select.js';
import { ClassSession } from '../../src/live/class-session.js';
import { createClassState } from '../../src/live/class-state.js';
import { LiveServer, type LiveServerOptions } from '../../src/live/server.js';
import { items, settings } from './helpers.js';

/** Polls `condition` every few milliseconds until it holds; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000) {
	const started = Date.now();
	while (!condition()) {
		if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

// biome-ignore lint/suspicious/noExplicitAny: frames are checked field by field, as raw JSON.
export type Frame = Record<string, any>;

/** A scripted student on a raw socket that records every frame it receives. */
export class RecordingClient {
	/** Every text frame, as received. */
	readonly frames: string[] = [];
	closed: { code: number; reason: string } | undefined;
	readonly #socket: WebSocket;

	private constructor(socket: WebSocket) {
		this.#socket = socket;
		socket.on('message', (data) => this.frames.push(String(data)));
		socket.on('error', () => {});
		socket.on('close', (code, reason) => {
			this.closed = { code, reason: String(reason) };
		});
	}

	/** Connects to the server on 127.0.0.1, from `localAddress` (another loopback address) if given. */
	static async open(port: number, localAddress?: string): Promise<RecordingClient> {
		const socket = new WebSocket(`ws://127.0.0.1:${port}`, localAddress ? { localAddress } : {});
		await new Promise((resolve, reject) => {
			socket.once('open', resolve);
			socket.once('error', reject);
		});
		return new RecordingClient(socket);
	}

	/** Frames parsed as JSON. */
	get messages(): Frame[] {
		return this.frames.map((frame) => JSON.parse(frame));
	}

	/** Messages of one type. */
	of(type: string): Frame[] {
		return this.messages.filter((message) => message.type === type);
	}

	/** Sends a message object, or raw text or bytes as they are. */
	send(data: object | string | Buffer): void {
		const raw = typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data);
		this.#socket.send(raw);
	}

	/** Sends a join (protocol 1, code ABCDE unless given). */
	join(name: string, extra: Record<string, unknown> = {}): void {
		this.send({ v: 1, type: 'join', code: 'ABCDE', name, ...extra });
	}

	/** Sends an answer, with part B of a two-part question when given. */
	answer(index: number, answer: string, support?: string): void {
		this.send({
			v: 1,
			type: 'answer',
			index,
			answer,
			...(support === undefined ? {} : { support }),
		});
	}

	/** Waits until a message of `type` (and matching `where`) has arrived; returns it. */
	async next(type: string, where: (message: Frame) => boolean = () => true): Promise<Frame> {
		let found: Frame | undefined;
		await waitFor(() => {
			found = this.of(type).find(where);
			return found !== undefined;
		}, `a ${type} message`);
		return found as Frame;
	}

	/** Waits for the connection to close. */
	async whenClosed(): Promise<{ code: number; reason: string }> {
		await waitFor(() => this.closed !== undefined, 'the connection to close');
		return this.closed as { code: number; reason: string };
	}

	/** Closes this side. */
	close(): void {
		this.#socket.close();
	}

	/** Drops the connection without a closing handshake, as a lost network does. */
	drop(): void {
		this.#socket.terminate();
	}
}

/** How the session behind a test server is made. */
export type TestSessionOptions = {
	/** The session's clock (default Date.now): tests of time limits move it by hand. */
	readonly now?: () => number;
	/** The questions asked (default the helper questions). */
	readonly items?: readonly QuizItem[];
};

/** A session over the helper questions and a server for it on 127.0.0.1, port chosen by the system. */
export async function startTestServer(
	extra: Partial<Omit<LiveServerOptions, 'session'>> = {},
	timeLimitMs = 60_000,
	{ now = Date.now, items: asked = items }: TestSessionOptions = {},
) {
	const session = new ClassSession(
		createClassState(asked, { ...settings, timeLimitMs }, now()),
		now,
	);
	const server = await LiveServer.start({ session, host: '127.0.0.1', port: 0, ...extra });
	const clients: RecordingClient[] = [];
	return {
		session,
		server,
		/** Opens a client and joins it as `name`, waiting for the welcome. */
		async student(name: string): Promise<RecordingClient> {
			const client = await RecordingClient.open(server.port);
			clients.push(client);
			client.join(name);
			await client.next('welcome');
			return client;
		},
		/** Opens a client without joining; from another loopback address if given. */
		async open(localAddress?: string): Promise<RecordingClient> {
			const client = await RecordingClient.open(server.port, localAddress);
			clients.push(client);
			return client;
		},
		/**
		 * Joins once with a wrong code (as `newName`) and once as `takenName`, and waits for both
		 * refusals; the two clients, for what a test checks next.
		 */
		async refusedJoins(newName: string, takenName: string) {
			const wrongCode = await this.open();
			wrongCode.join(newName, { code: 'QQQQQ' });
			const taken = await this.open();
			taken.join(takenName);
			expect(await wrongCode.next('refused')).toMatchObject({ reason: 'wrong-code' });
			expect(await taken.next('refused')).toMatchObject({ reason: 'name-taken' });
			return { wrongCode, taken };
		},
		async stop() {
			for (const client of clients) client.drop();
			session.close();
			await server.close();
		},
	};
}
