import { Box, Text } from 'ink';
import type { Question } from '../../core/bank/schema.js';
import { itemsInOrder, readOrder } from '../../core/grade/grade-order.js';
import type { AnsweredItem } from '../../core/session.js';
import { cutText } from '../../format/cut-text.js';
import { allQuoteParts } from '../../format/more-quotes.js';
import { partResults, trainerVerdict } from '../../format/partial-text.js';
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
 * Right, partly right or wrong, a diff for a near miss, the answer (and a two-part question's
 * parts), then what scrolls: an order's items in the right order, part B's line, the explanation
 * and every quoted line. On a short terminal the verdict and the answer stay in sight.
 */
export function FeedbackScreen({ answer, isLast, height, isActive = false }: FeedbackScreenProps) {
	const theme = useTheme();
	const terminal = useTerminalSize();
	const width = proseWidth(terminal.columns);
	const { verdict, item } = answer;
	const question = item.question;
	const label = trainerVerdict(verdict);
	const color = { right: theme.right, almost: theme.almost, wrong: theme.wrong }[label.tone];
	const given = `${question.type === 'order' ? 'Your order' : 'Your answer'}: ${shownGiven(question, answer.given)}`;
	const expected = `Answer: ${verdict.expected}`;
	const slip = verdict.slip
		? `You typed “${verdict.slip.typed}”, the answer has “${verdict.slip.expected}”: ${verdict.slip.diff.map((part) => (part.op === 'same' ? part.text : `[+${part.text}]`)).join('')}`
		: '';
	const [parts, ...partLines] = question.support
		? partResults(question, verdict, answer.supportGiven)
		: [];
	const listed = [
		...rightOrderRows(question, answer.given),
		...partLines.map((text) => ({ lead: '', text })),
	];
	const hints: [string, string][] = [
		[keymap.next.label, isLast ? 'see results' : 'next question'],
		[keymap.context.label, 'whole paragraph'],
		[keymap.quit.label, 'quit'],
		[keymap.help.label, 'keys'],
	];
	const most = height ?? terminal.rows;
	const rows = (texts: readonly string[], columns = width) =>
		texts.reduce((sum, text) => sum + rowsOf(text, columns, most), 0);
	const quotes = allQuoteParts(question);
	const layout =
		height === undefined
			? { promptRows: undefined, bodyRows: undefined, gap: 1 }
			: feedbackLayout(height, {
					prompt: rowsOf(question.prompt, width, most),
					verdict: 1 + rows([given, slip, expected, parts ?? ''].filter(Boolean)),
					body:
						listed.reduce((sum, row) => sum + rowsOf(row.text, width - row.lead.length, most), 0) +
						(question.explanation ? rowsOf(question.explanation, width, most) + 1 : 0) +
						quotes.reduce(
							(sum, quote) => sum + 2 + rows([quote.before + quote.span + quote.after], width - 2),
							0,
						),
					hints: hintRows(hints, terminal.columns),
				});
	return (
		<Box flexDirection="column" gap={layout.gap}>
			{layout.promptRows === 0 ? null : (
				<Paragraph runs={[{ text: question.prompt }]} isBold maxRows={layout.promptRows} />
			)}
			<Box flexDirection="column">
				<Text bold color={color}>
					{label.heading}
				</Text>
				<WrappedLine text={given} width={width} />
				{verdict.slip ? (
					<Text>
						You typed “{verdict.slip.typed}”, the answer has “{verdict.slip.expected}”:{' '}
						<DiffText parts={verdict.slip.diff} />
					</Text>
				) : null}
				<WrappedLine lead="Answer: " text={verdict.expected} isBold width={width} />
				{parts ? <WrappedLine text={parts} width={width} /> : null}
			</Box>
			{layout.bodyRows === 0 ? null : (
				<ScrollBox height={layout.bodyRows} isActive={isActive}>
					<Box flexDirection="column" gap={1}>
						{listed.length > 0 ? (
							<Box flexDirection="column">
								{listed.map((row) => (
									<WrappedLine
										key={row.lead + row.text}
										lead={row.lead}
										text={row.text}
										width={width}
									/>
								))}
							</Box>
						) : null}
						{question.explanation ? <Paragraph runs={[{ text: question.explanation }]} /> : null}
						{quotes.map((parts) => (
							<QuoteBlock key={`${parts.line}:${parts.before}`} parts={parts} />
						))}
					</Box>
				</ScrollBox>
			)}
			<KeyHints hints={hints} />
		</Box>
	);
}

/** The answer as given; an order as its letters, "c, a, d, b", however it was typed. */
function shownGiven(question: Question, given: string): string {
	if (question.type !== 'order') return given;
	return readOrder(question, given)?.join(', ') ?? given;
}

/** One row of a list in the feedback: a lead it hangs under, and its text. */
type LeadRow = { readonly lead: string; readonly text: string };

/**
 * An order question's items in the right order, each marked ✓ where the learner had the same
 * item in that place and ✗ where not: "✓ 1. c  Xi unveils the Belt and Road Initiative".
 */
export function rightOrderRows(question: Question, given: string): LeadRow[] {
	if (question.type !== 'order') return [];
	const yours = readOrder(question, given) ?? [];
	const texts = itemsInOrder(question);
	return [
		{ lead: '', text: 'Right order:' },
		...question.answer.map((letter, index) => ({
			lead: `${yours[index] === letter ? '✓' : '✗'} ${index + 1}. ${letter}  `,
			text: texts[index] ?? '',
		})),
	];
}
