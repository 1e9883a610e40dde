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

// Fields are found with sticky regular expressions rather than character by character: a class's
// sheets are read once, before the JIT warms up, and regular expressions run at full speed.
const plainField = /[^,\r\n]*/y;
const quotedField = /"([^"]*(?:""[^"]*)*)"/y;

/**
 * Read CSV as RFC 4180 describes it: commas, double-quoted fields with `""` for a quote, line
 * breaks (LF or CRLF) inside quotes. A leading byte-order mark and blank lines are skipped.
 */
export function parseCsv(text: string): CsvResult {
	const records: CsvRecord[] = [];
	let i = text.startsWith('\uFEFF') ? 1 : 0;
	let line = 1;
	let lineStart = i;
	while (i < text.length) {
		if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
			i += text[i] === '\r' ? 2 : 1; // a blank line
			line++;
			lineStart = i;
			continue;
		}
		const fields: string[] = [];
		const cols: number[] = [];
		const recordLine = line;
		for (;;) {
			cols.push(i - lineStart + 1);
			if (text[i] === '"') {
				quotedField.lastIndex = i;
				const match = quotedField.exec(text);
				if (!match) {
					const message = 'unclosed quote (expected a closing ")';
					return { ok: false, line, col: i - lineStart + 1, message };
				}
				const raw = match[1] as string;
				fields.push(raw.includes('""') ? raw.replaceAll('""', '"') : raw);
				const lastBreak = raw.lastIndexOf('\n');
				if (lastBreak >= 0) {
					line += raw.split('\n').length - 1;
					lineStart = i + 1 + lastBreak + 1;
				}
				i = quotedField.lastIndex;
				const next = text[i];
				if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
					const message =
						'unexpected text after a closing quote (expected a comma or a line break)';
					return { ok: false, line, col: i - lineStart + 1, message };
				}
			} else {
				plainField.lastIndex = i;
				plainField.exec(text);
				fields.push(text.slice(i, plainField.lastIndex));
				i = plainField.lastIndex;
			}
			if (text[i] !== ',') break;
			i++;
		}
		if (text[i] === '\r') {
			if (text[i + 1] !== '\n') {
				const message = 'a carriage return without a line feed';
				return { ok: false, line, col: i - lineStart + 1, message };
			}
			i++;
		}
		if (text[i] === '\n') i++;
		line++;
		lineStart = i;
		records.push({ fields, line: recordLine, cols });
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
