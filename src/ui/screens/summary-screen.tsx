import { Box, Text } from 'ink';
import { answerText } from '../../core/grade/grade.js';
import type { QuizItem } from '../../core/select.js';
import type { AnsweredItem, SessionState } from '../../core/session.js';
import { isResumable, resultOf } from '../../core/session.js';
import { cutText } from '../../format/cut-text.js';
import { allQuoteParts } from '../../format/more-quotes.js';
import { trainerVerdict } from '../../format/partial-text.js';
import { plural } from '../../format/plural.js';
import { inPlaceText } from '../../format/verdict-parts.js';
import { proseWidth } from '../../format/wrap.js';
import { KeyHints } from '../components/key-hints.js';
import { QuoteBlock } from '../components/quote-block.js';
import { ScrollBox } from '../components/scroll-box.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type SummaryScreenProps = {
	readonly state: SessionState;
	readonly seed: string | number;
	/** The app is closing: show everything, unclipped, and no keys. */
	readonly isFinal: boolean;
	/** An exam's review: every question with its answer, not only the missed ones. */
	readonly isReview: boolean;
	/** Keep the score and the right answers back (a quiz sheet that can be taken again). */
	readonly isAnswerHidden?: boolean;
	/** Rows the screen may take. */
	readonly height: number;
	readonly isActive: boolean;
};

/** `3m 05s`, or `42s` under a minute. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	return minutes > 0 ? `${minutes}m ${String(rest).padStart(2, '0')}s` : `${rest}s`;
}

type Row = { readonly item: QuizItem; readonly answer: AnsweredItem | undefined };

/** Score and time, then each missed question (or, for an exam, every one) with its quote. */
export function SummaryScreen(props: SummaryScreenProps) {
	const { state, seed, isFinal, isReview, height, isActive } = props;
	const theme = useTheme();
	const { score, total } = resultOf(state, isReview);
	const answered = state.answered.length;
	const partly = state.answered.filter((answer) => answer.verdict.kind === 'partial').length;
	const percent = total === 0 ? 0 : Math.round((score / total) * 100);
	const rows: Row[] = props.isAnswerHidden
		? []
		: isReview
			? state.items.map((item, index) => ({ item, answer: state.answered[index] }))
			: state.answered
					.filter((answer) => !answer.verdict.correct)
					.map((answer) => ({ item: answer.item, answer }));
	const heading = state.timedOut
		? 'Time is up'
		: state.quitEarly
			? 'Stopped early'
			: isReview
				? 'Exam complete'
				: 'Quiz complete';
	return (
		<Box flexDirection="column">
			<ScrollBox height={isFinal ? undefined : height - 1} isActive={isActive}>
				<Box flexDirection="column">
					<Text bold color={theme.accent}>
						{heading}
					</Text>
					{props.isAnswerHidden ? (
						<>
							<Text>
								Answered {answered} of {state.items.length}
							</Text>
							<Text color={theme.muted}>
								The score and the right answers show once the sheet is finished.
							</Text>
						</>
					) : (
						<Text>
							Score: <Text bold>{score}</Text>/{total} ({percent}%)
							{partly > 0 ? ` · ${plural(partly, 'answer')} partly right` : ''}
							{state.quitEarly ? ` — answered ${answered} of ${state.items.length}` : ''}
						</Text>
					)}
					<Text>Time: {formatDuration((state.endedAt ?? state.startedAt) - state.startedAt)}</Text>
					{String(seed) === '' ? null : isResumable(state) ? (
						<Text color={theme.muted}>Continue later with: quizline play --resume</Text>
					) : (
						<Text color={theme.muted}>Seed: {String(seed)}</Text>
					)}
				</Box>
				{rows.length > 0 ? (
					<Text bold>{isReview ? '\nYour answers:' : `\nMissed (${rows.length}):`}</Text>
				) : null}
				{rows.map((row, index) => (
					<AnswerRow
						// A question may come twice (review re-asks it); the list never reorders.
						// biome-ignore lint/suspicious/noArrayIndexKey: a static list
						key={index}
						row={row}
						number={isReview ? index + 1 : undefined}
					/>
				))}
			</ScrollBox>
			{isFinal ? null : <KeyHints hints={[[keymap.finish.label, 'finish']]} />}
		</Box>
	);
}

function AnswerRow({ row, number }: { readonly row: Row; readonly number: number | undefined }) {
	const theme = useTheme();
	const { item, answer } = row;
	const label = answer ? trainerVerdict(answer.verdict) : undefined;
	const mark = label?.mark ?? '–';
	const color = label
		? { right: theme.right, almost: theme.almost, wrong: theme.wrong }[label.tone]
		: theme.muted;
	const width = proseWidth(useTerminalSize().columns);
	const given = answer ? `you: ${givenText(answer)}` : 'not answered';
	return (
		<Box flexDirection="column" marginTop={1}>
			<WrappedLine
				lead={`${mark} ${number === undefined ? '' : `${number}. `}`}
				leadColor={color}
				isLeadBold
				text={cutText(item.question.prompt)}
				width={width}
			/>
			<WrappedLine
				lead="  "
				text={[
					{ text: `${given} · answer: ` },
					{ text: answer?.verdict.expected ?? answerText(item.question), isMarked: true },
				]}
				width={width}
			/>
			{allQuoteParts(item.question).map((parts) => (
				<QuoteBlock key={`${parts.line}:${parts.before}`} parts={parts} />
			))}
		</Box>
	);
}

/** The answer given, with how much of it counted: "b, c, a, d (2 of 4 in place)". */
function givenText(answer: AnsweredItem): string {
	const { verdict } = answer;
	const inPlace = verdict.inPlace ? ` (${inPlaceText(verdict.inPlace)})` : '';
	const partB =
		answer.supportGiven === undefined
			? ''
			: verdict.support
				? ` · part B ${verdict.support.correct ? 'right' : 'wrong'}`
				: ' · part B not counted';
	return `${answer.given}${inPlace}${partB}`;
}
