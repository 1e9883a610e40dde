import type {
	AnswerGrade,
	HistoryEntry,
	Mode,
	ProfileData,
	QuestionRecord,
	SessionRecord,
	StoreData,
} from './schema.js';
import { emptyProfileData, historyCap } from './schema-base.js';

/** One graded answer, as the session hands it to the store. */
export type AnswerInput = AnswerGrade & {
	readonly questionId: string;
	readonly bank: string;
	readonly answer: string;
	readonly correct: boolean;
	/** Time taken to answer, in milliseconds. */
	readonly ms?: number;
	/** Whether a hint was shown before answering. */
	readonly hinted?: boolean;
};

/** What a new session plans. */
export type SessionInit = {
	readonly bank: string;
	readonly mode: Mode;
	/** The planned questions, in order. */
	readonly questionIds: readonly string[];
	readonly seed?: string | number;
	/** An exam's time limit, in milliseconds. */
	readonly timeLimitMs?: number;
};

/** A session record that has not started answering yet. */
export function newSession(id: string, init: SessionInit, start: string): SessionRecord {
	const session: SessionRecord = {
		id,
		bank: init.bank,
		mode: init.mode,
		start,
		count: init.questionIds.length,
		score: 0,
		questionIds: [...init.questionIds],
		answers: [],
	};
	if (init.seed !== undefined) session.seed = init.seed;
	if (init.timeLimitMs !== undefined) session.timeLimitMs = init.timeLimitMs;
	return session;
}

/** Throws for a profile name or question id that cannot be a JSON object key here. */
export function assertKey(kind: string, key: string): void {
	// `__proto__` is dropped when the file is parsed and would set a prototype when written.
	if (key === '' || key === '__proto__') throw new RangeError(`Invalid ${kind}: '${key}'`);
}

/** The profile's own data, if any (never an inherited property). */
export function findProfile(data: StoreData, name: string): ProfileData | undefined {
	return Object.hasOwn(data.profiles, name) ? data.profiles[name] : undefined;
}

/** The profile's data, created empty when missing. */
export function ensureProfile(data: StoreData, name: string): ProfileData {
	assertKey('profile name', name);
	const found = findProfile(data, name);
	if (found) return found;
	const created = emptyProfileData();
	data.profiles[name] = created;
	return created;
}

/** A session of the profile (if there is one), or an error naming the missing id. */
export function findSession(profile: ProfileData | undefined, sessionId: string): SessionRecord {
	const session = profile?.sessions.findLast((candidate) => candidate.id === sessionId);
	if (!session) throw new RangeError(`Unknown session: ${sessionId}`);
	return session;
}

/**
 * Replaces the profile's session `sessionId` (the newest of that id) with what `change` makes
 * of it; a missing session is left alone. Records are replaced, never changed in place, so a
 * profile handed out earlier keeps showing what it showed.
 */
export function replaceSession(
	profile: ProfileData,
	sessionId: string,
	change: (session: SessionRecord) => SessionRecord,
): void {
	const index = profile.sessions.findLastIndex((candidate) => candidate.id === sessionId);
	const session = profile.sessions[index];
	if (session) profile.sessions[index] = change(session);
}

/** Adds one answer to the question's record and, when given and found, to the session. */
export function applyAnswer(
	profile: ProfileData,
	sessionId: string | undefined,
	input: AnswerInput,
	at: string,
): void {
	assertKey('question id', input.questionId);
	const grade = gradeOf(input);
	const entry: HistoryEntry = { at, correct: input.correct, answer: input.answer, ...grade };
	if (input.ms !== undefined) entry.ms = input.ms;
	if (input.hinted !== undefined) entry.hinted = input.hinted;
	const isPartial = input.verdict === 'partial';
	const previous: QuestionRecord | undefined = Object.hasOwn(profile.questions, input.questionId)
		? profile.questions[input.questionId]
		: undefined;
	profile.questions[input.questionId] = {
		...previous,
		attempts: (previous?.attempts ?? 0) + 1,
		correct: (previous?.correct ?? 0) + (input.correct ? 1 : 0),
		...(isPartial || previous?.partial !== undefined
			? { partial: (previous?.partial ?? 0) + (isPartial ? 1 : 0) }
			: {}),
		lastAnswer: input.answer,
		lastCorrect: input.correct,
		lastSeen: at,
		bank: input.bank,
		history: [...(previous?.history ?? []), entry].slice(-historyCap),
	};
	if (sessionId === undefined) return;
	const answer = {
		id: input.questionId,
		answer: input.answer,
		correct: input.correct,
		at,
		...grade,
	};
	replaceSession(profile, sessionId, (session) => ({
		...session,
		answers: [...session.answers, answer],
		score: session.score + (input.correct ? 1 : 0),
	}));
}

/** The grade's fields of an answer that has them (older callers give none). */
function gradeOf(input: AnswerGrade): AnswerGrade {
	return {
		...(input.verdict === undefined ? {} : { verdict: input.verdict }),
		...(input.inPlace === undefined ? {} : { inPlace: { ...input.inPlace } }),
		...(input.support === undefined ? {} : { support: input.support }),
	};
}
