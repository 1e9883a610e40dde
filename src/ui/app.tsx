import { Box, type Key, useApp } from 'ink';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Article } from '../core/article.js';
import {
	type BegunSession,
	type EndReason,
	initialAppState,
	isClearedOnExit,
	keyCommand,
	type StartInfo,
	scopeOf,
} from './app-state.js';
import { useClock } from './hooks/use-clock.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { KeyRouter } from './key-router.js';
import { QuizView } from './quiz-view.js';
import { HelpScreen } from './screens/help-screen.js';
import { StartScreen } from './screens/start-screen.js';
import { StatsScreen } from './screens/stats-screen.js';
import {
	createTrainerRunner,
	type SessionRecorder,
	type TrainerMenu,
	type TrainerRunner,
} from './trainer-runner.js';

export type TrainerAppProps = {
	readonly title: string;
	readonly article: Article;
	/** Where answers and session ends go. */
	readonly recorder: SessionRecorder;
	/** Plans and stats for the start screen; absent when only `begun` runs. */
	readonly menu?: TrainerMenu;
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
	const { title, article, now = Date.now } = props;
	const runner = useRunner(props);
	const state = useSyncExternalStore(runner.subscribe, runner.getState);
	const size = useTerminalSize();
	const isBusy = state.exit === undefined;

	const onKey = (input: string, key: Key) => {
		const command = keyCommand(runner.getState(), input, key);
		if (command) runner.dispatch({ type: 'command', command, at: now() });
		else runner.dispatch({ type: 'wrongKey' });
	};
	const onConsumed = () => runner.dispatch({ type: 'key' });
	const onAnswer = (given: string) => runner.dispatch({ type: 'answer', given, at: now() });

	// An exam's clock: ticks while it runs, and ends the session when time is up.
	const session = state.quiz?.session;
	const clock = useClock(session?.deadline !== undefined && session.phase !== 'done', now);
	useEffect(() => runner.dispatch({ type: 'tick', at: clock }), [runner, clock]);

	const scope = scopeOf(state);
	const height = size.rows - 1; // a frame as tall as the terminal makes Ink clear the screen
	return (
		<KeyRouter onKey={onKey} onConsumed={onConsumed} isActive={isBusy}>
			<Box flexDirection="column" width={size.columns}>
				{isClearedOnExit(state) ? null : state.isHelpOpen ? (
					<HelpScreen scope={scopeOf({ ...state, isHelpOpen: false })} height={height} isActive />
				) : state.screen === 'stats' ? (
					<StatsScreen
						lines={state.statsLines ?? []}
						height={height}
						isActive={scope === 'stats'}
					/>
				) : state.screen === 'start' && state.start ? (
					<StartScreen
						title={title}
						start={state.start}
						notice={state.keyHint ?? state.notice ?? state.saveNotice}
						isActive={scope === 'start' && isBusy}
						onChoose={(mode) => runner.dispatch({ type: 'choose', mode })}
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
						onAnswer={onAnswer}
					/>
				) : null}
			</Box>
		</KeyRouter>
	);
}

/** The runner of this app, made once; closing the app waits for the frame that says why. */
function useRunner(props: TrainerAppProps): TrainerRunner {
	const { exit } = useApp();
	const [runner] = useState(() =>
		createTrainerRunner(initialAppState(props.begun, props.start), {
			recorder: props.recorder,
			...(props.menu ? { menu: props.menu } : {}),
			exit(reason) {
				props.onExit(reason);
				setTimeout(exit, 0);
			},
		}),
	);
	return runner;
}
