import type { Mode } from '../core/modes/mode.js';
import type { AnsweredItem, EndReason } from '../core/session.js';
import type { AppState, BegunSession, StartInfo } from './app-state.js';
import {
	type BeginResult,
	type TrainerAction,
	type TrainerEffect,
	trainerStep,
} from './trainer-step.js';

/** One line about saving for the learner (an answer kept while the store fails …), or none. */
export type SaveNotice = string | undefined;

/** What a session records: each answer as it is graded, and how the session ended. */
export type SessionRecorder = {
	/** Save one answer; settles once it is written (or kept to try again), with a notice. */
	answer(answer: AnsweredItem, quiz: BegunSession): SaveNotice | Promise<SaveNotice>;
	/** A session ended: completed, quit or interrupted; settles as `answer` does. */
	end(quiz: BegunSession, reason: EndReason): SaveNotice | Promise<SaveNotice>;
};

/** What the start screen needs: plans and stats. */
export type TrainerMenu = {
	/** The start screen, read afresh. */
	describe(): StartInfo;
	/** Plan and record a new session of `mode`. */
	begin(mode: Mode): BeginResult;
	/** Rebuild the last unfinished session. */
	resume(): BeginResult;
	/** The stats, as lines for this terminal. */
	stats(): readonly string[];
	/** Sessions ask the next kind of question (each skill of the bank, then every kind again). */
	nextKinds(): StartInfo;
};

/** What the runner carries effects out with. */
export type TrainerPorts = {
	readonly recorder: SessionRecorder;
	/** Absent when the app runs one session only (a quiz sheet). */
	readonly menu?: TrainerMenu;
	/** Close the app, with why. */
	readonly exit: (reason: EndReason) => void;
};

/** The trainer's state, steps and effects, outside React: screens read it and dispatch to it. */
export type TrainerRunner = {
	getState(): AppState;
	subscribe(listener: () => void): () => void;
	dispatch(action: TrainerAction): void;
};

/** After this long a write is said to be under way ("Saving your answer…"). */
const slowMs = 200;

/** Steps the trainer's state and carries out each effect the step returns. */
export function createTrainerRunner(initial: AppState, ports: TrainerPorts): TrainerRunner {
	let state = initial;
	const listeners = new Set<() => void>();
	const dispatch = (action: TrainerAction) => {
		const step = trainerStep(state, action);
		if (step.state !== state) {
			state = step.state;
			for (const listener of listeners) listener();
		}
		for (const effect of step.effects) carryOut(effect);
	};
	const settle = (notice: SaveNotice | Promise<SaveNotice>) => {
		const slow = setTimeout(() => dispatch({ type: 'slow' }), slowMs);
		void Promise.resolve(notice).then((news) => {
			clearTimeout(slow);
			dispatch({ type: 'saved', notice: news });
		});
	};
	const { recorder, menu } = ports;
	const carryOut = (effect: TrainerEffect) => {
		switch (effect.type) {
			case 'record':
				return settle(recorder.answer(effect.answer, effect.quiz));
			case 'end':
				return settle(recorder.end(effect.quiz, effect.reason));
			case 'exit':
				return ports.exit(effect.reason);
		}
		if (!menu) return;
		if (effect.type === 'begin') dispatch({ type: 'begun', result: menu.begin(effect.mode) });
		else if (effect.type === 'resume') dispatch({ type: 'begun', result: menu.resume() });
		else if (effect.type === 'stats') dispatch({ type: 'stats', lines: menu.stats() });
		else if (effect.type === 'kinds') dispatch({ type: 'menu', start: menu.nextKinds() });
		else {
			const { notice } = effect;
			dispatch({ type: 'menu', start: menu.describe(), ...(notice ? { notice } : {}) });
		}
	};
	return {
		getState: () => state,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		dispatch,
	};
}
