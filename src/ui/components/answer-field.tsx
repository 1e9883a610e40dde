import { Box, Text } from 'ink';
import { proseWidth } from '../../format/wrap.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme-context.js';
import { TextField } from './text-field.js';
import { WrappedLine } from './wrapped-line.js';

export type AnswerFieldProps = {
	readonly isActive: boolean;
	readonly placeholder: string;
	/** Why the last answer could not be graded, shown under the field. */
	readonly error: string | undefined;
	readonly onSubmit: (text: string) => void;
};

/** A text field for `short` and `numeric` answers. */
export function AnswerField({ isActive, placeholder, error, onSubmit }: AnswerFieldProps) {
	const theme = useTheme();
	const width = proseWidth(useTerminalSize().columns);
	return (
		<Box flexDirection="column">
			<Box gap={1}>
				<Text color={theme.accent}>›</Text>
				<TextField
					isActive={isActive}
					placeholder={placeholder}
					width={width - 2}
					onSubmit={onSubmit}
				/>
			</Box>
			{error ? (
				<WrappedLine
					text={`Cannot grade that: ${error}. Try again.`}
					color={theme.wrong}
					width={width}
				/>
			) : null}
		</Box>
	);
}
