import type { z } from 'zod';
import {
	type ClientMessage,
	clientMessageSchema,
	type ServerMessage,
	serverMessageSchema,
} from './protocol.js';
import { isControlIssue, toWireText } from './wire-text.js';

/** A decoded frame, or why it was dropped. */
export type Decoded<T> =
	| { readonly ok: true; readonly message: T }
	| {
			readonly ok: false;
			readonly problem: string;
			/** A text field held a control character: the sender is broken or hostile. */
			readonly isUnsafe: boolean;
	  };

/** Parses and validates one text frame from a client. */
export function decodeClientMessage(text: string): Decoded<ClientMessage> {
	return decode(text, clientMessageSchema);
}

/** Parses and validates one text frame from the server. */
export function decodeServerMessage(text: string): Decoded<ServerMessage> {
	return decode(text, serverMessageSchema);
}

/** The frame for a server message; any control character in its text is replaced first. */
export function encodeServerMessage(message: ServerMessage): string {
	return JSON.stringify(message, (_key, value: unknown) =>
		typeof value === 'string' ? toWireText(value) : value,
	);
}

function decode<T>(text: string, schema: z.ZodType<T>): Decoded<T> {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not JSON', isUnsafe: false };
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, message: parsed.data };
	const { issues } = parsed.error;
	const unsafe = issues.find(isControlIssue);
	const first = unsafe ?? issues[0];
	const where = [messageType(raw, first?.path), ...(first?.path ?? [])].join('.') || 'message';
	return {
		ok: false,
		problem: `${where}: ${first?.message ?? 'invalid'}`,
		isUnsafe: unsafe !== undefined,
	};
}

/** The type a frame says it is, to name where it went wrong ("reveal.quote.span"). */
function messageType(raw: unknown, path: readonly PropertyKey[] = []): string[] {
	const type = (raw as { type?: unknown } | null)?.type;
	const isAboutType = path.length === 1 && path[0] === 'type';
	return typeof type === 'string' && !isAboutType ? [type] : [];
}
