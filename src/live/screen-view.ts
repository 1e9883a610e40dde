import type { ClassState } from './class-state.js';

/** The part of a session a screen reads: the state and its change notifications. */
export type ViewSource = {
	readonly getState: () => ClassState;
	readonly subscribe: (listener: () => void) => () => void;
};

/** The clock and timers, for tests. */
export type ViewTimers = {
	readonly now: () => number;
	readonly set: (run: () => void, ms: number) => unknown;
	readonly clear: (timer: unknown) => void;
};

const realTimers: ViewTimers = {
	now: () => performance.now(),
	set: (run, ms) => setTimeout(run, ms),
	clear: (timer) => clearTimeout(timer as NodeJS.Timeout),
};

/**
 * A change the screen shows at once: a new phase or question (the teacher pressed a key, or
 * time ran out). Joins and answers only change counts, and wait for the next redraw.
 */
export function isScreenChange(shown: ClassState, next: ClassState): boolean {
	return (
		shown.phase !== next.phase ||
		shown.index !== next.index ||
		shown.revealed !== next.revealed ||
		shown.endReason !== next.endReason
	);
}

/**
 * The session as the host screen sees it: a new phase or question at once, but joins and
 * answers at most once every `everyMs` (300 students answering in the same instant are one
 * redraw, not 300). The state it shows is always one the session has been in, and the latest
 * once the interval has passed. Use as useSyncExternalStore's store.
 */
export function throttledView(source: ViewSource, everyMs = 50, timers = realTimers): ViewSource {
	let shown = source.getState();
	let shownAt = Number.NEGATIVE_INFINITY;
	let timer: unknown;
	const listeners = new Set<() => void>();
	const publish = () => {
		timer = undefined;
		const next = source.getState();
		shownAt = timers.now();
		if (next === shown) return;
		shown = next;
		for (const listener of listeners) listener();
	};
	const onChange = () => {
		if (isScreenChange(shown, source.getState())) {
			if (timer !== undefined) timers.clear(timer);
			publish();
			return;
		}
		if (timer !== undefined) return;
		const wait = Math.max(0, shownAt + everyMs - timers.now());
		timer = timers.set(publish, wait);
	};
	let unsubscribe: (() => void) | undefined;
	return {
		getState: () => shown,
		subscribe(listener) {
			listeners.add(listener);
			if (!unsubscribe) {
				shown = source.getState();
				unsubscribe = source.subscribe(onChange);
			}
			return () => {
				listeners.delete(listener);
				if (listeners.size > 0) return;
				unsubscribe?.();
				unsubscribe = undefined;
				if (timer !== undefined) timers.clear(timer);
				timer = undefined;
			};
		},
	};
}
