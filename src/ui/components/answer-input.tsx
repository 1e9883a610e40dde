import { AnswerField } from './answer-field.js';
import { ChoiceList } from './choice-list.js';

export type AnswerInputProps = {
	/** The choices in the order shown; none for a typed answer. */
	readonly options: readonly string[];
	/** What the empty field says, for a typed answer. */
	readonly placeholder: string;
	/** Why the last answer could not be graded, if it could not. */
	readonly error: string | undefined;
	readonly isActive: boolean;
	/** Called with the option picked or the text typed. */
	readonly onAnswer: (given: string) => void;
};

/** How a question is answered: a choice list when it has options, a text field otherwise. */
export function AnswerInput({ options, placeholder, error, isActive, onAnswer }: AnswerInputProps) {
	return options.length > 0 ? (
		<ChoiceList options={options} isActive={isActive} onChoose={(option) => onAnswer(option)} />
	) : (
		<AnswerField isActive={isActive} placeholder={placeholder} error={error} onSubmit={onAnswer} />
	);
}
