import { parseCsvSheet } from './parse-csv-sheet.js';
import { readJsonSheet } from './read-json-sheet.js';
import { readSimpleYamlSheet } from './read-simple-yaml-sheet.js';
import { limitAnswers, type SheetFormat, type SheetResult } from './sheet.js';

/** The format a sheet's file name says (`.csv`, `.json`, `.yaml`/`.yml`), if it says one. */
export function formatOfName(file: string): SheetFormat | undefined {
	const match = /\.(csv|json|ya?ml)$/i.exec(file);
	if (!match) return undefined;
	const ext = (match[1] as string).toLowerCase();
	return ext === 'yml' ? 'yaml' : (ext as SheetFormat);
}

/** Guess a sheet's format from its text: a first line of column names that include `id` is CSV. */
export function sniffFormat(text: string): SheetFormat {
	const firstLine = /^\uFEFF?\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
	const names = firstLine.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
	const isHeader = names.length > 1 && names.every((name) => /^[\w -]*$/.test(name));
	if (isHeader && names.some((name) => name.toLowerCase() === 'id')) return 'csv';
	return firstLine.startsWith('{') ? 'json' : 'yaml';
}

/** The format to read a sheet in: from its file name, else from its text. */
function sheetFormatOf(text: string, file: string, format?: SheetFormat): SheetFormat {
	return format ?? formatOfName(file) ?? sniffFormat(text);
}

/**
 * A sheet read without the YAML library (any CSV, the usual YAML and JSON); undefined when the
 * YAML library must read it (`parseYamlSheet`). `parseSheet` does both.
 */
export function parseSheetQuickly(
	text: string,
	file: string,
	format?: SheetFormat,
): SheetResult | undefined {
	const chosen = sheetFormatOf(text, file, format);
	if (chosen === 'csv') {
		const csv = parseCsvSheet(text, file);
		return csv.ok ? limitAnswers(csv.sheet) : csv;
	}
	const simple = chosen === 'yaml' ? readSimpleYamlSheet(text, file) : readJsonSheet(text, file);
	return simple ? limitAnswers(simple) : undefined;
}
