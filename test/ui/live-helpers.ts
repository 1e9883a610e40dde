import type { render } from 'ink-testing-library';
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
