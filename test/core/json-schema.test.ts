// The committed questions/schema.json must be the one the zod schema gives.
// After changing the schema: `npm run schemas`.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { bankJsonSchemaText } from '../../src/core/bank/json-schema.js';

const file = new URL('../../questions/schema.json', import.meta.url);

it('questions/schema.json is generated from the current zod schema (run: npm run schemas)', () => {
	if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(file, bankJsonSchemaText());
	expect(readFileSync(file, 'utf8')).toBe(bankJsonSchemaText());
});

it('the bundled bank points editors at the schema on its first line', () => {
	const bank = readFileSync(
		new URL('../../questions/putin-xi-sco-2022.yaml', import.meta.url),
		'utf8',
	);
	expect(bank.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
});
