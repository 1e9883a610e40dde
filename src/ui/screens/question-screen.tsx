import { Box } from 'ink';
import type { QuizItem } from '../../core/select.js';
import { AnswerField } from '../components/answer-field.js';
import { ChoiceList } from '../components/choice-list.js';
import { KeyHints } from '../components/key-hints.js';
import { Paragraph } from '../components/paragraph.js';

export type QuestionScreenProps = {
	readonly item: QuizItem;
	readonly error: string | undefined;
	readonly isActive: boolean;
	readonly onAnswer: (given: string) => void;
};

const placeholders = { short: 'type your answer', numeric: 'type a number, e.g. 140 billion' };

/** The prompt and a way to answer it: a choice list or a text field. */
export function QuestionScreen({ item, error, isActive, onAnswer }: QuestionScreenProps) {
	const { question } = item;
	const hasOptions = item.options.length > 0;
	return (
		<Box flexDirection="column" gap={1}>
			<Paragraph runs={[{ text: question.prompt }]} isBold />
			{hasOptions ? (
				<ChoiceList options={item.options} isActive={isActive} onChoose={onAnswer} />
			) : (
				<AnswerField
					isActive={isActive}
					placeholder={placeholders[question.type === 'numeric' ? 'numeric' : 'short']}
					error={error}
					onSubmit={onAnswer}
				/>
			)}
			<KeyHints
				hints={
					hasOptions
						? [
								['↑↓', 'move'],
								[`1-${item.options.length}`, 'pick'],
								['Enter', 'answer'],
								['q', 'quit'],
							]
						: [
								['Enter', 'answer'],
								['Esc', 'quit'],
							]
				}
			/>
		</Box>
	);
}
