import { Box } from 'ink';
import type { QuizItem } from '../../core/select.js';
import { cutText } from '../../format/cut-text.js';
import { partLine } from '../../format/partial-text.js';
import { quoteHint } from '../../format/quote.js';
import { proseWidth } from '../../format/wrap.js';
import { wrapLine } from '../../format/wrap-line.js';
import { optionsNow } from '../app-state.js';
import { AnswerField } from '../components/answer-field.js';
import { ChoiceList } from '../components/choice-list.js';
import { hintRows, KeyHints } from '../components/key-hints.js';
import { OrderList, orderHints, orderLeadWidth } from '../components/order-list.js';
import { initialOrder } from '../components/order-state.js';
import { Paragraph } from '../components/paragraph.js';
import { WrappedLine } from '../components/wrapped-line.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { choiceHints, keymap } from '../keymap.js';
import { useTheme } from '../theme-context.js';
import { questionLayout } from './question-layout.js';

export type QuestionScreenProps = {
	readonly item: QuizItem;
	readonly error: string | undefined;
	readonly isActive: boolean;
	/** Whether the hint shows. */
	readonly isHinted: boolean;
	/** Whether Tab may show a hint (not in an exam). */
	readonly allowHints: boolean;
	/** A two-part question: part A's answer once given, while part B is asked. */
	readonly partA?: string | undefined;
	/** Rows the screen may take; unlimited when absent. */
	readonly height?: number | undefined;
	readonly onAnswer: (given: string) => void;
};

const placeholders = {
	short: 'type your answer',
	numeric: 'type a number (units and words like billion are fine)',
};

/** Columns a choice's lead takes: "❯ 1. ". */
const choiceLeadWidth = 5;

/**
 * The prompt, an optional hint, and a way to answer: a choice list, an order to arrange or a
 * text field; a two-part question asks part B's line once part A is answered. On a short
 * terminal the list and the keys stay whole and the rest gives way (see `questionLayout`).
 */
export function QuestionScreen(props: QuestionScreenProps) {
	const { item, error, isActive, isHinted, onAnswer } = props;
	const theme = useTheme();
	const terminal = useTerminalSize();
	const { question } = item;
	const isPartB = props.partA !== undefined;
	const prompt = isPartB ? (question.support?.prompt ?? question.prompt) : question.prompt;
	// The hint quotes the very line part B asks for: a two-part question has none.
	const allowHints = props.allowHints && !question.support && !isHinted;
	const hintText = isHinted ? `Hint, line ${question.source.line}: “${quoteHint(question)}”` : '';
	const part = question.support ? partLine(props.partA) : undefined;
	const width = proseWidth(terminal.columns);
	const partRows = part ? rowsOf(part, width) : 0;
	const isOrder = question.type === 'order' && !isPartB;
	const options = optionsNow(item, isPartB);
	const list = isOrder ? question.items : options;
	const hasList = options.length > 0 || isOrder;
	const placeholder = placeholders[question.type === 'numeric' ? 'numeric' : 'short'];
	const measure = (more: readonly (readonly [string, string])[], isCramped = false) => {
		const keys = keysOf(item, isOrder, options.length, more, isCramped);
		const layout = questionLayout(props.height, {
			lead: partRows,
			prompt: rowsOf(prompt, width),
			hint: isHinted ? rowsOf(hintText, width) : 0,
			...(hasList
				? listRows(list, width - (isOrder ? orderLeadWidth : choiceLeadWidth))
				: fieldRows(placeholder, error, width)),
			keys: hintRows(keys, terminal.columns),
		});
		return { more, keys, layout };
	};
	const full = measure(moreHints(hasList, allowHints));
	// Cramped, the keys keep what answers and where the rest are listed, before entries shorten.
	const help = hasList ? keymap.help : keymap.helpFromText;
	const isRoomy = full.layout.fits && !full.layout.isTight;
	const { more, keys, layout } = isRoomy ? full : measure([[help.label, 'keys']], true);
	return (
		<Box flexDirection="column" gap={layout.gap}>
			<Box flexDirection="column">
				{part ? (
					<WrappedLine text={part} color={theme.muted} width={width} maxRows={layout.leadRows} />
				) : null}
				<Paragraph runs={[{ text: prompt }]} isBold maxRows={layout.promptRows} />
			</Box>
			{isHinted ? <Paragraph runs={[{ text: hintText }]} color={theme.almost} /> : null}
			{isOrder ? (
				<OrderList
					items={question.items}
					isActive={isActive}
					isCompact={layout.isCompact}
					isTight={layout.isTight}
					gap={layout.gap}
					moreHints={more}
					onSubmit={onAnswer}
				/>
			) : options.length > 0 ? (
				<ChoiceList
					// Part B is a new list: its focus starts at the top.
					key={isPartB ? 'B' : 'A'}
					options={options}
					isActive={isActive}
					isCompact={layout.isCompact}
					isTight={layout.isTight}
					onChoose={(option) => onAnswer(option)}
				/>
			) : (
				<AnswerField
					isActive={isActive}
					placeholder={placeholder}
					error={error}
					onSubmit={onAnswer}
				/>
			)}
			{isOrder ? null : <KeyHints hints={keys} />}
		</Box>
	);
}

/** The key hints of a question: its list's (or its field's), then `more`. */
function keysOf(
	item: QuizItem,
	isOrder: boolean,
	optionCount: number,
	more: readonly (readonly [string, string])[],
	isCramped: boolean,
): (readonly [string, string])[] {
	const { question } = item;
	if (isOrder && question.type === 'order')
		return [...orderHints(initialOrder(question.items.length)), ...more];
	// Cramped, a choice list keeps its numbers; ↑↓ still work, and `?` lists them.
	const choiceKeys = isCramped ? choiceHints(optionCount).slice(1) : choiceHints(optionCount);
	if (optionCount > 0) return [...choiceKeys, [keymap.choose.label, 'answer'], ...more];
	return [[keymap.submit.label, 'answer'], ...more];
}

/** The keys every question screen ends with: the hint, quit and the list of keys. */
function moreHints(hasList: boolean, allowHints: boolean): [string, string][] {
	const hint: [string, string][] = allowHints ? [[keymap.hint.label, 'hint']] : [];
	return hasList
		? [...hint, [keymap.quit.label, 'quit'], [keymap.help.label, 'keys']]
		: [...hint, [keymap.quitFromText.label, 'quit'], [keymap.helpFromText.label, 'keys']];
}

/** Rows a text takes at `width` columns (a screenful of it at most is laid out). */
const rowsOf = (text: string, width: number) => wrapLine(cutText(text, width * 40), width).length;

/** Rows a text field takes: its placeholder (the field grows as it is typed in) and an error. */
function fieldRows(placeholder: string, error: string | undefined, width: number) {
	const field = rowsOf(placeholder, width - 2);
	const rows = field + (error ? rowsOf(`Cannot grade that: ${error}. Try again.`, width) : 0);
	return { list: rows, compactList: rows, entries: rows };
}

/** Rows a list takes in full, and with each entry on one row but the longest. */
function listRows(entries: readonly string[], width: number) {
	const rows = entries.map((entry) => rowsOf(entry, width));
	const total = rows.reduce((sum, each) => sum + each, 0);
	const longest = Math.max(0, ...rows);
	const compactList = entries.length === 0 ? 0 : entries.length - 1 + longest;
	return { list: total, compactList, entries: entries.length };
}
