import { Text } from 'ink';
import { useTheme } from '../theme-context.js';

export type SaveNoticeLineProps = {
	/** The line about saving (answers kept while the store fails, or saved again), if any. */
	readonly notice: string | undefined;
};

/** One line about saving answers, over the quiz, cut to the terminal's width (never wrapped, so
 * it takes exactly the one row the quiz leaves for it). */
export function SaveNoticeLine({ notice }: SaveNoticeLineProps) {
	const theme = useTheme();
	if (!notice) return null;
	return (
		<Text color={notice.startsWith('⚠') ? theme.wrong : theme.right} wrap="truncate-end">
			{notice}
		</Text>
	);
}
