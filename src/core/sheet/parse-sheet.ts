import { parseSheetQuickly } from './parse-sheet-quickly.js';
import { parseYamlSheet } from './parse-yaml-sheet.js';
import type { SheetFormat, SheetResult } from './sheet.js';

export { formatOfName, sniffFormat } from './parse-sheet-quickly.js';

/**
 * Parse an answer sheet in any of its formats. The format comes from the file name, else from
 * the text; JSON is read by the YAML reader, which gives `line:col` for both.
 */
export function parseSheet(text: string, file: string, format?: SheetFormat): SheetResult {
	return parseSheetQuickly(text, file, format) ?? parseYamlSheet(text, file);
}
