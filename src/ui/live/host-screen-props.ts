import type { ClassState } from '../../live/class-state.js';

/** What each host screen of a question is given. */
export type HostScreenProps = {
	/** The session, at the screen's question. */
	readonly state: ClassState;
	/** Columns of the terminal. */
	readonly width: number;
};
