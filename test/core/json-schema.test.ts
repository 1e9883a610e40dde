import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { bankJsonSchemaText } from '../../src/core/bank/json-schema.js';

it('questions/schema.json is generated from the current zod schema (run: npm run schema)', () => {
	const committed = readFileSync(new URL('../../questions/schema.json', import.meta.url), 'utf8');
	expect(committed).toBe(bankJsonSchemaText());
});

it('the bundled bank points editors at the schema on its first line', () => {
	const bank = readFileSync(
		new URL('../../questions/putin-xi-sco-2022.yaml', import.meta.url),
		'utf8',
	);
	expect(bank.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
});
