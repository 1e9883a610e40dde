import type { Bank } from '../../core/bank/schema.js';
import { toAnkiTsv } from './anki-tsv.js';
import { toBankCsv } from './bank-csv.js';
import { giftNotes, toGift } from './gift.js';

/** The formats `quizline export` writes. */
export const exportFormats = ['gift', 'tsv', 'csv', 'json'] as const;

/** One of `exportFormats`. */
export type ExportFormat = (typeof exportFormats)[number];

/** Each format's writer: a validated bank and its short name in, the file's text out. */
export const exporters: Record<ExportFormat, (bank: Bank, name: string) => string> = {
	gift: toGift,
	tsv: toAnkiTsv,
	csv: toBankCsv,
	json: (bank) => `${JSON.stringify(bank, null, 2)}\n`,
};

/**
 * What each format leaves out or carries differently, one sentence each, for `export` to say on
 * standard error. Anki TSV, CSV and JSON carry order and two-part questions whole.
 */
export const exportNotes: Record<ExportFormat, (bank: Bank) => string[]> = {
	gift: giftNotes,
	tsv: () => [],
	csv: () => [],
	json: () => [],
};

/** The format a file name implies (`.gift`, `.tsv`, `.csv`, `.json`), if any. */
export function formatOfFileName(file: string): ExportFormat | undefined {
	const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
	return exportFormats.find((format) => format === ext);
}
