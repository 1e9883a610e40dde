// The committed JSON Schema of `quizline grade --json` must be the one the zod schema gives.
// After changing the schema: `npm run schemas`.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { gradeDocumentSchema } from '../../../src/core/sheet/grade-document-schema.js';

const file = new URL('../../../schemas/grade-result.schema.json', import.meta.url);

describe('schemas/grade-result.schema.json', () => {
	const generated = z.toJSONSchema(gradeDocumentSchema, { target: 'draft-2020-12' });

	it('is generated from the zod schema and up to date', () => {
		if (process.env.UPDATE_SCHEMAS === '1') {
			writeFileSync(file, `${JSON.stringify(generated, null, '\t')}\n`);
		}
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(generated);
	});

	it('lists every field as required and forbids others', () => {
		const result = generated.properties?.sheets as {
			items: {
				properties: { results: { items: { required: string[]; additionalProperties: unknown } } };
			};
		};
		const item = result.items.properties.results.items;
		expect(item.required).toContain('given');
		expect(item.additionalProperties).toBe(false);
	});
});
