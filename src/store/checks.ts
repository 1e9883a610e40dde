// The store's full checks (its zod schemas) are loaded only when needed: the quick check
// (quick-check.ts) takes what quizline wrote itself, and only what it refuses goes to them.
// score-store.ts loads them with the store; a start-up path that opens store-core.ts instead
// loads them once a quick check refused something, or after its first frame.
import type { StoreChange } from './apply-change.js';
import type { StoreData } from './schema.js';

/** One problem the schema found: where, and what. */
export type CheckIssue = { readonly path: readonly PropertyKey[]; readonly message: string };

/** The schemas' verdicts on score file data and on one journal change. */
export type FullChecks = {
	readonly storeData: (
		raw: unknown,
	) =>
		| { readonly ok: true; readonly data: StoreData }
		| { readonly ok: false; readonly issues: readonly CheckIssue[] };
	readonly change: (
		raw: unknown,
	) =>
		| { readonly ok: true; readonly change: StoreChange }
		| { readonly ok: false; readonly message: string };
};

let loaded: FullChecks | undefined;

/** Hands the store its full checks (score-store.ts does, as it loads); undefined: none (tests). */
export function setFullChecks(checks: FullChecks | undefined): void {
	loaded = checks;
}

/** Loads the full checks, if not yet loaded. */
export async function loadFullChecks(): Promise<void> {
	if (!loaded) setFullChecks((await import('./full-checks.js')).fullChecks);
}

/** Whether the full checks are loaded (for tests). */
export const hasFullChecks = (): boolean => loaded !== undefined;

/** Thrown when data needs the full checks before they were loaded; `loadFullChecks`, then retry. */
export class ChecksNotLoadedError extends Error {
	constructor() {
		super('the score store needs its full checks: load them first (loadFullChecks)');
		this.name = 'ChecksNotLoadedError';
	}
}

/** The full checks; a ChecksNotLoadedError when they are not loaded yet. */
export function fullChecks(): FullChecks {
	if (!loaded) throw new ChecksNotLoadedError();
	return loaded;
}
