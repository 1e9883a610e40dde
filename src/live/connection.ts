import { randomBytes } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { ClassSession, Sender } from './class-session.js';
import { decodeClientMessage } from './codec.js';
import { frameText } from './frames.js';
import type { ServerMessage } from './protocol.js';
import { type Bucket, type RateRule, take } from './rate-limit.js';

/**
 * Frames one connection may send: 30 at once, then 10 a second. A student sends one join and
 * one answer a question; a client over this is cut off and the host is told.
 */
export const messageLimit = { burst: 30, refillMs: 100 } as const satisfies RateRule;

/** What the server has seen: every frame, and the ones it dropped. */
export type FrameCounts = {
	received: number;
	/** Not JSON, not a known message, binary, or not allowed at that point (e.g. answer before join). */
	malformed: number;
	/** Over the frame limit (dropped) or over maxPayload (connection closed). */
	oversized: number;
};

/** What one student's connection needs from the server around it. */
export type ConnectionContext = {
	readonly session: ClassSession;
	readonly counts: FrameCounts;
	readonly frameBytes: number;
	readonly joinTimeoutMs: number;
	/** Sends to this socket (or cuts it off if it stopped reading). */
	readonly send: (socket: WebSocket, message: ServerMessage) => void;
	/** The connection now speaks for player `key`. */
	readonly bind: (key: string, socket: WebSocket) => void;
	/** The connection closed; true when it still spoke for `key`. */
	readonly release: (key: string, socket: WebSocket) => boolean;
};

/**
 * Reads one student's frames from address `from` (see addressKey): one join, then answers. A
 * refused join ends the connection: frames already received behind it are not read, so a socket
 * cannot pipeline guesses. A connection over the message limit is cut off at once.
 */
export function serveConnection(socket: WebSocket, from: string, context: ConnectionContext) {
	const { session, counts } = context;
	let key: string | undefined;
	let isRefused = false;
	let isCutOff = false;
	let bucket: Bucket | undefined;
	const joinTimer = setTimeout(() => {
		if (key === undefined) socket.close(4002, 'join within 15 seconds');
	}, context.joinTimeoutMs);
	const sender: Sender = {
		send: (message) => context.send(socket, message),
		bind: (joined) => {
			context.bind(joined, socket);
			key = joined;
			clearTimeout(joinTimer);
		},
	};
	socket.on('message', (data, isBinary) => {
		counts.received += 1;
		if (isCutOff) return;
		const taken = take(bucket, session.now(), messageLimit);
		bucket = taken.bucket;
		if (!taken.ok) {
			isCutOff = true;
			socket.terminate();
			session.dispatch({ type: 'flooded', key });
			return;
		}
		if (isRefused) return;
		const frame = frameText(data, isBinary, context.frameBytes);
		const decoded = frame.ok ? decodeClientMessage(frame.text) : undefined;
		if (!frame.ok && frame.reason === 'oversized') counts.oversized += 1;
		else if (!decoded?.ok) counts.malformed += 1;
		if (!decoded?.ok) return;
		const message = decoded.message;
		const at = session.now();
		if (message.type === 'join' && key === undefined) {
			const step = session.dispatch({ ...message, newToken: newToken(), from, at }, sender);
			if (step.joined !== undefined) return;
			isRefused = true;
			socket.close(4001, 'join refused');
		} else if (message.type === 'answer' && key !== undefined) {
			const { index, answer, support } = message;
			const partB = support === undefined ? {} : { support };
			session.dispatch({ type: 'answer', key, index, given: answer, ...partB, at }, sender);
		} else {
			counts.malformed += 1;
		}
	});
	socket.on('error', (error: Error & { code?: string }) => {
		if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') counts.oversized += 1;
		else counts.malformed += 1;
	});
	socket.on('close', () => {
		clearTimeout(joinTimer);
		if (key === undefined || !context.release(key, socket)) return;
		session.dispatch({ type: 'disconnect', key, at: session.now() });
	});
}

/** 48 random bits: short enough to type from a screen, far too many to guess in a lesson. */
function newToken(): string {
	return randomBytes(6).toString('hex');
}
