/** One CSV record: its fields and where each starts (1-based). */
export type CsvRecord = {
	readonly fields: readonly string[];
	readonly line: number;
	/** 1-based column of each field's first character (its opening quote, if quoted). */
	readonly cols: readonly number[];
};

/** Where a CSV text cannot be read, and why. */
export type CsvError = { readonly line: number; readonly col: number; readonly message: string };

/** The records of a CSV text, or the first place it cannot be read. */
export type CsvResult =
	| { readonly ok: true; readonly records: readonly CsvRecord[] }
	| ({ readonly ok: false } & CsvError);

/** A read position that knows its line and column. */
class Cursor {
	i = 0;
	line = 1;
	lineStart = 0;
	constructor(readonly text: string) {}
	get col(): number {
		return this.i - this.lineStart + 1;
	}
	get char(): string | undefined {
		return this.text[this.i];
	}
	/** Step over one character, counting line breaks. */
	advance(): void {
		if (this.text[this.i] === '\n') {
			this.line++;
			this.lineStart = this.i + 1;
		}
		this.i++;
	}
}

const isEnd = (char: string | undefined) =>
	char === undefined || char === ',' || char === '\n' || char === '\r';

/** A quoted field, the cursor on its opening quote; an error for text the RFC does not allow. */
function readQuoted(at: Cursor): string | CsvError {
	const open = { line: at.line, col: at.col };
	let value = '';
	at.advance();
	for (;;) {
		const char = at.char;
		if (char === undefined) return { ...open, message: 'unclosed quote (expected a closing ")' };
		at.advance();
		if (char !== '"') value += char;
		else if (at.char === '"') {
			value += '"';
			at.advance();
		} else break;
	}
	if (!isEnd(at.char)) {
		return {
			line: at.line,
			col: at.col,
			message: 'unexpected text after a closing quote (expected a comma or a line break)',
		};
	}
	return value;
}

/** One record, the cursor at its first character; it stops past the record's line break. */
function readRecord(at: Cursor): CsvRecord | CsvError {
	const fields: string[] = [];
	const cols: number[] = [];
	const line = at.line;
	for (;;) {
		cols.push(at.col);
		if (at.char === '"') {
			const value = readQuoted(at);
			if (typeof value !== 'string') return value;
			fields.push(value);
		} else {
			const start = at.i;
			while (!isEnd(at.char)) at.advance();
			fields.push(at.text.slice(start, at.i));
		}
		if (at.char !== ',') break;
		at.advance();
	}
	if (at.char === '\r') {
		if (at.text[at.i + 1] !== '\n') {
			return { line: at.line, col: at.col, message: 'a carriage return without a line feed' };
		}
		at.i++;
	}
	at.advance();
	return { fields, line, cols };
}

/**
 * Read CSV as RFC 4180 describes it: commas, double-quoted fields with `""` for a quote, line
 * breaks (LF or CRLF) inside quotes. A leading byte-order mark and blank lines are skipped.
 */
export function parseCsv(text: string): CsvResult {
	const at = new Cursor(text);
	if (text.startsWith('\uFEFF')) {
		at.i = 1;
		at.lineStart = 1;
	}
	const records: CsvRecord[] = [];
	while (at.char !== undefined) {
		const isBlankLine = at.char === '\n' || at.char === '\r';
		const record = readRecord(at);
		if (!('fields' in record)) return { ok: false, ...record };
		if (!isBlankLine) records.push(record);
	}
	return { ok: true, records };
}

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (CRLF-terminated, as RFC 4180 writes it). */
export function csvLine(values: readonly string[]): string {
	return `${values.map(csvField).join(',')}\r\n`;
}
