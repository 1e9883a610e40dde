import stringWidth from 'string-width';

const esc = '\u001B';
const bell = '\u0007';
/** A control sequence (CSI or OSC), another escape, or one character. */
const sequenceOrCharacter = new RegExp(
	`${esc}\\[[?0-9;]*[ -/]*[@-~]|${esc}\\][^${bell}]*${bell}|${esc}.|[\\s\\S]`,
	'gu',
);

/** A row of cells, and whether the text ran on to the next row (an automatic wrap). */
type Row = { cells: string[]; isWrapped: boolean };

/** A small terminal: output written to it, resized (reflowing wrapped rows, as tmux does). */
export type Screen = {
	write(output: string): void;
	resize(cols: number, rows: number): void;
	/** What it shows, one string per row, trailing blanks cut. */
	lines(): string[];
};

/**
 * A terminal of `cols` × `rows`: a small emulator of the sequences Ink writes (text, CR, LF with
 * scrolling, cursor up and to a column, erase line, clear screen). Other sequences (colours,
 * cursor visibility, synchronized output) change nothing on screen. A resize rejoins the rows a
 * line wrapped onto and wraps it again at the new width, the cursor staying on its character.
 */
export function createScreen(startCols: number, startRows: number): Screen {
	let cols = startCols;
	let rows = startRows;
	const blank = (): Row => ({ cells: Array.from({ length: cols }, () => ' '), isWrapped: false });
	let screen = Array.from({ length: rows }, blank);
	let row = 0;
	let col = 0;
	const lineFeed = () => {
		if (row < rows - 1) row += 1;
		else screen = [...screen.slice(1), blank()];
	};
	/** `ESC[K` from the cursor to the end, `ESC[1K` up to it, `ESC[2K` the whole row. */
	const eraseInLine = (param: string) => {
		const line = screen[row] as Row;
		if (param === '2') screen[row] = blank();
		else if (param === '1') line.cells.fill(' ', 0, col + 1);
		else {
			line.cells.fill(' ', col);
			line.isWrapped = false;
		}
	};
	const write = (output: string) => {
		for (const token of output.match(sequenceOrCharacter) ?? []) {
			if (token === '\r') col = 0;
			else if (token === '\t') col = Math.min(cols - 1, (Math.floor(col / 8) + 1) * 8);
			else if (token === '\n') lineFeed();
			else if (token.startsWith('\u001B[')) {
				const final = token.at(-1);
				const count = Number.parseInt(token.slice(2), 10);
				const n = Number.isNaN(count) ? 1 : count;
				if (final === 'A') row = Math.max(0, row - n);
				else if (final === 'B') row = Math.min(rows - 1, row + n);
				else if (final === 'G') col = Math.min(cols - 1, n - 1);
				else if (final === 'H') [row, col] = [0, 0];
				else if (final === 'K') eraseInLine(token.slice(2, -1));
				else if (final === 'J' && (n === 2 || n === 3))
					screen = Array.from({ length: rows }, blank);
			} else if (!token.startsWith('\u001B') && token >= ' ') {
				const width = stringWidth(token);
				if (width === 0) continue;
				if (col + width > cols) {
					(screen[row] as Row).isWrapped = true;
					col = 0;
					lineFeed();
				}
				const line = (screen[row] ?? blank()).cells;
				line[col] = token;
				for (let extra = 1; extra < width; extra++) line[col + extra] = '';
				col += width;
			}
		}
	};
	const resize = (newCols: number, newRows: number) => {
		// The logical lines up to the last row written or the cursor's, and where the cursor is.
		const used = Math.max(row, ...screen.map((line, index) => (text(line) ? index : 0)));
		const logical: { cells: string[]; cursor?: number }[] = [];
		let current: { cells: string[]; cursor?: number } = { cells: [] };
		for (let index = 0; index <= used; index++) {
			const line = screen[index] as Row;
			if (index === row) current.cursor = current.cells.length + col;
			current.cells.push(...(line.isWrapped ? line.cells : trimmed(line.cells)));
			if (!line.isWrapped) {
				logical.push(current);
				current = { cells: [] };
			}
		}
		if (current.cells.length > 0 || current.cursor !== undefined) logical.push(current);
		cols = newCols;
		rows = newRows;
		const rebuilt: Row[] = [];
		let cursorRow = 0;
		let cursorCol = 0;
		for (const line of logical) {
			const first = rebuilt.length;
			for (let start = 0; start < Math.max(1, line.cells.length); start += cols) {
				const cells = blank().cells;
				line.cells.slice(start, start + cols).forEach((cell, at) => {
					cells[at] = cell;
				});
				rebuilt.push({ cells, isWrapped: start + cols < line.cells.length });
			}
			if (line.cursor !== undefined) {
				cursorRow = first + Math.min(Math.floor(line.cursor / cols), rebuilt.length - first - 1);
				cursorCol = Math.min(line.cursor - (cursorRow - first) * cols, cols - 1);
			}
		}
		const dropped = Math.max(0, rebuilt.length - rows, cursorRow - rows + 1);
		screen = rebuilt.slice(dropped);
		while (screen.length < rows) screen.push(blank());
		row = cursorRow - dropped;
		col = cursorCol;
	};
	return { write, resize, lines: () => screen.map(text) };
}

const trimmed = (cells: string[]) => {
	const end = cells.join('').trimEnd().length;
	let width = 0;
	let index = 0;
	while (index < cells.length && width < end) width += (cells[index++] as string).length;
	return cells.slice(0, index);
};
const text = (line: Row) => line.cells.join('').trimEnd();

/** What a terminal of `cols` × `rows` shows after `output` (see `createScreen`). */
export function screenOf(output: string, cols: number, rows: number): string[] {
	const screen = createScreen(cols, rows);
	screen.write(output);
	return screen.lines();
}
