import { Text } from 'ink';
import type { DiffPart } from '../../core/grade/diff.js';
import { useTheme } from '../theme-context.js';

export type DiffTextProps = { readonly parts: readonly DiffPart[] };

/** What was typed against the answer: letters to add in green, letters to drop struck in red. */
export function DiffText({ parts }: DiffTextProps) {
	const theme = useTheme();
	return (
		<Text>
			{parts.map((part, index) => {
				const key = `${index}:${part.op}`;
				if (part.op === 'same') return <Text key={key}>{part.text}</Text>;
				const isMissing = part.op === 'missing';
				const shown = theme.color ? part.text : `[${isMissing ? '+' : '-'}${part.text}]`;
				return (
					<Text
						key={key}
						color={isMissing ? theme.right : theme.wrong}
						underline={isMissing && theme.color}
						strikethrough={!isMissing && theme.color}
						bold
					>
						{shown}
					</Text>
				);
			})}
		</Text>
	);
}
