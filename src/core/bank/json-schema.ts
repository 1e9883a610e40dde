import * as z from 'zod';
import { bankSchema } from './schema.js';

/** The bank's JSON Schema, as committed in questions/schema.json for editors. */
export function bankJsonSchemaText(): string {
	const schema = z.toJSONSchema(bankSchema, { io: 'input', target: 'draft-2020-12' });
	return `${JSON.stringify({ title: 'quizline question bank', ...schema }, null, '\t')}\n`;
}
