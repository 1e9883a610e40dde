import { Box } from 'ink';
import type { QuizItem } from '../../core/select.js';
import { quoteHint } from '../../format/quote.js';
import { AnswerInput } from '../components/answer-input.js';
import { KeyHints } from '../components/key-hints.js';
import { Paragraph } from '../components/paragraph.js';
import { choiceHints, keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';

export type QuestionScreenProps = {
	readonly item: QuizItem;
	readonly error: string | undefined;
	readonly isActive: boolean;
	/** Whether the hint shows. */
	readonly isHinted: boolean;
	/** Whether Tab may show a hint (not in an exam). */
	readonly allowHints: boolean;
	readonly onAnswer: (given: string) => void;
};

const placeholders = {
	short: 'type your answer',
	numeric: 'type a number (units and words like billion are fine)',
};

/** The prompt, an optional hint, and a way to answer: a choice list or a text field. */
export function QuestionScreen(props: QuestionScreenProps) {
	const { item, error, isActive, isHinted, allowHints, onAnswer } = props;
	const theme = useTheme();
	const { question } = item;
	const hasOptions = item.options.length > 0;
	const hint: [string, string][] = allowHints && !isHinted ? [[keymap.hint.label, 'hint']] : [];
	return (
		<Box flexDirection="column" gap={1}>
			<Paragraph runs={[{ text: question.prompt }]} isBold />
			{isHinted ? (
				<Paragraph
					runs={[{ text: `Hint, line ${question.source.line}: “${quoteHint(question)}”` }]}
					color={theme.almost}
				/>
			) : null}
			<AnswerInput
				options={item.options}
				placeholder={placeholders[question.type === 'numeric' ? 'numeric' : 'short']}
				error={error}
				isActive={isActive}
				onAnswer={onAnswer}
			/>
			<KeyHints
				hints={
					hasOptions
						? [
								...choiceHints(item.options.length),
								[keymap.choose.label, 'answer'],
								...hint,
								[keymap.quit.label, 'quit'],
								[keymap.help.label, 'keys'],
							]
						: [
								[keymap.submit.label, 'answer'],
								...hint,
								[keymap.quitFromText.label, 'quit'],
								[keymap.helpFromText.label, 'keys'],
							]
				}
			/>
		</Box>
	);
}
