import type { Bank } from '../../core/bank/schema.js';
import { toAnkiTsv } from './anki-tsv.js';
import { toBankCsv } from './bank-csv.js';
import { giftNotes, toGift } from './gift.js';

/** The formats written as text by the writers here, in the start-up bundle. */
export const textFormats = ['gift', 'tsv', 'csv', 'json'] as const;

/** The formats whose writers load only when asked for: Moodle XML, a QTI zip, a Kahoot xlsx. */
export const fileFormats = ['moodle-xml', 'qti', 'kahoot'] as const;

/** The formats `quizline export` writes. */
export const exportFormats = [...textFormats, ...fileFormats] as const;

/** One of `exportFormats`. */
export type ExportFormat = (typeof exportFormats)[number];

/** One of `textFormats`. */
export type TextFormat = (typeof textFormats)[number];

/** One of `fileFormats`. */
export type FileFormat = (typeof fileFormats)[number];

/** Whether the format's writer is one of those loaded only when asked for. */
export const isFileFormat = (format: ExportFormat): format is FileFormat =>
	(fileFormats as readonly string[]).includes(format);

/** Each text format's writer: a validated bank and its short name in, the file's text out. */
export const exporters: Record<TextFormat, (bank: Bank, name: string) => string> = {
	gift: toGift,
	tsv: toAnkiTsv,
	csv: toBankCsv,
	json: (bank) => `${JSON.stringify(bank, null, 2)}\n`,
};

/**
 * What each format leaves out or carries differently, one sentence each, for `export` to say on
 * standard error. Anki TSV, CSV and JSON carry order and two-part questions whole.
 */
export const exportNotes: Record<TextFormat, (bank: Bank) => string[]> = {
	gift: giftNotes,
	tsv: () => [],
	csv: () => [],
	json: () => [],
};

/** The format each file extension implies. */
const formatOfExtension: Record<string, ExportFormat> = {
	gift: 'gift',
	tsv: 'tsv',
	csv: 'csv',
	json: 'json',
	xml: 'moodle-xml',
	zip: 'qti',
	xlsx: 'kahoot',
};

/** The format a file name implies (`.gift`, `.tsv`, `.csv`, `.json`, `.xml`, `.zip`, `.xlsx`). */
export function formatOfFileName(file: string): ExportFormat | undefined {
	const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
	return ext === undefined ? undefined : formatOfExtension[ext];
}
