import type { CommandIo } from '../io.js';

/** A terminal's input that can be taken out of line mode. */
type RawCapable = { setRawMode?: (isRaw: boolean) => unknown };

/**
 * Stops the terminal echoing keys while the trainer loads, and erases what it echoed on this
 * line before: a key typed before the first frame (a Tab became 8 spaces) stayed above the UI.
 * The keys wait for the trainer, which reads them as usual. Returns how to give line mode back.
 */
export function holdKeys(io: CommandIo): () => void {
	const stdin = io.stdin as CommandIo['stdin'] & RawCapable;
	if (!stdin.isTTY || typeof stdin.setRawMode !== 'function') return () => undefined;
	stdin.setRawMode(true);
	// The line the shell left the cursor on: only echoed keys are on it. (No CR: the output
	// guard shows a bare one; erase the whole line and go to its first column instead.)
	io.stdout.write('\u001B[2K\u001B[G');
	return () => stdin.setRawMode?.(false);
}
