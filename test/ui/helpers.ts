import type { render } from 'ink-testing-library';

type Rendered = ReturnType<typeof render>;

/** Polls until the last frame matches; returns it. Fails with the frame seen last. */
export async function frameMatching(
	app: Rendered,
	pattern: RegExp,
	timeoutMs = 5000,
): Promise<string> {
	const started = Date.now();
	for (;;) {
		const frame = app.lastFrame() ?? '';
		if (pattern.test(frame)) return frame;
		if (Date.now() - started > timeoutMs) {
			throw new Error(`no frame matching ${pattern} within ${timeoutMs} ms; last frame:\n${frame}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/**
 * Lets a screen that has just appeared attach its key listeners (React runs effects after the
 * frame is written): keys sent before that are lost.
 */
export async function afterEffects(): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, 30));
}
