import { TextInput } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { useTheme } from '../theme-context.js';

export type AnswerFieldProps = {
	readonly isActive: boolean;
	readonly placeholder: string;
	/** Why the last answer could not be graded, shown under the field. */
	readonly error: string | undefined;
	readonly onSubmit: (text: string) => void;
};

/**
 * The text before a line break in the field, when the field holds one: Ink hands a burst of
 * typing and its Enter ("5000\r", from a paste or a slow link) to the field as one input, so
 * the Enter arrives as text instead of as a key.
 */
export function submittedText(value: string): string | undefined {
	const end = value.search(/[\r\n]/);
	return end < 0 ? undefined : value.slice(0, end);
}

/** A one-line text field for `short` and `numeric` answers. */
export function AnswerField({ isActive, placeholder, error, onSubmit }: AnswerFieldProps) {
	const theme = useTheme();
	// A new key remounts the input with the submitted text, without the line break.
	const [field, setField] = useState({ key: 0, text: '' });
	const onChange = (value: string) => {
		const text = submittedText(value);
		if (text === undefined) return;
		setField((previous) => ({ key: previous.key + 1, text }));
		onSubmit(text);
	};
	return (
		<Box flexDirection="column">
			<Box gap={1}>
				<Text color={theme.accent}>›</Text>
				<TextInput
					key={field.key}
					defaultValue={field.text}
					isDisabled={!isActive}
					placeholder={placeholder}
					onChange={onChange}
					onSubmit={onSubmit}
				/>
			</Box>
			{error ? <Text color={theme.wrong}>Cannot grade that: {error}. Try again.</Text> : null}
		</Box>
	);
}
