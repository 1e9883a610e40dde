import { Box } from 'ink';
import { proseWidth } from '../../format/wrap.js';
import type { PublicQuestion } from '../../live/protocol.js';
import { AnswerField } from '../components/answer-field.js';
import { ChoiceList } from '../components/choice-list.js';
import { KeyHints } from '../components/key-hints.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { Countdown } from './countdown.js';

export type StudentQuestionScreenProps = {
	readonly question: PublicQuestion;
	readonly remainingMs: number;
	readonly error: string | undefined;
	readonly isActive: boolean;
	readonly width: number;
	readonly onAnswer: (given: string) => void;
};

const placeholders = { short: 'type your answer', numeric: 'type a number' };

/** The question on a student's screen: choices to pick, or a field to type in, and the time left. */
export function StudentQuestionScreen(props: StudentQuestionScreenProps) {
	const { question, remainingMs, error, isActive, width, onAnswer } = props;
	const hasOptions = question.options.length > 0;
	return (
		<Box flexDirection="column" gap={1}>
			<WrappedLine text={question.prompt} isBold width={proseWidth(width)} />
			{hasOptions ? (
				<ChoiceList options={question.options} isActive={isActive} onChoose={onAnswer} />
			) : (
				<AnswerField
					isActive={isActive}
					placeholder={placeholders[question.kind === 'numeric' ? 'numeric' : 'short']}
					error={error}
					onSubmit={onAnswer}
				/>
			)}
			<Countdown
				remainingMs={remainingMs}
				totalMs={question.seconds * 1000}
				width={Math.max(4, Math.min(30, width - 12))}
			/>
			<KeyHints
				hints={
					hasOptions
						? [
								['↑↓', 'move'],
								[`1-${question.options.length}`, 'pick'],
								['Enter', 'answer'],
								['q', 'leave'],
							]
						: [
								['Enter', 'answer'],
								['Esc', 'leave'],
							]
				}
			/>
		</Box>
	);
}
