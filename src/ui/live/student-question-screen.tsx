import { Box, Text } from 'ink';
import type { PublicQuestion } from '../../live/protocol.js';
import { AnswerInput } from '../components/answer-input.js';
import { KeyHints } from '../components/key-hints.js';
import { liveKeymap } from '../keymap.js';
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
			<Text bold>{question.prompt}</Text>
			<AnswerInput
				options={question.options}
				placeholder={placeholders[question.kind === 'numeric' ? 'numeric' : 'short']}
				error={error}
				isActive={isActive}
				onAnswer={onAnswer}
			/>
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
								[liveKeymap.choose.label, liveKeymap.choose.action],
								[liveKeymap.leave.label, liveKeymap.leave.action],
								[liveKeymap.help.label, liveKeymap.help.action],
							]
						: [
								[liveKeymap.submit.label, liveKeymap.submit.action],
								[liveKeymap.leaveFromText.label, liveKeymap.leaveFromText.action],
								[liveKeymap.helpFromText.label, liveKeymap.helpFromText.action],
							]
				}
			/>
		</Box>
	);
}
