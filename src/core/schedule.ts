import { type Card, createEmptyCard, type FSRS, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { Question } from './bank/schema.js';
import { addDays, startOfDay } from './calendar.js';

/** One answer as spaced repetition reads it; the store's history entries have this shape. */
export type Review = {
	readonly at: string;
	readonly correct: boolean;
	/** Time taken, in milliseconds. */
	readonly ms?: number | undefined;
	/** Whether a hint was shown before answering. */
	readonly hinted?: boolean | undefined;
};

/** The answers given to each question id, oldest first. */
type ReviewRecords = Readonly<Record<string, { readonly history: readonly Review[] }>>;

/** How answers become ratings and how much should be remembered. */
export type ScheduleOptions = {
	/** Desired retention, between 0.7 and 0.99 (default 0.9). */
	readonly retention?: number;
	/** A right answer within this many milliseconds is Easy (default 6 s). */
	readonly fastMs?: number;
	/** A right answer after this many milliseconds is Hard (default 25 s). */
	readonly slowMs?: number;
};

/** The desired retention when none is given. */
const defaultRetention = 0.9;
/** New questions a `due` session may introduce per day when no limit is given. */
const defaultNewPerDay = 10;

/** Wrong is Again; right after a hint or slowly is Hard; right fast is Easy; right is Good. */
export function ratingOf(review: Review, options: ScheduleOptions = {}): Grade {
	if (!review.correct) return Rating.Again;
	if (review.hinted) return Rating.Hard;
	if (review.ms !== undefined && review.ms >= (options.slowMs ?? 25_000)) return Rating.Hard;
	if (review.ms !== undefined && review.ms <= (options.fastMs ?? 6_000)) return Rating.Easy;
	return Rating.Good;
}

/** A ts-fsrs scheduler for the desired retention; no fuzz, so schedules can be replayed. */
export function createScheduler(options: ScheduleOptions = {}): FSRS {
	return fsrs({ request_retention: options.retention ?? defaultRetention, enable_fuzz: false });
}

/** A question's card after replaying its answers through FSRS; undefined when never answered. */
export function cardFromHistory(
	history: readonly Review[],
	scheduler: FSRS,
	options: ScheduleOptions = {},
): Card | undefined {
	let card: Card | undefined;
	for (const review of history) {
		const at = new Date(review.at);
		card = scheduler.next(card ?? createEmptyCard(at), at, ratingOf(review, options)).card;
	}
	return card;
}

/** Cards already replayed, by history (histories are replaced, never changed) and options. */
const replayed = new WeakMap<readonly Review[], Map<string, Card | undefined>>();
/** One scheduler per set of options, as replaying needs no other state. */
const schedulers = new Map<string, FSRS>();

/**
 * Cards kept between runs (a file in the cache folder), by a key that names the options and
 * every answer's time and rating: a card is a pure function of those, so a history unchanged
 * since the last run is not replayed again.
 */
export type CardCache = {
	get(key: string): Card | undefined;
	set(key: string, card: Card): void;
};

let cardCache: CardCache | undefined;
let replays = 0;

/** Keeps replayed cards in `cache` from now on (undefined: in this process only). */
export function keepCardsIn(cache: CardCache | undefined): void {
	cardCache = cache;
}

/** How many histories this process has replayed through FSRS (for tests). */
export const historyReplays = (): number => replays;

/** What a replay depends on: the options, then each answer's time and rating. */
function replayKey(
	history: readonly Review[],
	optionsKey: string,
	options: ScheduleOptions,
): string {
	let key = optionsKey;
	for (const review of history) key += `\n${review.at} ${ratingOf(review, options)}`;
	return key;
}

/**
 * `cardFromHistory` with the scheduler for `options`, each history replayed once per process:
 * the start screen's modes and its statistics ask for the same cards. The card is shared and
 * must not be changed.
 */
export function replayedCard(
	history: readonly Review[],
	options: ScheduleOptions = {},
): Card | undefined {
	const key = `${options.retention ?? defaultRetention}|${options.fastMs}|${options.slowMs}`;
	let cards = replayed.get(history);
	if (!cards) {
		cards = new Map();
		replayed.set(history, cards);
	}
	if (cards.has(key)) return cards.get(key);
	const lasting = cardCache && history.length > 0 ? replayKey(history, key, options) : undefined;
	const kept = lasting === undefined ? undefined : cardCache?.get(lasting);
	if (kept) {
		cards.set(key, kept);
		return kept;
	}
	let scheduler = schedulers.get(key);
	if (!scheduler) {
		scheduler = createScheduler(options);
		schedulers.set(key, scheduler);
	}
	replays++;
	const card = cardFromHistory(history, scheduler, options);
	cards.set(key, card);
	if (card && lasting !== undefined) cardCache?.set(lasting, card);
	return card;
}

/** What spaced repetition asks for now. */
type DueQueue = {
	/** Ids whose card is due, the most overdue first. */
	readonly due: readonly string[];
	/** Never-answered ids that today's new-question limit still allows, in bank order. */
	readonly fresh: readonly string[];
	/** Cards due later today, by the end of this local day (after `due`). */
	readonly laterToday: number;
	/** Cards due within the next seven days, counting those due now. */
	readonly thisWeek: number;
	/** When the next card not yet due falls due, if any. */
	readonly nextDue?: Date;
};

/** The options of a due queue: the clock and the daily limit of new questions. */
type DueOptions = ScheduleOptions & { readonly now: Date; readonly newPerDay?: number };

/** Cards due now first, then as many new questions as today's limit allows. */
export function dueQueue(
	questions: readonly Question[],
	records: ReviewRecords,
	options: DueOptions,
): DueQueue {
	const now = options.now.getTime();
	const dayStart = startOfDay(options.now).getTime();
	const dayEnd = addDays(startOfDay(options.now), 1).getTime();
	const weekEnd = addDays(options.now, 7).getTime();
	const due: { id: string; at: number }[] = [];
	const unseen: string[] = [];
	let introducedToday = 0;
	let laterToday = 0;
	let thisWeek = 0;
	let nextDue: number | undefined;
	for (const question of questions) {
		const history = Object.hasOwn(records, question.id) ? records[question.id]?.history : undefined;
		const card = history ? replayedCard(history, options) : undefined;
		if (!card || !history) {
			unseen.push(question.id);
			continue;
		}
		const first = history[0];
		if (first && Date.parse(first.at) >= dayStart) introducedToday++;
		const at = card.due.getTime();
		if (at <= now) due.push({ id: question.id, at });
		else {
			if (at < dayEnd) laterToday++;
			nextDue = Math.min(nextDue ?? at, at);
		}
		if (at <= weekEnd) thisWeek++;
	}
	const allowed = Math.max(0, (options.newPerDay ?? defaultNewPerDay) - introducedToday);
	return {
		due: due.sort((a, b) => a.at - b.at).map((entry) => entry.id),
		fresh: unseen.slice(0, allowed),
		laterToday,
		thisWeek,
		...(nextDue === undefined ? {} : { nextDue: new Date(nextDue) }),
	};
}
