import { useStdout } from 'ink';
import { useEffect } from 'react';

/** Clears the visible screen and puts the cursor top left. */
const clearScreen = '\u001B[2J\u001B[H';

/** Longer than Ink's frame throttle (30 frames a second), so the new frame is drawn by then. */
const settleMs = 60;

/**
 * Draws the frame afresh on a clean screen once a resize settles. Ink erases only as many rows
 * as its last frame had, which is wrong once the terminal has reflowed that frame: narrowing
 * left a stale header above the quiz, widening a second copy. Written through Ink's `write`,
 * the clear is followed by Ink drawing its latest frame again.
 */
export function useRedrawOnResize(): void {
	const { stdout, write } = useStdout();
	useEffect(() => {
		let timer: NodeJS.Timeout | undefined;
		const onResize = () => {
			clearTimeout(timer);
			timer = setTimeout(() => write(clearScreen), settleMs);
		};
		stdout.on('resize', onResize);
		return () => {
			clearTimeout(timer);
			stdout.off('resize', onResize);
		};
	}, [stdout, write]);
}
