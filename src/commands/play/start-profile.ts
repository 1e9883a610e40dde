import type { ProfileData, QuestionRecord, SessionRecord } from '../../store/schema.js';

/** The id of the record that carries the other answers' days; no question has it. */
const daysId = '\u0000answer-days';

/**
 * What the trainer's first frame reads of `profile` on the bank `bank` with the questions
 * `ids`: the same start screen figures, plans and resumable session, in a small part of the
 * size. Records of these questions stay whole; other records of the bank keep their counts
 * but not their history; sessions keep their plan but not their answers, but the last
 * unfinished one; the times dropped are kept as one time per local day (at noon), which is
 * all the current streak reads of them.
 */
export function startProfile(
	profile: ProfileData,
	bank: string,
	ids: ReadonlySet<string>,
): ProfileData {
	const isOfBank = (of: string | undefined) => (of ?? bank) === bank;
	const days = new Set<string>();
	const keepDay = (at: string) => {
		const ms = Date.parse(at);
		if (!Number.isFinite(ms)) return;
		const noon = new Date(ms);
		noon.setHours(12, 0, 0, 0);
		days.add(noon.toISOString());
	};
	const questions: Record<string, QuestionRecord> = {};
	for (const [id, record] of Object.entries(profile.questions)) {
		if (ids.has(id)) questions[id] = record;
		else if (isOfBank(record.bank)) {
			for (const entry of record.history) keepDay(entry.at);
			questions[id] = { ...record, history: [] };
		}
	}
	const last = profile.sessions.findLast((session) => session.end === undefined);
	const sessions = profile.sessions.map((session): SessionRecord => {
		if (session === last) return session;
		if (isOfBank(session.bank)) for (const answer of session.answers) keepDay(answer.at);
		return { ...session, answers: [] };
	});
	if (days.size > 0) {
		const history = [...days].map((at) => ({ at, correct: true, answer: '' }));
		const lastSeen = history[0]?.at ?? '';
		questions[daysId] = {
			attempts: 0,
			correct: 0,
			lastAnswer: '',
			lastCorrect: true,
			lastSeen,
			bank,
			history,
		};
	}
	return { ...profile, questions, sessions };
}

/**
 * What else the start cache is keyed by: the bank, its questions and the time zone (`zone`,
 * else Intl's name for it), as the days kept are local days.
 */
export function startContext(bank: string, ids: readonly string[], zone?: string): string {
	const named = zone ?? `Intl=${Intl.DateTimeFormat().resolvedOptions().timeZone}`;
	return JSON.stringify([bank, named, ids]);
}

/** A cached start profile as read back: an object with questions and sessions, or undefined. */
export function asStartProfile(value: unknown): ProfileData | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { questions, sessions } = value as { questions?: unknown; sessions?: unknown };
	const isRecord = typeof questions === 'object' && questions !== null;
	return isRecord && Array.isArray(sessions) ? (value as ProfileData) : undefined;
}
