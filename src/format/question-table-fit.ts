import measure from 'string-width';
import type { Question } from '../core/bank/schema.js';
import { typeLabel } from './question-table.js';
import { splitWords, wrapWords } from './wrap.js';

/** Fewest columns a prompt gets beside the id, type and tags before it moves to lines of its own. */
const promptRoom = 40;
/** Lines a prompt takes at most under its id on a narrow terminal; the last is cut with "…". */
const stackedPromptLines = 2;
const promptIndent = '    ';

/**
 * Rows of id, type, tags and prompt in columns, for a terminal `width` wide (0: any, every
 * prompt whole, as `formatQuestionTable` gives them without loading the width tables). Each row
 * fits the terminal: one line when the prompt keeps at least 40 columns (tags dropped first),
 * else the prompt on up to two indented lines under its id, type and tags.
 */
export function fitQuestionTable(
	questions: readonly Question[],
	width: number,
): { id: string; rest: string }[] {
	const tagsOf = (question: Question) => question.tags.join(',') || '-';
	// A loop, not Math.max(...): a bank of 150,000 questions is past the limit on arguments.
	let idWidth = 0;
	let tagWidth = 0;
	for (const question of questions) {
		idWidth = Math.max(idWidth, columnsOf(question.id));
		tagWidth = Math.max(tagWidth, columnsOf(tagsOf(question)));
	}
	const typeWidth = 9;
	const bare = idWidth + 2 + typeWidth + 2;
	const layout =
		width === 0 || width - bare - tagWidth - 2 >= promptRoom
			? 'tags'
			: width - bare >= promptRoom
				? 'no-tags'
				: 'stacked';
	return questions.map((question) => {
		const type = typeLabel(question).padEnd(typeWidth);
		const tags = tagsOf(question);
		if (layout === 'stacked') {
			const head = fitLine(`${question.id}  ${typeLabel(question)}  ${tags}`, width);
			const id = fitLine(question.id, width);
			const prompt = promptLines(question.prompt, width - promptIndent.length);
			return {
				id,
				rest: `${head.startsWith(id) ? head.slice(id.length) : ''}\n${prompt.map((line) => promptIndent + line).join('\n')}`,
			};
		}
		const rest = `  ${type}  ${layout === 'tags' ? `${padWidth(tags, tagWidth)}  ` : ''}`;
		const room = width - idWidth - rest.length;
		return {
			id: padWidth(question.id, idWidth),
			rest: `${rest}${width === 0 ? question.prompt : fitLine(question.prompt, room)}`,
		};
	});
}

/**
 * Columns `text` takes on screen. Ids, tags and most prompts are printable ASCII, one column a
 * character: measuring those by grapheme would cost `list` its fast start.
 */
function columnsOf(text: string): number {
	return /^[\x20-\x7e]*$/.test(text) ? text.length : measure(text);
}

/** `text` padded with spaces to `columns` on screen. */
function padWidth(text: string, columns: number): string {
	return text + ' '.repeat(Math.max(0, columns - columnsOf(text)));
}

/** `text` as it fits in `columns`: whole, or cut with "…" at the last character that fits. */
function fitLine(text: string, columns: number): string {
	if (columnsOf(text) <= columns) return text;
	let kept = '';
	let used = 0;
	for (const char of text) {
		const each = columnsOf(char);
		if (used + each > columns - 1) break;
		kept += char;
		used += each;
	}
	return `${kept.trimEnd()}…`;
}

/** A prompt wrapped to `columns`, at most two lines, the last cut with "…" when more is left. */
function promptLines(prompt: string, columns: number): string[] {
	const lines = wrapWords(splitWords([{ text: prompt }]), columns).map((line) =>
		line.map((segment) => segment.text).join(''),
	);
	if (lines.length <= stackedPromptLines) return lines;
	const kept = lines.slice(0, stackedPromptLines);
	const last = kept.length - 1;
	kept[last] = fitLine(`${kept[last]} ${lines[stackedPromptLines]}`, columns);
	return kept;
}
