/** The ways a session picks and asks its questions. */
export const modes = ['practice', 'review', 'due', 'exam'] as const;

/** A session's mode. */
export type Mode = (typeof modes)[number];

/** How a session runs, whatever picked its questions. */
export type SessionRules = {
	/** `each`: feedback after every answer; `end`: none until the session ends (an exam). */
	readonly feedback: 'each' | 'end';
	/** Ask a wrongly answered question again at the end, until it is answered right. */
	readonly repeatMissed: boolean;
	/** Whether a hint (the quote with the answer blanked) may be shown. */
	readonly allowHints: boolean;
	/** Milliseconds from the start until the session ends by itself. */
	readonly timeLimitMs?: number;
};

/** The rules of each mode; an exam needs its time limit. */
export function rulesFor(mode: Mode, timeLimitMs?: number): SessionRules {
	switch (mode) {
		case 'practice':
		case 'due':
			return { feedback: 'each', repeatMissed: false, allowHints: true };
		case 'review':
			return { feedback: 'each', repeatMissed: true, allowHints: true };
		case 'exam':
			return {
				feedback: 'end',
				repeatMissed: false,
				allowHints: false,
				...(timeLimitMs === undefined ? {} : { timeLimitMs }),
			};
	}
}
