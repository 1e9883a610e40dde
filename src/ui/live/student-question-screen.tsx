import { Box } from 'ink';
import { useState } from 'react';
import { proseWidth } from '../../format/wrap.js';
import type { PublicQuestion } from '../../live/protocol.js';
import { AnswerInput } from '../components/answer-input.js';
import { ChoiceList } from '../components/choice-list.js';
import { KeyHints } from '../components/key-hints.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { choiceHints, hintsOf, liveKeymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { Countdown } from './countdown.js';
import { OrderAnswer } from './order-answer.js';

export type StudentQuestionScreenProps = {
	readonly question: PublicQuestion;
	readonly remainingMs: number;
	readonly error: string | undefined;
	readonly isActive: boolean;
	readonly width: number;
	/** Called with the answer, and part B's option for a two-part question. */
	readonly onAnswer: (given: string, support?: string) => void;
};

const placeholders = { short: 'type your answer', numeric: 'type a number' };

/**
 * The question on a student's screen: choices to pick, items to put in order, or a field to type
 * in, and the time left. A two-part question asks part B once part A is given; both go together.
 */
export function StudentQuestionScreen(props: StudentQuestionScreenProps) {
	const { question, remainingMs, error, isActive, width, onAnswer } = props;
	const theme = useTheme();
	const [partA, setPartA] = useState<string | undefined>(undefined);
	const { support } = question;
	const answerPartA = (given: string) => (support ? setPartA(given) : onAnswer(given));
	const isPartB = support !== undefined && partA !== undefined;
	return (
		<Box flexDirection="column" gap={1}>
			<WrappedLine text={question.prompt} isBold width={proseWidth(width)} />
			{isPartB ? (
				<Box flexDirection="column">
					<WrappedLine
						lead="Part A: "
						text={partA}
						color={theme.accent}
						width={proseWidth(width)}
					/>
					<WrappedLine lead="Part B: " text={support.prompt} isBold width={proseWidth(width)} />
					<ChoiceList
						options={support.options}
						isActive={isActive}
						onChoose={(option) => onAnswer(partA, option)}
					/>
					{error ? (
						<WrappedLine text={error} color={theme.wrong} width={proseWidth(width)} />
					) : null}
				</Box>
			) : (
				<PartA
					question={question}
					error={error}
					isActive={isActive}
					width={width}
					onAnswer={answerPartA}
				/>
			)}
			<Countdown
				remainingMs={remainingMs}
				totalMs={question.seconds * 1000}
				width={Math.max(4, Math.min(30, width - 12))}
			/>
			<KeyHints hints={hintsFor(question, isPartB)} />
		</Box>
	);
}

type PartAProps = Omit<StudentQuestionScreenProps, 'remainingMs' | 'onAnswer'> & {
	readonly onAnswer: (given: string) => void;
};

/** The question's own answer: an order, a choice or a typed answer. */
function PartA({ question, error, isActive, width, onAnswer }: PartAProps) {
	const theme = useTheme();
	if (question.kind === 'order') {
		return (
			<Box flexDirection="column">
				<OrderAnswer
					items={question.items ?? []}
					isActive={isActive}
					width={proseWidth(width)}
					onAnswer={onAnswer}
				/>
				{error ? <WrappedLine text={error} color={theme.wrong} width={proseWidth(width)} /> : null}
			</Box>
		);
	}
	const placeholder = placeholders[question.kind === 'numeric' ? 'numeric' : 'short'];
	return <AnswerInput options={question.options} {...{ placeholder, error, isActive, onAnswer }} />;
}

/** The keys of the step shown: part B is a choice list whatever part A was. */
function hintsFor(question: PublicQuestion, isPartB: boolean): [string, string][] {
	if (isPartB)
		return [...choiceHints(question.support?.options.length ?? 0), ['Enter', 'answer both parts']];
	if (question.kind === 'order') {
		const { orderMove, orderHold, submit, help } = liveKeymap;
		const letters = `a-${String.fromCharCode(96 + (question.items?.length ?? 5))}`;
		return [
			[letters, 'put next'],
			[orderMove.label, 'move'],
			[orderHold.label, 'hold'],
			[submit.label, question.support ? 'then part B' : 'answer'],
			[help.label, help.action],
		];
	}
	if (question.options.length > 0) {
		return [
			...choiceHints(question.options.length),
			...hintsOf([liveKeymap.choose, liveKeymap.leave, liveKeymap.help]),
		];
	}
	return hintsOf([liveKeymap.submit, liveKeymap.leaveFromText, liveKeymap.helpFromText]);
}
