import { Text } from 'ink';
import type { DiffPart } from '../../core/grade/diff.js';
import { useTheme } from '../theme-context.js';

export type DiffTextProps = { readonly parts: readonly DiffPart[] };

/** What was typed against the answer: `af[+f]airs`, letters to add in green, to drop in red. */
export function DiffText({ parts }: DiffTextProps) {
	const theme = useTheme();
	return (
		<Text>
			{parts.map((part, index) => {
				const key = `${index}:${part.op}`;
				if (part.op === 'same') return <Text key={key}>{part.text}</Text>;
				const isMissing = part.op === 'missing';
				// Brackets as well as colour, so the difference reads without colour too.
				return (
					<Text key={key} color={isMissing ? theme.right : theme.wrong} bold>
						[{isMissing ? '+' : '-'}
						{part.text}]
					</Text>
				);
			})}
		</Text>
	);
}
