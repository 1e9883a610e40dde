import { Box, Text } from 'ink';
import { answerText } from '../../core/grade/grade.js';
import { sourceQuoteParts } from '../../format/quote.js';
import { rightOrderLines } from '../../format/verdict-parts.js';
import { currentAnswers } from '../../live/class-state.js';
import { distribution, partBTally } from '../../live/scoring.js';
import { AnswerField } from '../components/answer-field.js';
import { KeyHints } from '../components/key-hints.js';
import { QuoteBlock } from '../components/quote-block.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { liveKeymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { AnswerChart } from './answer-chart.js';
import type { HostScreenProps } from './host-screen-props.js';

export type HostRevealScreenProps = HostScreenProps & {
	/** Projector mode: why the count typed last was refused, if it was. */
	readonly error: string | undefined;
	/** Projector mode: how many answered right, as typed (blank to skip); moves on. */
	readonly onTally: (text: string) => void;
};

/** The answer for the room: how the class answered, the right answer and the quoted line. */
export function HostRevealScreen({ state, width, error, onTally }: HostRevealScreenProps) {
	const theme = useTheme();
	const item = state.items[state.index];
	if (!item) return null;
	const answers = currentAnswers(state);
	const right = answers.filter((answer) => answer.correct).length;
	const { question } = item;
	const partB = question.support ? partBTally(answers) : undefined;
	const isLast = state.index + 1 >= state.items.length;
	const size = state.classSize === null ? '' : ` of ${state.classSize}`;
	return (
		<Box flexDirection="column" gap={1}>
			<Text bold color={theme.accent}>
				Question {state.index + 1} of {state.items.length}: the answer
			</Text>
			<WrappedLine text={item.question.prompt} isBold width={width} />
			{state.settings.isLocal ? null : (
				<Box flexDirection="column">
					<AnswerChart
						bars={distribution(item, answers)}
						width={width}
						isNumbered={item.options.length > 0}
					/>
					<Text color={theme.muted}>
						{right} of {state.players.length}{' '}
						{question.type === 'order' ? 'had all in place' : 'right'}
						{partB
							? ` · part B right for ${partB.both} of the ${partB.partA} with part A right`
							: ''}
						{answers.length < state.players.length
							? ` · ${state.players.length - answers.length} did not answer`
							: ''}
					</Text>
				</Box>
			)}
			<Box flexDirection="column">
				<WrappedLine
					lead="Answer: "
					text={answerText(question)}
					color={theme.right}
					isBold
					width={width}
				/>
				{question.type === 'order'
					? rightOrderLines(question).map((line) => (
							<WrappedLine key={line} text={`  ${line}`} width={width} />
						))
					: null}
				{question.support ? (
					<WrappedLine
						lead="Part B: "
						text={question.support.answer}
						color={theme.right}
						isBold
						width={width}
					/>
				) : null}
			</Box>
			{item.question.explanation ? (
				<WrappedLine text={item.question.explanation} width={width} />
			) : null}
			<Box flexDirection="column">
				<QuoteBlock question={question} width={width} />
				{(question.moreSources ?? []).map((source) => (
					<QuoteBlock key={source.line} parts={sourceQuoteParts(source)} width={width} />
				))}
			</Box>
			{state.settings.isLocal ? (
				<Box flexDirection="column">
					<Text>How many answered right{size}? (Enter to skip)</Text>
					<AnswerField isActive placeholder="e.g. 12" error={undefined} onSubmit={onTally} />
					{error ? <Text color={theme.wrong}>{error}</Text> : null}
				</Box>
			) : null}
			<KeyHints
				hints={[
					[
						liveKeymap.advance.label,
						state.settings.isLocal ? (isLast ? 'finish' : 'next question') : 'leaderboard',
					],
					[liveKeymap.end.label, liveKeymap.end.action],
				]}
			/>
		</Box>
	);
}
