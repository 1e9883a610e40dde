import { Box, type Key, Text, useApp } from 'ink';
import { useState } from 'react';
import { proseWidth } from '../../format/wrap.js';
import { badFrameMessage } from '../../live/client.js';
import { type StudentState, showsRejoinLine, studentScreen } from '../../live/student-state.js';
import { KeyHints } from '../components/key-hints.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useClock } from '../hooks/use-clock.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { KeyRouter } from '../key-router.js';
import { joinScopes, pressed } from '../keymap.js';
import { HelpScreen } from '../screens/help-screen.js';
import { useTheme } from '../theme-context.js';
import { joinCommand, joinScope } from './join-keys.js';
import { StudentQuestionScreen } from './student-question-screen.js';
import { StudentRevealScreen } from './student-reveal-screen.js';
import { type StudentSessionOptions, useStudentSession } from './use-student-session.js';

/** How a student left: after the end, with q/Esc, Ctrl+C, or with the connection lost. */
export type JoinExit = 'completed' | 'left' | 'interrupted' | 'lost';

export type JoinAppProps = StudentSessionOptions & {
	/** How to rejoin by hand, shown in case the machine itself restarts. */
	readonly rejoinHint: (token: string) => string;
	readonly onExit: (how: JoinExit, state: StudentState) => void;
};

/** The student's screen: waiting room, question, answer locked, reveal, final rank. */
export function JoinApp({ rejoinHint, onExit, ...options }: JoinAppProps) {
	const { exit } = useApp();
	const theme = useTheme();
	const { columns: width, rows } = useTerminalSize();
	const { state, latest, answer } = useStudentSession(options);
	const screen = studentScreen(state);
	const now = useClock(state.phase === 'question', options.now, 250);
	const leave = (how: JoinExit) => {
		onExit(how, latest());
		exit();
	};

	const [isHelpOpen, setHelpOpen] = useState(false);
	const onKey = (input: string, key: Key) => {
		// The latest state, not this render's: a message may have changed the screen since.
		const command = joinCommand(latest(), input, key);
		if (command?.type === 'leave' && (!isHelpOpen || command.how === 'interrupted')) {
			leave(command.how);
		} else if (isHelpOpen) {
			if (command?.type === 'help' || pressed('back', 'help', input, key)) setHelpOpen(false);
		} else if (command?.type === 'help') setHelpOpen(true);
	};

	if (isHelpOpen) {
		return (
			<KeyRouter onKey={onKey} isActive>
				<HelpScreen scope={joinScope(state)} scopes={joinScopes} height={rows - 1} isActive />
			</KeyRouter>
		);
	}
	return (
		<KeyRouter onKey={onKey} isActive>
			<Box flexDirection="column" width={width}>
				<Box marginBottom={1} gap={2}>
					<Text bold color={theme.accent}>
						{state.name}
					</Text>
					{state.question ? (
						<Text>
							Q {state.question.index + 1}/{state.total}
						</Text>
					) : null}
					<Text>score {state.score}</Text>
				</Box>
				{screen === 'lost' ? (
					<Box flexDirection="column" gap={1}>
						<Box flexDirection="column">
							<WrappedLine
								text={`Cannot reach the session: ${state.lostReason}`}
								color={theme.wrong}
								width={proseWidth(width)}
							/>
							<WrappedLine
								text={`To try again: ${rejoinHint(state.token)}`}
								width={proseWidth(width)}
							/>
						</Box>
						<KeyHints hints={[['Enter', 'close']]} />
					</Box>
				) : (
					<>
						{state.connection === 'reconnecting' ? (
							<Text color={theme.almost}>Connection lost: trying to rejoin…</Text>
						) : null}
						{state.refusedFrame ? (
							<Text color={theme.almost}>Ignored: {badFrameMessage(state.refusedFrame)}.</Text>
						) : null}
						<Body state={state} now={now} width={width} onAnswer={answer} />
						{screen === 'waiting' ? (
							<Box marginTop={1}>
								<WrappedLine
									text={`If you drop out, rejoin with: ${rejoinHint(state.token)}`}
									color={theme.muted}
									width={proseWidth(width)}
								/>
							</Box>
						) : (
							<Text> </Text>
						)}
						{showsRejoinLine(screen) ? (
							<Text color={theme.muted} wrap="truncate-end">
								rejoin: --token {state.token}
							</Text>
						) : null}
						{screen === 'ended' ? <KeyHints hints={[['Enter', 'close']]} /> : null}
					</>
				)}
			</Box>
		</KeyRouter>
	);
}

type BodyProps = {
	readonly state: StudentState;
	readonly now: number;
	readonly width: number;
	readonly onAnswer: (given: string, support?: string) => void;
};

function Body({ state, now, width, onAnswer }: BodyProps) {
	const theme = useTheme();
	switch (state.phase) {
		case 'waiting':
			return (
				<Box flexDirection="column" gap={1}>
					<Text>You are in. Waiting for the teacher to start…</Text>
					{state.players > 0 ? (
						<Text color={theme.muted}>{state.players} joined so far</Text>
					) : null}
					<KeyHints hints={[['q', 'leave']]} />
				</Box>
			);
		case 'question':
			return state.question ? (
				<StudentQuestionScreen
					key={state.question.index}
					question={state.question}
					remainingMs={state.deadline - now}
					error={state.error}
					isActive={!state.isSending && state.connection === 'open'}
					width={width}
					onAnswer={onAnswer}
				/>
			) : null;
		case 'locked':
			return (
				<Box flexDirection="column" gap={1}>
					<WrappedLine text={state.question?.prompt ?? ''} isBold width={proseWidth(width)} />
					{state.given ? (
						<WrappedLine
							lead="Answer locked: "
							leadColor={theme.accent}
							isLeadBold
							text={state.given}
							width={proseWidth(width)}
						/>
					) : (
						<Text color={theme.almost}>{state.error ?? 'The question is closed.'}</Text>
					)}
					{state.given && state.givenSupport ? (
						<WrappedLine
							lead="Part B: "
							leadColor={theme.accent}
							isLeadBold
							text={state.givenSupport}
							width={proseWidth(width)}
						/>
					) : null}
					<Text color={theme.muted}>Waiting for the reveal…</Text>
				</Box>
			);
		case 'reveal':
			return state.reveal ? (
				<StudentRevealScreen prompt={state.question?.prompt} reveal={state.reveal} />
			) : null;
		case 'ended':
			return state.ended ? (
				<Box flexDirection="column" gap={1}>
					<Text bold color={theme.accent}>
						{state.ended.reason === 'completed' ? 'The quiz is over' : 'The teacher ended the quiz'}
					</Text>
					<Text>
						Your score <Text bold>{state.ended.score}</Text> · rank{' '}
						<Text bold>{state.ended.rank}</Text> of {state.ended.players}
					</Text>
					<Box flexDirection="column">
						{state.ended.podium.map((entry) => (
							<Text key={entry.name}>
								{'  '}
								{entry.rank}. {entry.name} · {entry.score}
							</Text>
						))}
					</Box>
				</Box>
			) : null;
	}
}
