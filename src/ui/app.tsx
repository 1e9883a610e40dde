import { Box, useApp, useInput } from 'ink';
import { useEffect, useRef } from 'react';
import type { Article } from '../core/article.js';
import type { Mode } from '../core/modes/mode.js';
import { type AnsweredItem, isFinished, type SessionAction } from '../core/session.js';
import {
	type AppState,
	appReducer,
	type BegunSession,
	type EndReason,
	keyCommand,
	type StartInfo,
	scopeOf,
} from './app-state.js';
import { useClock } from './hooks/use-clock.js';
import { useSyncReducer } from './hooks/use-sync-reducer.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { QuizView } from './quiz-view.js';
import { HelpScreen } from './screens/help-screen.js';
import { StartScreen } from './screens/start-screen.js';
import { StatsScreen } from './screens/stats-screen.js';

/** A session to run, or why there is none. */
export type BeginResult = BegunSession | { readonly notice: string };

/** What the trainer asks of the outside world: plans, records and stats. */
export type TrainerController = {
	/** The start screen, read afresh. */
	describe(): StartInfo;
	/** Plan and record a new session of `mode`. */
	begin(mode: Mode): BeginResult;
	/** Rebuild the last unfinished session. */
	resume(): BeginResult;
	/** The stats, as lines for this terminal. */
	stats(): readonly string[];
	/** Save one answer the moment it is graded; a one-line notice when saving needs one. */
	answer(answer: AnsweredItem, quiz: BegunSession): SaveNotice;
	/** A session ended: finished, quit or interrupted; a notice as for `answer`. */
	end(quiz: BegunSession, reason: EndReason): SaveNotice;
};

/** One line about saving for the learner (an answer kept while the store fails …), or none. */
export type SaveNotice = string | undefined;

export type TrainerAppProps = {
	readonly title: string;
	readonly article: Article;
	readonly controller: TrainerController;
	/** Run this session at once and close after it; the start screen when absent. */
	readonly begun?: BegunSession;
	/** The start screen's first content, when there is no `begun` session. */
	readonly start?: StartInfo;
	readonly now?: () => number;
	/** Called once, just before the app closes, with why it closes. */
	readonly onExit: (reason: EndReason) => void;
};

/** The trainer: start screen, stats, the quiz in any mode, help over any of them. */
export function TrainerApp(props: TrainerAppProps) {
	const { title, article, controller, begun, start, now = Date.now, onExit } = props;
	const { exit } = useApp();
	const size = useTerminalSize();
	const [state, dispatch, latest] = useSyncReducer(appReducer, (): AppState => {
		const base = { isHelpOpen: false, isContextOpen: false };
		return begun
			? { ...base, screen: 'quiz', quiz: begun }
			: { ...base, screen: 'start', ...(start ? { start } : {}) };
	});

	// Ink hands each key to every handler, in no set order. A key a component acted on (the Enter
	// or digit that answered) must not also be an app command on the screen it led to (the Enter
	// that would skip the feedback): mark it taken until this key's handlers have all run.
	const keyTaken = useRef(false);
	const takeKey = () => {
		keyTaken.current = true;
		queueMicrotask(() => {
			keyTaken.current = false;
		});
	};

	/** A move of the session; saves a new answer and ends the session when it is over. */
	const play = (action: SessionAction, reason?: EndReason) => {
		if (action.type === 'answer') takeKey();
		const before = latest().quiz;
		const after = dispatch({ type: 'session', action }).quiz;
		if (!before || !after) return;
		const newest = after.session.answered.at(-1);
		if (newest && after.session.answered.length > before.session.answered.length) {
			dispatch({ type: 'saved', notice: controller.answer(newest, after) });
		}
		if (after.session.phase !== 'done' || before.session.phase === 'done') return;
		const how = reason ?? (isFinished(after.session) ? 'completed' : 'quit');
		dispatch({ type: 'ended', reason: how });
		dispatch({ type: 'saved', notice: controller.end(after, how) });
		// Quitting leaves the summary on screen and closes; a finished session waits for a key.
		if (how !== 'completed') dispatch({ type: 'exit', reason: how });
	};

	const startSession = (result: BeginResult) => {
		if ('notice' in result)
			dispatch({ type: 'menu', start: controller.describe(), notice: result.notice });
		else dispatch({ type: 'begin', begun: result });
	};

	useInput(
		(input, key) => {
			if (keyTaken.current) return;
			const current = latest();
			const isRunning = current.quiz !== undefined && current.quiz.session.phase !== 'done';
			switch (keyCommand(current, input, key)) {
				case 'interrupt':
					if (isRunning) play({ type: 'quit', at: now() }, 'interrupted');
					else dispatch({ type: 'exit', reason: 'interrupted' });
					break;
				case 'help':
				case 'helpFromText':
					dispatch({ type: 'help' });
					break;
				case 'back':
					dispatch({ type: 'back' });
					break;
				case 'quit':
				case 'quitFromText':
					if (isRunning) play({ type: 'quit', at: now() }, 'quit');
					else dispatch({ type: 'exit', reason: 'quit' });
					break;
				case 'stats':
					dispatch({ type: 'stats', lines: controller.stats() });
					break;
				case 'resume':
					startSession(controller.resume());
					break;
				case 'next':
					play({ type: 'next', at: now() });
					break;
				case 'context':
					dispatch({ type: 'context' });
					break;
				case 'hint':
					play({ type: 'hint' });
					break;
				case 'finish':
					if (begun) dispatch({ type: 'exit', reason: current.ended ?? 'completed' });
					else dispatch({ type: 'menu', start: controller.describe() });
					break;
				case undefined:
					break;
			}
		},
		{ isActive: state.exit === undefined },
	);

	// An exam's clock: ticks while it runs, and ends the session when time is up.
	const session = state.quiz?.session;
	const isTimed = session?.deadline !== undefined && session.phase !== 'done';
	const clock = useClock(isTimed, now);
	useEffect(() => {
		const current = latest().quiz?.session;
		if (current?.deadline === undefined || current.phase === 'done') return;
		if (clock >= current.deadline) play({ type: 'timeUp', at: clock });
	});

	useEffect(() => {
		if (state.exit === undefined) return;
		onExit(state.exit);
		exit();
	}, [state.exit, onExit, exit]);

	const scope = scopeOf(state);
	const height = size.rows - 1; // a frame as tall as the terminal makes Ink clear the screen
	const isBusy = state.exit === undefined;
	return (
		<Box flexDirection="column" width={size.columns}>
			{state.isHelpOpen ? (
				<HelpScreen scope={scopeOf({ ...state, isHelpOpen: false })} height={height} isActive />
			) : state.screen === 'stats' ? (
				<StatsScreen lines={state.statsLines ?? []} height={height} isActive={scope === 'stats'} />
			) : state.screen === 'start' && state.start ? (
				<StartScreen
					title={title}
					start={state.start}
					notice={state.notice ?? state.saveNotice}
					isActive={scope === 'start' && isBusy}
					onChoose={(mode) => startSession(controller.begin(mode))}
				/>
			) : state.quiz ? (
				<QuizView
					title={title}
					article={article}
					state={state}
					quiz={state.quiz}
					scope={scope}
					size={size}
					timeLeft={session?.deadline === undefined ? undefined : session.deadline - clock}
					isActive={isBusy}
					onAnswer={(given) => play({ type: 'answer', given, at: now() })}
				/>
			) : null}
		</Box>
	);
}
