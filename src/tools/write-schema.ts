// `npm run schema`: rewrite questions/schema.json from the zod schema of the bank.
import { writeFileSync } from 'node:fs';
import { bankJsonSchemaText } from '../core/bank/json-schema.js';

const target = new URL('../../questions/schema.json', import.meta.url);
writeFileSync(target, bankJsonSchemaText());
console.log(`wrote ${target.pathname}`);
