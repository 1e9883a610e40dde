import { Box, Text } from 'ink';
import type { QuickField } from '../../format/review-text.js';
import { proseWidth } from '../../format/wrap.js';
import { TextField } from '../components/text-field.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useTheme } from '../theme-context.js';

export type QuickFixProps = {
	/** The fields offered; `field` is the one being typed, none while one is chosen. */
	readonly fields: readonly QuickField[];
	readonly field: QuickField | undefined;
	readonly onSubmit: (value: string) => void;
};

/** A fix made on the screen: choose the prompt, a distractor or an accepted form, retype it. */
export function QuickFix({ fields, field, onSubmit }: QuickFixProps) {
	const theme = useTheme();
	const width = proseWidth(useTerminalSize().columns);
	if (field === undefined) {
		return (
			<Box flexDirection="column">
				<Text bold>Fix which field? (anything else: press e to edit the whole question)</Text>
				{fields.map((each, index) => (
					<WrappedLine
						key={each.path.join('.')}
						lead={`${index + 1} ${each.label}: `}
						leadColor={theme.accent}
						text={each.value}
						width={width}
					/>
				))}
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<Text bold>Fixing the {field.label}:</Text>
			<TextField
				isActive
				initial={field.value}
				placeholder={`the new ${field.label}`}
				width={width}
				onSubmit={onSubmit}
			/>
		</Box>
	);
}
