// What the score store's code needs of its schema at run time besides the zod schemas
// themselves (schema.ts): reading and writing the store loads no zod.
import type { ProfileData, StoreData } from './schema.js';

export { type Mode, modes } from '../core/modes/mode.js';

/** The version this code writes; migrations key on the stored `schemaVersion`. */
export const currentSchemaVersion = 1;

/** How many answers per question the history keeps (the oldest are dropped). */
export const historyCap = 50;

/** How an answer was graded; `partial`: some of an order in place, or part B of two wrong. */
export const verdictKinds = ['exact', 'accepted', 'near-miss', 'partial', 'wrong'] as const;

/** A store with no profiles yet. */
export function emptyStoreData(): StoreData {
	return { schemaVersion: currentSchemaVersion, profiles: {} };
}

/** A profile with no answers yet. */
export function emptyProfileData(): ProfileData {
	return { questions: {}, sessions: [] };
}
