import { Box, Text } from 'ink';
import type { AnsweredItem } from '../../core/session.js';
import { cutText } from '../../format/cut-text.js';
import { proseWidth } from '../../format/wrap.js';
import { wrapLine } from '../../format/wrap-line.js';
import { DiffText } from '../components/diff-text.js';
import { hintRows, KeyHints } from '../components/key-hints.js';
import { Paragraph } from '../components/paragraph.js';
import { QuoteBlock } from '../components/quote-block.js';
import { ScrollBox } from '../components/scroll-box.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { feedbackLayout } from './feedback-layout.js';

export type FeedbackScreenProps = {
	readonly answer: AnsweredItem;
	readonly isLast: boolean;
	/** Rows the screen may take; unlimited when absent. */
	readonly height?: number | undefined;
	/** Whether ↑↓ scroll the explanation and quote when they are cut. */
	readonly isActive?: boolean;
};

/** Rows a text takes at `width` columns (only a screenful of it is ever laid out). */
const rowsOf = (text: string, width: number, most: number) =>
	wrapLine(cutText(text, width * most), width).length;

/**
 * Right or wrong, a diff for a near miss, the answer, the explanation and the quoted line; on a
 * short terminal the verdict and the answer stay in sight and the rest shortens or scrolls.
 */
export function FeedbackScreen({ answer, isLast, height, isActive = false }: FeedbackScreenProps) {
	const theme = useTheme();
	const terminal = useTerminalSize();
	const width = proseWidth(terminal.columns);
	const { verdict, item } = answer;
	const question = item.question;
	const [mark, color] = verdict.correct
		? [verdict.kind === 'near-miss' ? '✓ Right (one slip allowed)' : '✓ Right', theme.right]
		: verdict.kind === 'near-miss'
			? ['~ Almost — check the spelling', theme.almost]
			: ['✗ Wrong', theme.wrong];
	const given = `Your answer: ${answer.given}`;
	const expected = `Answer: ${verdict.expected}`;
	const slip = verdict.slip
		? `You typed “${verdict.slip.typed}”, the answer has “${verdict.slip.expected}”: ${verdict.slip.diff.map((part) => (part.op === 'same' ? part.text : `[+${part.text}]`)).join('')}`
		: '';
	const hints: [string, string][] = [
		[keymap.next.label, isLast ? 'see results' : 'next question'],
		[keymap.context.label, 'whole paragraph'],
		[keymap.quit.label, 'quit'],
		[keymap.help.label, 'keys'],
	];
	const most = height ?? terminal.rows;
	const layout =
		height === undefined
			? { promptRows: undefined, bodyRows: undefined, gap: 1 }
			: feedbackLayout(height, {
					prompt: rowsOf(question.prompt, width, most),
					verdict:
						1 +
						rowsOf(given, width, most) +
						(slip ? rowsOf(slip, width, most) : 0) +
						rowsOf(expected, width, most),
					body:
						(question.explanation ? rowsOf(question.explanation, width, most) + 1 : 0) +
						1 +
						rowsOf(question.source.quote, width - 2, most),
					hints: hintRows(hints, terminal.columns),
				});
	return (
		<Box flexDirection="column" gap={layout.gap}>
			{layout.promptRows === 0 ? null : (
				<Paragraph runs={[{ text: question.prompt }]} isBold maxRows={layout.promptRows} />
			)}
			<Box flexDirection="column">
				<Text bold color={color}>
					{mark}
				</Text>
				<WrappedLine text={given} width={width} />
				{verdict.slip ? (
					<Text>
						You typed “{verdict.slip.typed}”, the answer has “{verdict.slip.expected}”:{' '}
						<DiffText parts={verdict.slip.diff} />
					</Text>
				) : null}
				<WrappedLine lead="Answer: " text={verdict.expected} isBold width={width} />
			</Box>
			{layout.bodyRows === 0 ? null : (
				<ScrollBox height={layout.bodyRows} isActive={isActive}>
					<Box flexDirection="column" gap={1}>
						{question.explanation ? <Paragraph runs={[{ text: question.explanation }]} /> : null}
						<QuoteBlock question={question} />
					</Box>
				</ScrollBox>
			)}
			<KeyHints hints={hints} />
		</Box>
	);
}
