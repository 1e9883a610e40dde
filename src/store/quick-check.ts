// A fast check of the score store's data, for what quizline itself writes: it says yes only
// when the zod schemas (schema.ts, store-change.ts) would accept the value and hand it back
// unchanged (only known fields, every one valid, nothing for a `.catch` to drop). Anything
// else, however harmless, is a no, and the caller asks the full schemas instead; so reading a
// store quizline wrote loads no zod, and every odd file is still judged by the schemas alone.
import type { StoreChange } from './apply-change.js';
import type { StoreData } from './schema.js';
import { currentSchemaVersion, modes, verdictKinds } from './schema-base.js';

type Fields = Record<string, unknown>;

/** zod's `z.iso.datetime()` pattern (no offset, any precision), copied from zod's regexes. */
const isoPattern =
	/^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z))$/;

const isObject = (value: unknown): value is Fields =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isTime = (value: unknown): boolean => typeof value === 'string' && isoPattern.test(value);
const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
const isSpan = (value: unknown): boolean =>
	typeof value === 'number' && Number.isFinite(value) && value >= 0;
/** A record key JSON and the store can both keep (`__proto__` is left to the schemas). */
const isKey = (value: unknown): boolean => isString(value) && value !== '' && value !== '__proto__';
const optional =
	(check: (value: unknown) => boolean) =>
	(value: unknown): boolean =>
		value === undefined || check(value);
/** An array whose every element passes (holes included, as undefined: `every` skips them). */
const arrayOf =
	(check: (value: unknown) => boolean) =>
	(value: unknown): boolean => {
		if (!Array.isArray(value)) return false;
		for (let index = 0; index < value.length; index++) if (!check(value[index])) return false;
		return true;
	};
const oneOf =
	(values: readonly unknown[]) =>
	(value: unknown): boolean =>
		values.includes(value);

/**
 * An object whose fields are all in `shape` and pass its checks (a field absent from the
 * object is checked as undefined, so required fields must be present).
 */
function exactly(shape: Record<string, (value: unknown) => boolean>) {
	const names = Object.keys(shape);
	return (value: unknown): boolean => {
		if (!isObject(value)) return false;
		for (const key in value) if (!Object.hasOwn(shape, key)) return false;
		for (const name of names)
			if (!(shape[name] as (value: unknown) => boolean)(value[name])) return false;
		return true;
	};
}

const recordOf =
	(check: (value: unknown) => boolean) =>
	(value: unknown): boolean => {
		if (!isObject(value)) return false;
		for (const key in value) if (key === '__proto__' || !check(value[key])) return false;
		return true;
	};

const inPlace = (value: unknown): boolean =>
	exactly({ right: isCount, of: (of) => Number.isSafeInteger(of) && (of as number) >= 1 })(value) &&
	((value as Fields).right as number) <= ((value as Fields).of as number);

const gradeFields = {
	verdict: optional(oneOf(verdictKinds)),
	inPlace: optional(inPlace),
	support: optional(isString),
};

const historyEntry = exactly({
	at: isTime,
	correct: isBoolean,
	answer: isString,
	ms: optional(isSpan),
	hinted: optional(isBoolean),
	...gradeFields,
});

const questionRecord = exactly({
	attempts: isCount,
	correct: isCount,
	partial: optional(isCount),
	lastAnswer: isString,
	lastCorrect: isBoolean,
	lastSeen: isTime,
	bank: isString,
	history: arrayOf(historyEntry),
});

const sessionAnswer = exactly({
	id: isString,
	answer: isString,
	correct: isBoolean,
	at: isTime,
	...gradeFields,
});

const seed = optional((value) => isString(value) || typeof value === 'number');

const sessionRecord = exactly({
	id: (value) => isString(value) && value.length > 0,
	bank: isString,
	mode: oneOf(modes),
	start: isTime,
	end: optional(isTime),
	count: isCount,
	score: isCount,
	questionIds: arrayOf(isString),
	seed,
	timeLimitMs: optional(isSpan),
	answers: arrayOf(sessionAnswer),
});

const profileData = exactly({
	questions: recordOf(questionRecord),
	sessions: arrayOf(sessionRecord),
});

const name = (value: unknown) => isString(value) && value.length > 0;
const countOrNull = (value: unknown) => value === null || isCount(value);

const classSession = exactly({
	id: name,
	bank: isString,
	kind: oneOf(['live', 'local']),
	start: isTime,
	end: isTime,
	endReason: oneOf(['completed', 'stopped']),
	seed,
	speedBonus: isBoolean,
	questionIds: arrayOf(isString),
	players: arrayOf(exactly({ name, score: isCount })),
	answers: arrayOf(
		exactly({
			name,
			questionId: isString,
			answer: isString,
			result: oneOf(['right', 'wrong', 'unanswered']),
			seconds: (value) => value === null || isSpan(value),
		}),
	),
	tallies: optional(
		arrayOf(exactly({ questionId: isString, right: countOrNull, of: countOrNull })),
	),
	csv: optional(isString),
});

const storeData = exactly({
	schemaVersion: (value) => value === currentSchemaVersion,
	profiles: recordOf(profileData),
	classSessions: optional(arrayOf(classSession)),
	journal: optional(isString),
});

/** True when the schemas would take `raw` as score file data just as it is. */
export function isPlainStoreData(raw: unknown): raw is StoreData {
	return storeData(raw);
}

const answerInput = exactly({
	questionId: isKey,
	bank: isString,
	answer: isString,
	correct: isBoolean,
	ms: optional(isSpan),
	hinted: optional(isBoolean),
	...gradeFields,
});

const changes: Record<string, (value: unknown) => boolean> = {
	start: exactly({ op: isString, profile: isKey, session: sessionRecord }),
	answer: exactly({
		op: isString,
		profile: isKey,
		session: optional(isString),
		answer: answerInput,
		at: isTime,
	}),
	finish: exactly({ op: isString, profile: isKey, session: isString, at: isTime }),
	reset: exactly({ op: isString, profile: isKey }),
	class: exactly({ op: isString, record: classSession }),
};

/** True when the schemas would take `raw` as a store change just as it is. */
export function isPlainChange(raw: unknown): raw is StoreChange {
	if (!isObject(raw) || !isString(raw.op) || !Object.hasOwn(changes, raw.op)) return false;
	return (changes[raw.op] as (value: unknown) => boolean)(raw);
}
