import { Box, useApp, useInput } from 'ink';
import { useEffect, useRef } from 'react';
import type { QuizItem } from '../core/select.js';
import {
	type AnsweredItem,
	lastAnswer,
	type SessionState,
	scoreOf,
	sessionReducer,
	startSession,
} from '../core/session.js';
import { Header } from './components/header.js';
import { useSyncReducer } from './hooks/use-sync-reducer.js';
import { useTerminalWidth } from './hooks/use-terminal-width.js';
import { keymap } from './keymap.js';
import { FeedbackScreen } from './screens/feedback-screen.js';
import { QuestionScreen } from './screens/question-screen.js';
import { SummaryScreen } from './screens/summary-screen.js';

/** How a quiz ended: all answered, quit early with q/Esc, or Ctrl+C. */
export type EndReason = 'completed' | 'quit' | 'interrupted';

export type QuizAppProps = {
	readonly title: string;
	readonly items: readonly QuizItem[];
	readonly seed: string | number;
	readonly now?: () => number;
	/** Called once per answer, as soon as it is graded, so it can be saved at once. */
	readonly onAnswer: (answer: AnsweredItem) => void;
	/** Called once when the quiz ends, before the app exits. */
	readonly onEnd: (state: SessionState, reason: EndReason) => void;
};

/** The self-study quiz: question, feedback with the quoted line, summary. */
export function QuizApp({ title, items, seed, now = Date.now, onAnswer, onEnd }: QuizAppProps) {
	const { exit } = useApp();
	const width = useTerminalWidth();
	const [state, dispatch, latest] = useSyncReducer(sessionReducer, () =>
		startSession(items, now()),
	);
	const endReason = useRef<EndReason | undefined>(undefined);
	const item = state.items[state.index];

	// Global keys only: quit and Ctrl+C. Each screen owns the rest, so one key never acts twice.
	useInput((input, key) => {
		const current = latest();
		if (current.phase === 'done') {
			if (keymap.interrupt.matches(input, key)) exit();
			return;
		}
		const isTextField = current.items[current.index]?.options.length === 0;
		const quits =
			current.phase === 'asking' && isTextField
				? keymap.quitFromText.matches(input, key)
				: keymap.quit.matches(input, key);
		if (keymap.interrupt.matches(input, key) || quits) {
			endReason.current = keymap.interrupt.matches(input, key) ? 'interrupted' : 'quit';
			dispatch({ type: 'quit', at: now() });
		}
	});

	// Saving is outside I/O: each new answer goes to the caller the moment it is graded.
	const answeredCount = state.answered.length;
	const newest = state.answered[answeredCount - 1];
	const saved = useRef<AnsweredItem | undefined>(undefined);
	useEffect(() => {
		if (!newest || saved.current === newest) return;
		saved.current = newest;
		onAnswer(newest);
	}, [newest, onAnswer]);

	const ended = useRef(false);
	useEffect(() => {
		if (state.phase !== 'done' || ended.current) return;
		ended.current = true;
		const reason = endReason.current ?? (state.quitEarly ? 'quit' : 'completed');
		onEnd(state, reason);
		// Quitting leaves the summary on screen and ends at once; a completed quiz waits for a key.
		if (reason !== 'completed') exit();
	}, [state, onEnd, exit]);

	const isDone = state.phase === 'done';

	const feedback = lastAnswer(state);
	return (
		<Box flexDirection="column" width={width}>
			<Header
				title={title}
				position={Math.min(state.index + 1, state.items.length)}
				total={state.items.length}
				score={scoreOf(state)}
				answered={answeredCount}
				width={width}
			/>
			{isDone ? (
				<SummaryScreen
					state={state}
					seed={seed}
					isFinal={endReason.current !== undefined || state.quitEarly}
					onClose={exit}
				/>
			) : feedback ? (
				<FeedbackScreen
					answer={feedback}
					isLast={state.index + 1 >= state.items.length}
					isActive={state.phase === 'feedback'}
					onNext={() => dispatch({ type: 'next', at: now() })}
				/>
			) : item ? (
				<QuestionScreen
					key={state.index}
					item={item}
					error={state.error}
					isActive={state.phase === 'asking'}
					onAnswer={(given) => dispatch({ type: 'answer', given, at: now() })}
				/>
			) : null}
		</Box>
	);
}
