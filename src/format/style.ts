/** Text styles for plain output; all identity functions when colour is off. */
export type Style = {
	readonly enabled: boolean;
	bold(text: string): string;
	dim(text: string): string;
	green(text: string): string;
	red(text: string): string;
	yellow(text: string): string;
	/** The answer span inside a quote: inverse when coloured, «guillemets» when not. */
	mark(text: string): string;
};

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org), always with FORCE_COLOR. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
	if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
	return stream.isTTY === true && env.TERM !== 'dumb';
}

/** A style for one output stream. */
export function createStyle(enabled: boolean): Style {
	const wrap = (open: number, close: number) => (text: string) =>
		enabled ? `\u001B[${open}m${text}\u001B[${close}m` : text;
	return {
		enabled,
		bold: wrap(1, 22),
		dim: wrap(2, 22),
		green: wrap(32, 39),
		red: wrap(31, 39),
		yellow: wrap(33, 39),
		mark: enabled ? wrap(7, 27) : (text) => `«${text}»`,
	};
}
