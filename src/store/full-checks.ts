// The store's full checks: its zod schemas, for data the quick check did not take.
import type { FullChecks } from './checks.js';
import { storeDataSchema } from './schema.js';
import { storeChangeSchema } from './store-change.js';

export const fullChecks: FullChecks = {
	storeData(raw) {
		const parsed = storeDataSchema.safeParse(raw);
		return parsed.success
			? { ok: true, data: parsed.data }
			: { ok: false, issues: parsed.error.issues };
	},
	change(raw) {
		const parsed = storeChangeSchema.safeParse(raw);
		return parsed.success
			? { ok: true, change: parsed.data }
			: { ok: false, message: parsed.error.message };
	},
};
