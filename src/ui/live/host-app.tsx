import { Box, type Key, Text, useApp } from 'ink';
import { memo, useRef, useState } from 'react';
import type { ClassSession } from '../../live/class-session.js';
import { type ClassAction, type ClassState, connectedCount } from '../../live/class-state.js';
import { describeGuard } from '../../live/join-guard.js';
import { useClock } from '../hooks/use-clock.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { KeyRouter } from '../key-router.js';
import { hostScopes, pressed } from '../keymap.js';
import { HelpScreen } from '../screens/help-screen.js';
import { useTheme } from '../theme-context.js';
import { hasTextField, hostCommand, hostScope } from './host-keys.js';
import { HostQuestionScreen } from './host-question-screen.js';
import { HostRevealScreen } from './host-reveal-screen.js';
import { type JoinInfo, LobbyScreen } from './lobby-screen.js';
import { PodiumScreen } from './podium-screen.js';
import { StandingsScreen } from './standings-screen.js';
import { useHostView } from './use-host-view.js';

/** How the host screen was left: after the podium, q in the lobby, or Ctrl+C. */
export type HostExit = 'completed' | 'quit' | 'interrupted';

export type HostAppProps = {
	readonly session: Pick<ClassSession, 'getState' | 'subscribe' | 'dispatch' | 'now'>;
	readonly title: string;
	/** How students join; absent in projector mode. */
	readonly join: JoinInfo | undefined;
	/** Called once when the session ends, to save the results; returns where they went. */
	readonly onEnd: (state: ClassState) => string | undefined;
	/** Called as the app leaves, with the reason. */
	readonly onExit: (how: HostExit) => void;
};

/** The teacher's screen: lobby, each question, its reveal and the leaderboard, the podium. */
export function HostApp({ session, title, join, onEnd, onExit }: HostAppProps) {
	const { exit } = useApp();
	const { columns: width, rows } = useTerminalSize();
	const state = useHostView(session);
	const now = useClock(state.phase === 'question', session.now, 250);
	const [error, setError] = useState<string | undefined>(undefined);
	const [savedTo, setSavedTo] = useState<string | undefined>(undefined);
	const [isHelpOpen, setHelpOpen] = useState(false);
	const leaving = useRef<HostExit | undefined>(undefined);
	const [isLeaving, setLeaving] = useState(false);
	const at = () => session.now();

	/** Draws the last frame without its keys (it stays above the printed report), then leaves. */
	const leave = (how: HostExit) => {
		setLeaving(true);
		setTimeout(() => {
			onExit(how);
			exit();
		}, 0);
	};

	/** Moves the session on; the step that ends it saves the results, then the app may leave. */
	const run = (action: ClassAction) => {
		const step = session.dispatch(action);
		if (!step.ended) return;
		setSavedTo(onEnd(step.state));
		const how = leaving.current;
		// Leave once the podium is drawn: it says how the session ended and where results went.
		if (how) leave(how);
	};

	const onKey = (input: string, key: Key) => {
		// The latest state, not this render's: a key before the next frame acts on the new screen.
		const current = session.getState();
		const command = hostCommand(current, input, key);
		if (isHelpOpen && !isInterrupt(command)) {
			if (closesHelp(command, input, key)) setHelpOpen(false);
			return;
		}
		if (!command) return;
		setError(undefined);
		if (command.type === 'help') setHelpOpen(true);
		else if (command.type === 'exit') leave('completed');
		else if (command.type === 'stop') {
			leaving.current = command.isInterrupt ? 'interrupted' : 'quit';
			if (current.phase === 'ended') leave(leaving.current);
			else run({ type: 'end', at: at() });
		} else run({ type: command.type, at: at() });
	};

	const onClassSize = (text: string) => {
		const size = parseCount(text);
		if (size === 'invalid') return setError('type a whole number, or nothing');
		setError(undefined);
		if (size !== undefined) session.dispatch({ type: 'class-size', size });
		run({ type: 'start', at: at() });
	};
	const onTally = (text: string) => {
		const right = parseCount(text);
		const limit = state.classSize;
		if (right === 'invalid' || (right !== undefined && limit !== null && right > limit)) {
			return setError(`type a whole number${limit === null ? '' : ` up to ${limit}`}, or nothing`);
		}
		setError(undefined);
		if (right !== undefined) session.dispatch({ type: 'tally', index: state.index, right });
		run({ type: 'next', at: at() });
	};

	return (
		<KeyRouter onKey={onKey} isActive>
			<Box flexDirection="column" width={width}>
				<HostHeader title={title} join={join} {...headerCounts(state)} />
				{isHelpOpen ? (
					<HelpScreen scope={hostScope(state)} scopes={hostScopes} height={rows - 3} isActive />
				) : state.phase === 'lobby' ? (
					<LobbyScreen state={state} join={join} error={error} onClassSize={onClassSize} />
				) : state.phase === 'question' ? (
					<HostQuestionScreen state={state} now={now} width={width} />
				) : state.phase === 'reveal' ? (
					<HostRevealScreen
						key={state.index}
						state={state}
						width={width}
						error={hasTextField(state) ? error : undefined}
						onTally={onTally}
					/>
				) : state.phase === 'standings' ? (
					<StandingsScreen state={state} rows={Math.max(3, rows - 8)} />
				) : (
					<PodiumScreen state={state} savedTo={savedTo} isLeaving={isLeaving} />
				)}
			</Box>
		</KeyRouter>
	);
}

type HostCommand = ReturnType<typeof hostCommand>;

/** Over the help, only Ctrl+C ends the session: Esc and q close the help, as it says. */
const isInterrupt = (command: HostCommand) => command?.type === 'stop' && command.isInterrupt;

/** Whether a key closes the help: ? again, or the help screen's back keys. */
function closesHelp(command: HostCommand, input: string, key: Key): boolean {
	return command?.type === 'help' || pressed('back', 'help', input, key);
}

/** What the header shows of the state, as values a memoized header can compare. */
function headerCounts(state: ClassState) {
	return { connected: connectedCount(state), guard: describeGuard(state.guard) };
}

type HostHeaderProps = Pick<HostAppProps, 'title' | 'join'> & {
	/** How many students are connected now. */
	readonly connected: number;
	/** What the join guard has refused, if anything. */
	readonly guard: string | undefined;
};

/**
 * The session's title, join code and head count, and what the join guard has refused. Memoized:
 * answers coming in leave it as it was.
 */
const HostHeader = memo(function HostHeader({ title, join, connected, guard }: HostHeaderProps) {
	const theme = useTheme();
	const code = join ? ` · code ${join.code}` : ' · projector mode';
	const people = join ? ` · ${connected} connected` : '';
	return (
		<Box marginBottom={1} flexDirection="column">
			<Text bold color={theme.accent} wrap="truncate-end">
				{title}
				<Text color={theme.muted}>
					{code}
					{people}
				</Text>
			</Text>
			{guard ? <Text color={theme.almost}>{guard}</Text> : null}
		</Box>
	);
});

/** A typed count: undefined when blank, 'invalid' when not a whole number of 0 or more. */
function parseCount(text: string): number | undefined | 'invalid' {
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : 'invalid';
}
