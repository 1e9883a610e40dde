/** One parsed CSV record with where each field starts, for messages that point at it. */
export type CsvRecord = {
	readonly fields: readonly string[];
	/** 1-based line of the record's first character. */
	readonly line: number;
	/** 1-based line and column where each field starts. */
	readonly starts: readonly { readonly line: number; readonly col: number }[];
};

/** The records of a CSV text, or where it stopped making sense. */
export type CsvParse =
	| { readonly ok: true; readonly records: readonly CsvRecord[] }
	| { readonly ok: false; readonly line: number; readonly col: number; readonly message: string };

/** One CSV line (RFC 4180): fields with a comma, quote or line break are quoted. */
export function formatCsvRow(fields: readonly string[]): string {
	return fields
		.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
		.join(',');
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula: such text gets a leading
 * apostrophe (the usual guard), and `unguardFormula` takes exactly that apostrophe off again.
 */
export function guardFormula(text: string): string {
	return needsGuard(text) ? `'${text}` : text;
}

/** The inverse of guardFormula. */
export function unguardFormula(text: string): string {
	return text.startsWith("'") && needsGuard(text.slice(1)) ? text.slice(1) : text;
}

function needsGuard(text: string): boolean {
	return /^'*[=+\-@\t\r]/.test(text);
}

/** Parses CSV text (RFC 4180, LF or CRLF, optional BOM); blank lines are skipped. */
export function parseCsv(text: string): CsvParse {
	const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const records: CsvRecord[] = [];
	let pos = 0;
	let line = 1;
	let col = 1;
	const peek = () => body[pos];
	const isLineEnd = () => peek() === '\n' || (peek() === '\r' && body[pos + 1] === '\n');
	const advance = (): string => {
		const char = body[pos++] ?? '';
		if (char === '\n') {
			line++;
			col = 1;
		} else col++;
		return char;
	};
	const fail = (where: { line: number; col: number }, message: string): CsvParse => ({
		ok: false,
		...where,
		message,
	});
	while (pos < body.length) {
		const recordLine = line;
		const fields: string[] = [];
		const starts: { line: number; col: number }[] = [];
		for (;;) {
			starts.push({ line, col });
			let field = '';
			if (peek() === '"') {
				// A quoted field runs to its closing quote; "" inside stands for one quote.
				const open = { line, col };
				advance();
				for (;;) {
					if (peek() === undefined) return fail(open, 'this quoted field is never closed');
					const char = advance();
					if (char !== '"') field += char;
					else if (peek() === '"') field += advance();
					else break;
				}
				if (peek() !== undefined && peek() !== ',' && !isLineEnd()) {
					return fail(
						{ line, col },
						'expected a comma or the end of the line after a closing quote',
					);
				}
			} else {
				while (peek() !== undefined && peek() !== ',' && !isLineEnd()) {
					if (peek() === '"') {
						return fail(
							{ line, col },
							'a quote inside an unquoted field (quote the whole field and double the quote)',
						);
					}
					field += advance();
				}
			}
			fields.push(field);
			if (peek() !== ',') break;
			advance();
		}
		if (peek() === '\r') advance();
		if (peek() === '\n') advance();
		if (!(fields.length === 1 && fields[0] === ''))
			records.push({ fields, line: recordLine, starts });
	}
	return { ok: true, records };
}
