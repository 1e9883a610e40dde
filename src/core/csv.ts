// CSV as RFC 4180 writes it, for answer sheets, class results and exports. Pure: the answer
// sheet parser in core/ reads with it, and core/ imports nothing outward.

/** One CSV record: its fields and where each starts. */
export type CsvRecord = {
	readonly fields: readonly string[];
	/** 1-based line of the record's first character. */
	readonly line: number;
	/** 1-based line and column of each field's first character (its opening quote, if quoted). */
	readonly starts: readonly CsvPlace[];
};

/** A place in a CSV text, 1-based. */
export type CsvPlace = { readonly line: number; readonly col: number };

/** Where a CSV text cannot be read, and why. */
export type CsvError = CsvPlace & { readonly message: string };

/** The records of a CSV text, or the first place it cannot be read. */
export type CsvResult =
	| { readonly ok: true; readonly records: readonly CsvRecord[] }
	| ({ readonly ok: false } & CsvError);

// Fields are found with sticky regular expressions rather than character by character: a class's
// sheets are read once, before the JIT warms up, and regular expressions run at full speed.
const plainField = /[^,\r\n"]*/y;
const quotedField = /"([^"]*(?:""[^"]*)*)"/y;
const lineBreak = /\r\n?|\n/g;

/**
 * Reads CSV: commas, double-quoted fields with `""` for a quote, line breaks inside quotes. A
 * line ends with LF, CRLF or a lone CR (old Mac spreadsheets); a leading byte order mark and
 * blank lines are skipped.
 */
export function parseCsv(text: string): CsvResult {
	const records: CsvRecord[] = [];
	let i = text.startsWith('\uFEFF') ? 1 : 0;
	let line = 1;
	let lineStart = i;
	const here = (): CsvPlace => ({ line, col: i - lineStart + 1 });
	const fail = (message: string): CsvResult => ({ ok: false, ...here(), message });
	const endLine = () => {
		i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
		line++;
		lineStart = i;
	};
	while (i < text.length) {
		if (text[i] === '\n' || text[i] === '\r') {
			endLine(); // a blank line
			continue;
		}
		const fields: string[] = [];
		const starts: CsvPlace[] = [];
		const recordLine = line;
		for (;;) {
			starts.push(here());
			if (text[i] === '"') {
				quotedField.lastIndex = i;
				const match = quotedField.exec(text);
				if (!match) return fail('unclosed quote (expected a closing ")');
				const raw = match[1] as string;
				fields.push(raw.includes('""') ? raw.replaceAll('""', '"') : raw);
				for (const found of raw.matchAll(lineBreak)) {
					line++;
					lineStart = i + 1 + found.index + found[0].length;
				}
				i = quotedField.lastIndex;
				const next = text[i];
				if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
					return fail('unexpected text after a closing quote (expected a comma or a line break)');
				}
			} else {
				plainField.lastIndex = i;
				plainField.exec(text);
				fields.push(text.slice(i, plainField.lastIndex));
				i = plainField.lastIndex;
				if (text[i] === '"') {
					return fail(
						'a quote inside an unquoted field (quote the whole field and double the quote)',
					);
				}
			}
			if (text[i] !== ',') break;
			i++;
		}
		if (i < text.length) endLine();
		records.push({ fields, line: recordLine, starts });
	}
	return { ok: true, records };
}

/**
 * A CSV field, quoted when it holds a comma, a quote or a line break, or starts with a byte
 * order mark (which a reader would take off the file's first field).
 */
export function csvField(value: string): string {
	return /^\uFEFF|[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV row, without its line break. */
export function csvRow(values: readonly string[]): string {
	return values.map(csvField).join(',');
}

/** One CSV line (CRLF-terminated, as RFC 4180 writes it). */
export function csvLine(values: readonly string[]): string {
	return `${csvRow(values)}\r\n`;
}

/**
 * Spreadsheets run a cell that starts with = + - @, a tab or a carriage return as a formula
 * (OWASP's list): such text gets a leading apostrophe, the usual guard, which a spreadsheet
 * hides and other readers see. Nothing else is touched: a plain number such as -5 or +3.5 is no
 * formula and stays as it is. `unguardFormula` takes exactly that apostrophe off again (also the
 * one older files put before a negative number).
 */
export function guardFormula(text: string): string {
	return looksLikeFormula(text) && !isPlainNumber(text) ? `'${text}` : text;
}

/** The inverse of guardFormula. */
export function unguardFormula(text: string): string {
	return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

/** Text a spreadsheet would run, also behind apostrophes (so a guarded text is guarded again). */
function looksLikeFormula(text: string): boolean {
	return /^'*[=+\-@\t\r]/.test(text);
}

const isPlainNumber = (text: string) => /^[+-]?\d+(?:\.\d+)?$/.test(text);

/**
 * CSV text for a spreadsheet, led by a UTF-8 byte order mark: without it LibreOffice's default
 * charset and Excel garble every non-ASCII character. `parseCsv` skips it.
 */
export function withByteOrderMark(text: string): string {
	return text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
}
