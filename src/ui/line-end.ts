import { stripVTControlCharacters } from 'node:util';

/** Whether what a stream was last given ended its line. */
export type LineEnd = {
	readonly isAtLineStart: () => boolean;
	/** Stops watching, giving the stream its own `write` back. */
	readonly stop: () => void;
};

/**
 * Watches what is written to `stream`: Ink writes a frame as tall as the terminal without its
 * last newline, and the shell's prompt would then land on the frame's last line.
 */
export function watchLineEnd(stream: NodeJS.WriteStream): LineEnd {
	let isAtLineStart = true;
	const write = stream.write;
	stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
		const text = typeof chunk === 'string' ? stripVTControlCharacters(chunk) : '';
		if (text !== '') isAtLineStart = text.endsWith('\n');
		return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	} as typeof stream.write;
	return {
		isAtLineStart: () => isAtLineStart,
		stop: () => {
			stream.write = write;
		},
	};
}
