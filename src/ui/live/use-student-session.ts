import { useEffect, useState } from 'react';
import type { JoinResult, Welcome } from '../../live/client.js';
import type { LiveConnection } from '../../live/live-connection.js';
import { type StudentEvent, startStudent, studentReducer } from '../../live/student-state.js';
import { useSyncReducer } from '../hooks/use-sync-reducer.js';

/** How often and how long a dropped student tries to get back in. */
export const reconnectPolicy = { attempts: 30, delayMs: 1000 } as const;

/** Just the part of a connection the screen uses. */
export type StudentConnection = Pick<LiveConnection, 'onMessage' | 'onClose' | 'answer' | 'close'>;

/** A rejoin's outcome: a join result, with any connection the screen can use. */
export type RejoinResult =
	| { readonly ok: true; readonly connection: StudentConnection; readonly welcome: Welcome }
	| Extract<JoinResult, { ok: false }>;

export type StudentSessionOptions = {
	readonly connection: StudentConnection;
	readonly welcome: Welcome;
	/** Joins again with the token; the hook retries while the server cannot be reached. */
	readonly rejoin: (token: string) => Promise<RejoinResult>;
	readonly now: () => number;
};

/**
 * The student's side of a session: the screen state from the server's messages, answers sent on
 * the current connection, and after a drop, rejoining with the token until it works.
 */
export function useStudentSession({
	connection: first,
	welcome,
	rejoin,
	now,
}: StudentSessionOptions) {
	const [state, dispatch, latest] = useSyncReducer(studentReducer, () => startStudent(welcome));
	const [connection, setConnection] = useState<StudentConnection>(first);

	useEffect(() => {
		const stopMessages = connection.onMessage(
			(message) => dispatch({ type: 'message', message, at: now() }),
			(problem) => dispatch({ type: 'refused-frame', problem }),
		);
		let isCancelled = false;
		let timer: NodeJS.Timeout | undefined;
		const retry = async (attempt: number) => {
			if (isCancelled) return;
			const result = await rejoin(latest().token);
			if (isCancelled) {
				if (result.ok) result.connection.close();
				return;
			}
			if (result.ok) {
				dispatch({ type: 'rejoined' });
				setConnection(result.connection);
			} else if (result.reason !== 'unreachable' || attempt >= reconnectPolicy.attempts) {
				dispatch({ type: 'gave-up', reason: result.message });
			} else {
				timer = setTimeout(() => void retry(attempt + 1), reconnectPolicy.delayMs);
			}
		};
		const stopClose = connection.onClose(() => {
			if (latest().phase === 'ended') return;
			dispatch({ type: 'connection-lost' });
			timer = setTimeout(() => void retry(1), reconnectPolicy.delayMs);
		});
		return () => {
			isCancelled = true;
			clearTimeout(timer);
			stopMessages();
			stopClose();
		};
	}, [connection, dispatch, latest, rejoin, now]);

	// The connection is closed once, when the screen goes away.
	useEffect(() => () => connection.close(), [connection]);

	/** Sends the answer, with part B of a two-part question. */
	const answer = (given: string, support?: string) => {
		const current = latest();
		const index = current.question?.index;
		if (index === undefined || current.phase !== 'question' || current.isSending) return;
		dispatch({ type: 'send', given } satisfies StudentEvent);
		connection.answer(index, given, support);
	};
	return { state, latest, answer };
}
