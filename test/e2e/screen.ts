import stringWidth from 'string-width';

const esc = '\u001B';
const bell = '\u0007';
/** A control sequence (CSI or OSC), another escape, or one character. */
const sequenceOrCharacter = new RegExp(
	`${esc}\\[[?0-9;]*[ -/]*[@-~]|${esc}\\][^${bell}]*${bell}|${esc}.|[\\s\\S]`,
	'gu',
);

/**
 * What a terminal of `cols` × `rows` shows after `output`: a small emulator of the sequences Ink
 * writes (text, CR, LF with scrolling, cursor up and to a column, erase line, clear screen). Other
 * sequences (colours, cursor visibility, synchronized output) change nothing on screen.
 */
export function screenOf(output: string, cols: number, rows: number): string[] {
	const blank = () => Array.from({ length: cols }, () => ' ');
	let screen = Array.from({ length: rows }, blank);
	let row = 0;
	let col = 0;
	const lineFeed = () => {
		if (row < rows - 1) row += 1;
		else screen = [...screen.slice(1), blank()];
	};
	const tokens = output.match(sequenceOrCharacter);
	for (const token of tokens ?? []) {
		if (token === '\r') col = 0;
		else if (token === '\n') lineFeed();
		else if (token.startsWith('\u001B[')) {
			const final = token.at(-1);
			const count = Number.parseInt(token.slice(2), 10);
			const n = Number.isNaN(count) ? 1 : count;
			if (final === 'A') row = Math.max(0, row - n);
			else if (final === 'B') row = Math.min(rows - 1, row + n);
			else if (final === 'G') col = Math.min(cols - 1, n - 1);
			else if (final === 'H') [row, col] = [0, 0];
			else if (final === 'K') screen[row] = blank();
			else if (final === 'J' && (n === 2 || n === 3)) screen = Array.from({ length: rows }, blank);
		} else if (!token.startsWith('\u001B') && token >= ' ') {
			const width = stringWidth(token);
			if (width === 0) continue;
			if (col + width > cols) {
				col = 0;
				lineFeed();
			}
			const line = screen[row] ?? blank();
			line[col] = token;
			for (let extra = 1; extra < width; extra++) line[col + extra] = '';
			col += width;
		}
	}
	return screen.map((line) => line.join('').trimEnd());
}
