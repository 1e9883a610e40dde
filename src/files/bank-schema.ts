import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledBankPath } from './bank-path.js';
import { readText } from './read-text.js';
import { writeText } from './write-text.js';

/** The JSON Schema of a bank that ships beside the bundled bank; every written bank names it. */
export const bundledSchemaPath = path.join(path.dirname(bundledBankPath), 'schema.json');

/** Larger than any schema of a bank: a bigger `schema.json` is someone else's file. */
const schemaLimit = 1 << 20;

/** What became of the schema beside a bank. */
export type SchemaPlacement = 'written' | 'updated' | 'present' | 'foreign';

/**
 * Put quizline's bank schema beside `bankFile` as `schema.json`, the file a written bank's first
 * line points editors to. An older copy of quizline's schema is updated; another file of that
 * name (someone else's schema) is left alone, as `foreign`.
 */
export function placeSchemaBeside(bankFile: string): SchemaPlacement | Error {
	const target = path.join(path.dirname(bankFile), 'schema.json');
	if (path.resolve(target) === path.resolve(bundledSchemaPath)) return 'present';
	const schema = readFileSync(bundledSchemaPath, 'utf8');
	const exists = existsSync(target);
	if (exists) {
		const current = readText(target, schemaLimit);
		if (current === schema) return 'present';
		if (typeof current !== 'string' || !isBankSchema(current)) return 'foreign';
	}
	const written = writeText(target, schema);
	if (written) return written;
	return exists ? 'updated' : 'written';
}

function isBankSchema(text: string): boolean {
	try {
		return (JSON.parse(text) as { title?: unknown }).title === 'quizline question bank';
	} catch {
		return false;
	}
}
