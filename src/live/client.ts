import WebSocket from 'ws';
import { decodeServerMessage } from './codec.js';
import { checkName, normalizeCode } from './identity.js';
import { LiveConnection } from './live-connection.js';
import {
	type ClientMessage,
	limits,
	protocolVersion,
	type RefusalReason,
	type ServerMessage,
} from './protocol.js';
import { firstControl } from './wire-text.js';

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

/**
 * Joined, or why not: refused by the server (or before asking it, for a name it would refuse),
 * unreachable, or `bad-frame` when its reply held what no quizline host sends (a control
 * character): a rogue or broken host is not joined.
 */
export type JoinResult =
	| { readonly ok: true; readonly connection: LiveConnection; readonly welcome: Welcome }
	| {
			readonly ok: false;
			readonly reason: RefusalReason | 'unreachable' | 'bad-frame';
			readonly message: string;
	  };

/** What a student is told about a frame the client refused to show. */
export function badFrameMessage(problem: string): string {
	return `the session sent a message quizline will not show (${problem})`;
}

/** Connects, sends the join and waits for the welcome or the refusal. */
export async function joinSession(request: JoinRequest): Promise<JoinResult> {
	const name = checkName(request.name);
	if (!name.ok)
		return { ok: false, reason: 'bad-name', message: `cannot use that name: ${name.message}` };
	const code = normalizeCode(request.code);
	const codeControl = firstControl(code);
	if (codeControl) {
		return {
			ok: false,
			reason: 'wrong-code',
			message: `the code holds the control character ${codeControl}`,
		};
	}
	return connect({ ...request, code });
}

function connect(request: JoinRequest): Promise<JoinResult> {
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
			if (!decoded.ok) {
				if (!decoded.isUnsafe) return;
				finish({ ok: false, reason: 'bad-frame', message: badFrameMessage(decoded.problem) });
				socket.terminate();
				return;
			}
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
