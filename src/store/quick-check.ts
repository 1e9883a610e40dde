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
/** zod's pattern for the date alone, for the cache of days below. */
const dayPattern = new RegExp(`${isoPattern.source.slice(0, isoPattern.source.indexOf('T'))}$`);
/** Whether each `YYYY-MM-DD` met is a real day: answers share days, so each is checked once. */
const days = new Map<string, boolean>();
/** Where `Date.toISOString()` puts its separators and its digits. */
const separators: readonly [number, number][] = [
	[4, 45],
	[7, 45],
	[10, 84],
	[13, 58],
	[16, 58],
	[19, 46],
	[23, 90],
];
const digitsAt = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

/** `2025-03-01T09:00:00.000Z` as toISOString writes it: the form quizline stores, checked fast. */
function isStoredTime(value: string): boolean {
	if (value.length !== 24) return false;
	for (const [at, code] of separators) if (value.charCodeAt(at) !== code) return false;
	for (const at of digitsAt) {
		const code = value.charCodeAt(at);
		if (code < 48 || code > 57) return false;
	}
	const hours = (value.charCodeAt(11) - 48) * 10 + value.charCodeAt(12) - 48;
	if (hours > 23 || value.charCodeAt(14) > 53 || value.charCodeAt(17) > 53) return false;
	const day = value.slice(0, 10);
	let isDay = days.get(day);
	if (isDay === undefined) {
		isDay = dayPattern.test(day);
		days.set(day, isDay);
	}
	return isDay;
}

const isTime = (value: unknown): boolean =>
	typeof value === 'string' && (isStoredTime(value) || isoPattern.test(value));
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

const inPlaceShape = exactly({
	right: isCount,
	of: (of) => Number.isSafeInteger(of) && (of as number) >= 1,
});
const inPlace = (value: unknown): boolean =>
	inPlaceShape(value) && ((value as Fields).right as number) <= ((value as Fields).of as number);

const gradeFields = {
	verdict: optional(oneOf(verdictKinds)),
	inPlace: optional(inPlace),
	support: optional(isString),
};

/** One answer of a question's history: the most numerous record, so checked by hand. */
function historyEntry(value: unknown): boolean {
	if (!isObject(value)) return false;
	for (const key in value) {
		switch (key) {
			case 'at':
			case 'correct':
			case 'answer':
			case 'ms':
			case 'hinted':
			case 'verdict':
			case 'inPlace':
			case 'support':
				continue;
			default:
				return false;
		}
	}
	const { at, correct, answer, ms, hinted, verdict, inPlace: counted, support } = value;
	return (
		isTime(at) &&
		typeof correct === 'boolean' &&
		typeof answer === 'string' &&
		(ms === undefined || isSpan(ms)) &&
		(hinted === undefined || typeof hinted === 'boolean') &&
		(verdict === undefined || verdictKinds.includes(verdict as never)) &&
		(counted === undefined || inPlace(counted)) &&
		(support === undefined || typeof support === 'string')
	);
}

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
