import type { render } from 'ink-testing-library';
import { meetingItems } from '../core/question-fixture.js';
import { waitFor } from './helpers.js';

type Rendered = ReturnType<typeof render>;

/** Polls until the last frame matches; returns it, or fails showing the frame seen last. */
export function frameMatching(app: Rendered, pattern: RegExp, timeoutMs = 5000): Promise<string> {
	return waitFor(() => {
		const frame = app.lastFrame() ?? '';
		if (!pattern.test(frame))
			throw new Error(`no frame matching ${pattern}; last frame:\n${frame}`);
		return frame;
	}, timeoutMs);
}

/**
 * Lets a screen that has just appeared attach its key listeners (React runs effects after the
 * frame is written): keys sent before that are lost.
 */
export async function afterEffects(): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 30));
}

/** The bundled bank's order question as a student's screen receives it, first of `total`. */
export const orderOnScreen = (total: number) => ({
	index: 0,
	total,
	prompt: 'Put these events in the order they happened, earliest first.',
	kind: 'order' as const,
	options: [],
	items: meetingItems,
	seconds: 20,
	remainingMs: 20_000,
});
