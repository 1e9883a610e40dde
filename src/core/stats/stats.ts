// Stats: a learner's attempts summed up into accuracy, weak questions and a timeline.
import type { Question } from '../bank/schema.js';
import type { OrderCount } from '../grade/grade-order.js';
import { dueQueue, type Review, type ScheduleOptions } from '../schedule.js';
import {
	type Accuracy,
	accuracyOf,
	groupAccuracy,
	type WeakQuestion,
	weakestQuestions,
} from './accuracy.js';
import {
	currentStreak,
	type SessionPoint,
	type Streak,
	sessionTimeline,
	streakOf,
} from './time.js';

export type { Accuracy, WeakQuestion } from './accuracy.js';
export type { SessionPoint, Streak } from './time.js';

/** The parts of a learner's record that statistics read (the store's shape, structurally). */
export type StatsRecord = {
	readonly questions: Readonly<
		Record<
			string,
			{
				readonly attempts: number;
				readonly correct: number;
				/** Answers partly right; absent in records older than partial credit. */
				readonly partial?: number | undefined;
				readonly lastSeen: string;
				readonly history: readonly (Review & { readonly inPlace?: OrderCount | undefined })[];
				/** The bank the question was answered in. */
				readonly bank?: string;
			}
		>
	>;
	readonly sessions: readonly {
		readonly bank?: string;
		readonly start: string;
		readonly end?: string | undefined;
		readonly mode: string;
		readonly count: number;
		readonly score: number;
		readonly answers: readonly { readonly at: string; readonly correct: boolean }[];
	}[];
};

/** The clock and the knobs statistics depend on. */
type StatsOptions = {
	readonly now: Date;
	/** Count only this bank's answers and sessions (a profile may train on several banks). */
	readonly bank?: string;
	/** How many weakest questions to list (default 5). */
	readonly weakestCount?: number;
	/** How many recent sessions the accuracy chart shows (default 20). */
	readonly timelineLength?: number;
	/** Spaced repetition settings, for what is due. */
	readonly schedule?: ScheduleOptions & { readonly newPerDay?: number };
};

/** How many questions spaced repetition asks for. */
export type DueCounts = {
	/** Due at this moment. */
	readonly now: number;
	/** Due by the end of today, those due now included. */
	readonly today: number;
	/** Due within the next seven days, those due now included. */
	readonly week: number;
	/** New questions today's limit still allows. */
	readonly fresh: number;
};

/** What `quizline stats` reports. */
export type Stats = {
	readonly sessions: {
		readonly total: number;
		readonly finished: number;
		readonly recent: readonly {
			start: string;
			mode: string;
			score: number;
			answered: number;
			finished: boolean;
		}[];
	};
	readonly overall: Accuracy;
	readonly byTag: Readonly<Record<string, Accuracy>>;
	readonly bySkill: Readonly<Record<string, Accuracy>>;
	readonly weakest: readonly WeakQuestion[];
	/** Ids with history that the bank no longer has (kept, not dropped). */
	readonly orphaned: readonly string[];
	readonly unseen: number;
	/** Accuracy per session, oldest first: the chart of accuracy over time. */
	readonly timeline: readonly SessionPoint[];
	readonly streak: Streak;
	readonly due: DueCounts;
	/** Order questions: answers kept in the history, and their items in place of all placed. */
	readonly order: { readonly answers: number; readonly right: number; readonly of: number };
};

/** Summarise a learner's record against a bank. */
export function computeStats(
	whole: StatsRecord,
	questions: readonly Question[],
	options: StatsOptions,
): Stats {
	const record = options.bank === undefined ? whole : ofBank(whole, options.bank);
	const ids = new Set(questions.map((question) => question.id));
	const queue = dueQueue(questions, record.questions, { ...options.schedule, now: options.now });
	return {
		sessions: {
			total: record.sessions.length,
			finished: record.sessions.filter((session) => session.end !== undefined).length,
			recent: record.sessions.slice(-10).map((session) => ({
				start: session.start,
				mode: session.mode,
				score: session.score,
				answered: session.answers.length,
				finished: session.end !== undefined,
			})),
		},
		...groupAccuracy(record.questions, questions),
		weakest: weakestQuestions(record.questions, questions, options.weakestCount ?? 5),
		orphaned: Object.keys(record.questions)
			.filter((id) => !ids.has(id))
			.sort(),
		unseen: questions.filter((question) => !Object.hasOwn(record.questions, question.id)).length,
		timeline: sessionTimeline(record.sessions, options.timelineLength),
		streak: streakOf(answerTimes(record), options.now),
		due: {
			now: queue.due.length,
			today: queue.due.length + queue.laterToday,
			week: queue.thisWeek,
			fresh: queue.fresh.length,
		},
		order: orderCredit(record),
	};
}

/** What the start screen says of a learner: questions unseen, accuracy, the current streak. */
export type Overview = Pick<Stats, 'unseen' | 'overall'> & {
	readonly streak: Pick<Streak, 'current'>;
};

/**
 * `computeStats`' figures for the start screen alone, from the same helpers: the same
 * values (`test/core/stats/overview.test.ts`) without the rest's cost on a long history.
 */
export function overviewStats(
	whole: StatsRecord,
	questions: readonly Question[],
	options: Pick<StatsOptions, 'now' | 'bank'>,
): Overview {
	const record = options.bank === undefined ? whole : ofBank(whole, options.bank);
	let correct = 0;
	let attempts = 0;
	let partial = 0;
	for (const entry of Object.values(record.questions)) {
		correct += entry.correct;
		attempts += entry.attempts;
		partial += entry.partial ?? 0;
	}
	return {
		overall: accuracyOf(correct, attempts, partial),
		unseen: questions.filter((question) => !Object.hasOwn(record.questions, question.id)).length,
		streak: { current: currentStreak(() => answerTimes(record), options.now) },
	};
}

/** Items in place summed over every order answer the history keeps. */
function orderCredit(record: StatsRecord): Stats['order'] {
	let answers = 0;
	let right = 0;
	let of = 0;
	for (const entry of Object.values(record.questions)) {
		for (const review of entry.history) {
			if (!review.inPlace) continue;
			answers++;
			right += review.inPlace.right;
			of += review.inPlace.of;
		}
	}
	return { answers, right, of };
}

/**
 * The part of a record that belongs to one bank: its questions' records and its sessions, a
 * launch left before the first answer not counted as a session.
 */
export function ofBank(record: StatsRecord, bank: string): StatsRecord {
	return {
		questions: Object.fromEntries(
			Object.entries(record.questions).filter(([, entry]) => (entry.bank ?? bank) === bank),
		),
		sessions: record.sessions.filter(
			(session) => (session.bank ?? bank) === bank && session.answers.length > 0,
		),
	};
}

function* answerTimes(record: StatsRecord): Generator<string> {
	for (const session of record.sessions) for (const answer of session.answers) yield answer.at;
	for (const entry of Object.values(record.questions)) {
		for (const review of entry.history) yield review.at;
	}
}
