import { Box, Text } from 'ink';
import { useTheme } from '../theme-context.js';
import { TextField } from './text-field.js';

export type AnswerFieldProps = {
	readonly isActive: boolean;
	readonly placeholder: string;
	/** Why the last answer could not be graded, shown under the field. */
	readonly error: string | undefined;
	readonly onSubmit: (text: string) => void;
};

/** A one-line text field for `short` and `numeric` answers. */
export function AnswerField({ isActive, placeholder, error, onSubmit }: AnswerFieldProps) {
	const theme = useTheme();
	return (
		<Box flexDirection="column">
			<Box gap={1}>
				<Text color={theme.accent}>›</Text>
				<TextField isActive={isActive} placeholder={placeholder} onSubmit={onSubmit} />
			</Box>
			{error ? <Text color={theme.wrong}>Cannot grade that: {error}. Try again.</Text> : null}
		</Box>
	);
}
