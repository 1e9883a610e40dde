import { Box, Text } from 'ink';
import { memo } from 'react';
import type { QuizItem } from '../../core/select.js';
import { letteredLines } from '../../format/verdict-parts.js';
import { connectedCount, currentAnswers } from '../../live/class-state.js';
import { KeyHints } from '../components/key-hints.js';
import { ProgressBar } from '../components/progress-bar.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { liveKeymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { Countdown } from './countdown.js';
import type { HostScreenProps } from './host-screen-props.js';
import { OptionGrid } from './option-grid.js';

export type HostQuestionScreenProps = HostScreenProps & {
	/** The session's clock, for the time left. */
	readonly now: number;
};

/** The question for the room: prompt, options in large boxes, time left, how many answered. */
export function HostQuestionScreen({ state, now, width }: HostQuestionScreenProps) {
	const item = state.items[state.index];
	if (!item) return null;
	const answered = currentAnswers(state).length;
	const present = connectedCount(state);
	const barWidth = Math.max(4, Math.min(30, width - 24));
	return (
		<Box flexDirection="column" gap={1}>
			<QuestionText item={item} index={state.index} total={state.items.length} width={width} />
			<Box flexDirection="column">
				<Countdown
					remainingMs={state.deadline - now}
					totalMs={state.settings.timeLimitMs}
					width={barWidth}
				/>
				{state.settings.isLocal ? null : (
					<Box gap={1}>
						<ProgressBar value={answered / Math.max(1, present)} width={barWidth} />
						<Text bold>
							{String(answered).padStart(3)} of {present} answered
						</Text>
					</Box>
				)}
			</Box>
			<KeyHints hints={hostQuestionHints} />
		</Box>
	);
}

const hostQuestionHints: readonly (readonly [string, string])[] = [
	[liveKeymap.reveal.label, liveKeymap.reveal.action],
	[liveKeymap.end.label, liveKeymap.end.action],
	[liveKeymap.help.label, liveKeymap.help.action],
];

type QuestionTextProps = {
	readonly item: QuizItem;
	readonly index: number;
	readonly total: number;
	readonly width: number;
};

/**
 * What the room reads: the question's number, prompt and options. Memoized: the clock and the
 * answer count redraw below it while it stays the same.
 */
const QuestionText = memo(function QuestionText({ item, index, total, width }: QuestionTextProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold color={theme.accent}>
				Question {index + 1} of {total}
			</Text>
			<Box borderStyle="double" paddingX={1} width={width}>
				<WrappedLine text={item.question.prompt} isBold width={width - 4} />
			</Box>
			{item.question.type === 'order' ? (
				<Box flexDirection="column">
					{letteredLines(item.question.items).map((line) => (
						<WrappedLine key={line} text={line} isBold width={width} />
					))}
					<Text color={theme.muted}>Students put them in order, earliest first.</Text>
				</Box>
			) : item.options.length > 0 ? (
				<OptionGrid options={item.options} width={width} />
			) : (
				<Text color={theme.muted}>
					Students type their answer{item.question.type === 'numeric' ? ' (a number)' : ''}.
				</Text>
			)}
			{item.question.support ? (
				<Box flexDirection="column">
					<WrappedLine lead="Part B: " text={item.question.support.prompt} isBold width={width} />
					{(item.supportOptions ?? item.question.support.choices).map((option, index) => (
						<WrappedLine key={option} lead={`  ${index + 1}. `} text={option} width={width} />
					))}
				</Box>
			) : null}
		</Box>
	);
});
