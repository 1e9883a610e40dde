import { parseCsvSheet } from './parse-csv-sheet.js';
import { parseYamlSheet } from './parse-yaml-sheet.js';
import type { SheetFormat, SheetResult } from './sheet.js';

/** The format a sheet's file name says (`.csv`, `.json`, `.yaml`/`.yml`), if it says one. */
export function formatOfName(file: string): SheetFormat | undefined {
	const match = /\.(csv|json|ya?ml)$/i.exec(file);
	if (!match) return undefined;
	const ext = (match[1] as string).toLowerCase();
	return ext === 'yml' ? 'yaml' : (ext as SheetFormat);
}

/** Guess a sheet's format from its text: a first line of column names
 * that include `id` is CSV. */
export function sniffFormat(text: string): SheetFormat {
	const firstLine = /^\uFEFF?\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
	const names = firstLine.split(',').map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
	const isHeader = names.length > 1 && names.every((name) => /^[\w -]*$/.test(name));
	if (isHeader && names.some((name) => name.toLowerCase() === 'id')) return 'csv';
	return firstLine.startsWith('{') ? 'json' : 'yaml';
}

/**
 * Parse an answer sheet in any of its formats. The format comes from the file name, else from
 * the text; JSON is read by the YAML reader, which gives `line:col` for both.
 */
export function parseSheet(text: string, file: string, format?: SheetFormat): SheetResult {
	const chosen = format ?? formatOfName(file) ?? sniffFormat(text);
	return chosen === 'csv' ? parseCsvSheet(text, file) : parseYamlSheet(text, file);
}
