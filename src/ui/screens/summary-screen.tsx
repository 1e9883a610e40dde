import { Box, Text, useInput } from 'ink';
import type { SessionState } from '../../core/session.js';
import { scoreOf } from '../../core/session.js';
import { KeyHints } from '../components/key-hints.js';
import { Paragraph } from '../components/paragraph.js';
import { QuoteBlock } from '../components/quote-block.js';
import { keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type SummaryScreenProps = {
	readonly state: SessionState;
	readonly seed: string | number;
	/** True when the app ends right after this frame (no key to wait for). */
	readonly isFinal: boolean;
	readonly onClose: () => void;
};

/** `3m 05s`, or `42s` under a minute. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	return minutes > 0 ? `${minutes}m ${String(rest).padStart(2, '0')}s` : `${rest}s`;
}

/** Score, time and each missed question with its quote. */
export function SummaryScreen({ state, seed, isFinal, onClose }: SummaryScreenProps) {
	const theme = useTheme();
	useInput(
		(input, key) => {
			if (keymap.next.matches(input, key) || keymap.quit.matches(input, key)) onClose();
		},
		{ isActive: !isFinal },
	);
	const score = scoreOf(state);
	const answered = state.answered.length;
	const missed = state.answered.filter((answer) => !answer.verdict.correct);
	const percent = answered === 0 ? 0 : Math.round((score / answered) * 100);
	return (
		<Box flexDirection="column" gap={1}>
			<Box flexDirection="column">
				<Text bold color={theme.accent}>
					{state.quitEarly ? 'Stopped early' : 'Quiz complete'}
				</Text>
				<Text>
					Score: <Text bold>{score}</Text>/{answered} ({percent}%)
					{state.quitEarly ? ` — answered ${answered} of ${state.items.length}` : ''}
				</Text>
				<Text>Time: {formatDuration((state.endedAt ?? state.startedAt) - state.startedAt)}</Text>
				<Text color={theme.muted}>
					Seed: {String(seed)} (play --seed {String(seed)} to replay)
				</Text>
			</Box>
			{missed.length > 0 ? <Text bold>Missed ({missed.length}):</Text> : null}
			{missed.map((answer) => (
				<Box key={answer.item.question.id} flexDirection="column">
					<Paragraph runs={[{ text: `• ${answer.item.question.prompt}` }]} />
					<Text>
						{'  '}you: {answer.given} · answer: <Text bold>{answer.verdict.expected}</Text>
					</Text>
					<QuoteBlock question={answer.item.question} />
				</Box>
			))}
			{isFinal ? null : <KeyHints hints={[['Enter', 'finish']]} />}
		</Box>
	);
}
