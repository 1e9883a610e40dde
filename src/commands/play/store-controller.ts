import { randomBytes, randomUUID } from 'node:crypto';
import { skills } from '../../core/bank/kinds.js';
import type { Question } from '../../core/bank/schema.js';
import { type Mode, rulesFor } from '../../core/modes/mode.js';
import { type PlanInput, type PlanResult, planSession } from '../../core/modes/plan.js';
import { replayPlan } from '../../core/modes/replay.js';
import { replaySession } from '../../core/resume.js';
import { itemsFromIds, withTags } from '../../core/select.js';
import { startSession } from '../../core/session.js';
import { computeStats, overviewStats } from '../../core/stats/stats.js';
import type { LoadedBank } from '../../files/load-bank.js';
import { kindsLine } from '../../format/kinds-text.js';
import { describeModes } from '../../format/mode-menu.js';
import { planRefusalText } from '../../format/plan-text.js';
import { overviewLine, statsLines } from '../../format/stats-text.js';
import type { Style } from '../../format/style.js';
import { shortTime } from '../../format/time-text.js';
import type { ProfileData, ScoreStore, SessionRecord } from '../../store/score-store.js';
import type { BegunSession, StartInfo } from '../../ui/app-state.js';
import type { SessionRecorder, TrainerMenu } from '../../ui/trainer-runner.js';
import type { BeginResult } from '../../ui/trainer-step.js';
import { createSaveQueue, type SaveQueue } from './save-queue.js';

/** How sessions are planned: the play options that shape them. */
export type PlanSettings = Pick<PlanInput, 'count' | 'tags' | 'schedule' | 'examMinutes'> & {
	/** A fixed seed; a fresh random one per session when absent. */
	readonly seed?: string;
};

/** Everything a store-backed trainer needs. */
export type StoreControllerContext = {
	readonly loaded: LoadedBank;
	readonly store: ScoreStore;
	readonly profile: string;
	readonly settings: PlanSettings;
	readonly now: () => Date;
	/** How stats lines are styled (colour or not). */
	readonly style: Style;
	/** Where writes wait when the store fails (a queue of its own when absent). */
	readonly saves?: SaveQueue;
	/**
	 * What the first frame reads instead of the store's profile, until it gives undefined: the
	 * profile's start part kept from an earlier run of the same bytes (see `startProfile`).
	 */
	readonly early?: () => ProfileData | undefined;
};

/** The trainer's ports over the score store: what sessions record, what the menu reads. */
export type StoreController = { readonly recorder: SessionRecorder; readonly menu: TrainerMenu };

/** The trainer's plans, records and stats, kept in the score store under one profile. */
export function createStoreController(context: StoreControllerContext): StoreController {
	const { loaded, store, profile, settings, now } = context;
	const saves = context.saves ?? createSaveQueue((write) => store.whenFree(write));
	/** Saves now, or keeps the write for later; says so in one line when it matters. */
	const save = (write: () => void, isAnswer = false) => saves.save({ write, isAnswer });
	const { questions } = loaded.bank;
	const kinds = kindChooser(questions);
	const planInput = (): PlanInput => ({
		...settings,
		questions: kinds.asked(),
		records: profileNow(context).questions,
		seed: settings.seed ?? randomBytes(3).toString('hex'),
		now: now(),
	});
	const stats = (among: readonly Question[] = questions) =>
		computeStats(store.profile(profile), among, {
			now: now(),
			bank: loaded.key,
			...(settings.schedule ? { schedule: settings.schedule } : {}),
		});

	/** The session a given seed played before, replayed; otherwise a new plan. */
	const replayOrPlan = (mode: Mode): PlanResult => {
		const { seed, count } = settings;
		const wish = { bank: loaded.key, mode, count };
		const past = seed === undefined ? undefined : profileNow(context).sessions;
		const replay =
			past && seed !== undefined ? replayPlan(past, { ...wish, seed }, questions) : undefined;
		return replay ? { ok: true, plan: replay } : planSession(mode, planInput());
	};

	const menu: TrainerMenu = {
		describe(): StartInfo {
			const unfinished = resumable(context);
			// The start screen counts what --tags and the kind let a session ask; the stats, the bank.
			const asked = withTags(kinds.asked(), settings.tags);
			const line = kinds.line(asked.length);
			return {
				overview: overviewOf(context, asked),
				modes: describeModes(planInput()),
				...(unfinished ? { resumable: unfinished } : {}),
				...(line ? { kinds: line } : {}),
			};
		},
		nextKinds: () => kinds.next() ?? menu.describe(),
		begin(mode): BeginResult {
			const planned = replayOrPlan(mode);
			if (!planned.ok) return { notice: planRefusalText(planned.refusal) };
			const { plan } = planned;
			const init = {
				bank: loaded.key,
				mode,
				questionIds: plan.items.map((item) => item.question.id),
				seed: plan.seed,
				...(plan.rules.timeLimitMs === undefined ? {} : { timeLimitMs: plan.rules.timeLimitMs }),
			};
			// The id is made here, so the session goes on even while its start waits to be saved.
			const id = randomUUID();
			const when = { id, at: now() };
			void save(() => store.startSession(profile, init, when));
			return {
				id,
				mode,
				seed: plan.seed,
				session: startSession(plan.items, now().getTime(), plan.rules),
			};
		},
		resume: () => resumeLast(context, save),
		stats: () => statsLines(profile, stats(), context.style, loaded.key),
	};
	const recorder: SessionRecorder = {
		answer(answer, quiz) {
			const input = {
				questionId: answer.item.question.id,
				bank: loaded.key,
				answer: answer.given,
				correct: answer.verdict.correct,
				verdict: answer.verdict.kind,
				...(answer.verdict.inPlace ? { inPlace: answer.verdict.inPlace } : {}),
				...(answer.supportGiven === undefined ? {} : { support: answer.supportGiven }),
				ms: answer.ms,
				hinted: answer.hinted,
			};
			const when = { at: now() };
			return save(() => store.recordAnswer(profile, quiz.id, input, when), true);
		},
		end(quiz, reason) {
			// Quit or interrupted midway, a session stays unfinished so `play --resume` continues it.
			if (reason !== 'completed') return saves.save();
			const when = { at: now() };
			return save(() => store.finishSession(profile, quiz.id, when));
		},
	};
	return { recorder, menu };
}

/**
 * Which kind of question sessions ask: every kind, or one skill of the bank, in the order of
 * the bank format's skills; `next` moves on and comes back round to every kind.
 */
function kindChooser(questions: readonly Question[]) {
	const present = skills.filter((skill) => questions.some((question) => question.skill === skill));
	let at = -1;
	const skill = () => present[at];
	return {
		asked: () => (at < 0 ? questions : questions.filter((question) => question.skill === skill())),
		next(): undefined {
			at = at + 1 >= present.length ? -1 : at + 1;
		},
		/** The start screen's line, or undefined when the bank trains one skill only. */
		line: (count: number) => (present.length < 2 ? undefined : kindsLine(skill(), count)),
	};
}

/** The start screen's line about the learner: only the figures it shows are computed. */
function overviewOf(context: StoreControllerContext, asked: readonly Question[]): string {
	const { profile, loaded, settings, now } = context;
	const overview = overviewStats(profileNow(context), asked, { now: now(), bank: loaded.key });
	return overviewLine(profile, overview, asked.length, settings.tags);
}

/** The profile as the first frame reads it (see `early`), then as stored now. */
function profileNow({ early, store, profile }: StoreControllerContext): ProfileData {
	return early?.() ?? store.profile(profile);
}

/** The most recently started session of the profile that has no end yet. */
function lastUnfinished(context: StoreControllerContext): SessionRecord | undefined {
	return profileNow(context).sessions.findLast((session) => session.end === undefined);
}

/** The last unfinished session of this bank, described; undefined when there is none. */
function resumable(context: StoreControllerContext): string | undefined {
	const last = lastUnfinished(context);
	const { loaded } = context;
	if (!last || last.bank !== loaded.key) return undefined;
	return `${last.mode}, ${last.answers.length} of ${last.count} answered, started ${shortTime(last.start)}`;
}

/** The last unfinished session, rebuilt with the same questions in the same order. */
function resumeLast(
	context: StoreControllerContext,
	save: (write: () => void) => Promise<unknown>,
): BeginResult {
	const { store, profile, loaded, now } = context;
	const last = lastUnfinished(context);
	if (!last) return { notice: `Profile ${profile} has no unfinished session to resume.` };
	if (last.bank !== loaded.key) {
		return {
			notice: `The last unfinished session of profile ${profile} is on the bank "${last.bank}", not "${loaded.key}": name that bank to resume it.`,
		};
	}
	const items = itemsFromIds(loaded.bank.questions, last.questionIds, last.seed ?? '');
	const rules = rulesFor(last.mode, last.timeLimitMs);
	const session = replaySession(
		items,
		rules,
		last.answers,
		Date.parse(last.start),
		now().getTime(),
	);
	const begun: BegunSession = { id: last.id, mode: last.mode, seed: last.seed ?? '', session };
	if (session.phase === 'done') {
		const when = { at: now() };
		void save(() => store.finishSession(profile, last.id, when));
		return {
			notice: `The last session (${last.mode}) had no question left; it is now marked finished.`,
		};
	}
	return begun;
}
