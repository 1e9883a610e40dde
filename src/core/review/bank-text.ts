// A bank's text changed one question at a time: each edit splices the bytes of that question
// (or of the `rejected:` list) and leaves every other byte of the file as it was, comments,
// order, quoting and blank lines included. The YAML Document API finds where things are; the
// text is never re-printed whole.
import { isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap } from 'yaml';

/** Where one question of the bank stands in its text. */
export type QuestionSpan = {
	readonly id: string;
	/** The start of the line that holds its `- `. */
	readonly start: number;
	/** Just after its last line's line break. */
	readonly end: number;
	/** Columns before its `- `. */
	readonly indent: number;
};

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The question items of a bank's text, in order; [] when it has no list of questions. */
export function questionSpans(text: string): QuestionSpan[] {
	const questions = parseDocument(text).get('questions', true);
	if (!isSeq(questions)) return [];
	return questions.items.flatMap((item) => {
		if (!isMap(item) || !item.range) return [];
		const id = item.get('id');
		const start = lineStart(text, item.range[0]);
		const dash = text.indexOf('-', start);
		return [{ id: String(id), start, end: item.range[1], indent: dash - start }];
	});
}

function spanOf(text: string, id: string): QuestionSpan | undefined {
	return questionSpans(text).find((span) => span.id === id);
}

/** The question's own bytes, its `- ` line to its last line. */
export function questionText(text: string, id: string): string | undefined {
	const span = spanOf(text, id);
	return span ? text.slice(span.start, span.end) : undefined;
}

/** The text with the question's `origin: generated` read `origin: curated`; undefined when it has none. */
export function approveQuestion(text: string, id: string): string | undefined {
	const span = spanOf(text, id);
	if (!span) return undefined;
	const item = itemNode(text, span);
	const origin = item?.get('origin', true) as Node | undefined;
	if (!isScalar(origin) || origin.value !== 'generated' || !origin.range) return undefined;
	return `${text.slice(0, origin.range[0])}curated${text.slice(origin.range[1])}`;
}

function itemNode(text: string, span: QuestionSpan): YAMLMap | undefined {
	const questions = parseDocument(text).get('questions', true);
	if (!isSeq(questions)) return undefined;
	const item = questions.items.find(
		(node) => isMap(node) && node.range && lineStart(text, node.range[0]) === span.start,
	);
	return isMap(item) ? item : undefined;
}

/** The text without the question, and the id of the question that followed it (if any). */
export function removeQuestion(
	text: string,
	id: string,
): { readonly text: string; readonly nextId?: string } | undefined {
	const spans = questionSpans(text);
	const at = spans.findIndex((span) => span.id === id);
	const span = spans[at];
	if (!span) return undefined;
	if (spans.length === 1) return undefined;
	let { start, end } = span;
	// The blank line that parted it from the next question goes with it (the one before it, for
	// the last question), so the list keeps one blank line between questions.
	if (text[end] === '\n') end += 1;
	else if (start >= 2 && text.slice(start - 2, start) === '\n\n') start -= 1;
	const next = spans[at + 1];
	return {
		text: text.slice(0, start) + text.slice(end),
		...(next ? { nextId: next.id } : {}),
	};
}

/** The text with the question's bytes replaced by `item`. */
export function replaceQuestion(text: string, id: string, item: string): string | undefined {
	const span = spanOf(text, id);
	return span ? text.slice(0, span.start) + item + text.slice(span.end) : undefined;
}

/** A question's bytes as a YAML document of its own: the `- ` and the indent taken off. */
export function questionDocument(item: string, indent: number): string {
	const lead = indent + 2;
	return item
		.split('\n')
		.map((line, index) =>
			index === 0 ? line.slice(lead) : line.slice(Math.min(lead, leadingSpaces(line))),
		)
		.join('\n');
}

/** A question written as a document of its own, as bytes of the bank's list at `indent`. */
export function questionItem(document: string, indent: number): string {
	const pad = ' '.repeat(indent);
	const lines = document.replace(/\n*$/, '').split('\n');
	return `${lines.map((line, index) => (index === 0 ? `${pad}- ${line}` : line === '' ? '' : `${pad}  ${line}`)).join('\n')}\n`;
}

const leadingSpaces = (line: string) => line.length - line.trimStart().length;

/** The ids of the bank's `rejected:` list. */
export function rejectedIds(text: string): string[] {
	const list = parseDocument(text).get('rejected', true);
	return isSeq(list) ? list.items.map((item) => String(isScalar(item) ? item.value : item)) : [];
}

/** The text with `id` added to the `rejected:` list, the list made at the end when missing. */
export function addRejected(text: string, id: string): string {
	const list = parseDocument(text).get('rejected', true);
	if (isSeq(list) && !list.flow && list.items.length > 0 && list.range) {
		const first = list.items[0] as Node;
		const start = lineStart(text, first.range?.[0] ?? list.range[0]);
		const pad = text.slice(start, text.indexOf('-', start));
		const end = list.range[1];
		return `${text.slice(0, end)}${pad}- ${id}\n${text.slice(end)}`;
	}
	const ids = [...rejectedIds(text), id];
	const block = `rejected:\n${ids.map((each) => `  - ${each}\n`).join('')}`;
	const without = withoutTopKey(text, 'rejected');
	const ending = without.endsWith('\n') ? '' : '\n';
	return `${without}${ending}${block}`;
}

/** The text without a top-level key and its value (its own lines). */
function withoutTopKey(text: string, key: string): string {
	const doc = parseDocument(text);
	if (!isMap(doc.contents)) return text;
	const pair = doc.contents.items.find((each) => isScalar(each.key) && each.key.value === key);
	const keyNode = pair?.key as Node | undefined;
	const valueNode = pair?.value as Node | undefined;
	if (!keyNode?.range) return text;
	const start = lineStart(text, keyNode.range[0]);
	const valueEnd = valueNode?.range?.[1] ?? keyNode.range[1];
	const end =
		text[valueEnd - 1] === '\n' ? valueEnd : text.indexOf('\n', valueEnd) + 1 || text.length;
	return text.slice(0, start) + text.slice(end);
}

/** A text field of a question: its prompt, or an item of one of its lists. */
export type FieldPath = readonly ['prompt'] | readonly ['choices' | 'accept', number];

/**
 * The text with one text field of the question set to `value`: only that scalar's bytes change,
 * written plain when it reads back the same, else double-quoted. Undefined when there is no
 * such field.
 */
export function setQuestionField(
	text: string,
	id: string,
	path: FieldPath,
	value: string,
): string | undefined {
	const span = spanOf(text, id);
	const item = span ? itemNode(text, span) : undefined;
	const node = item?.getIn(path, true) as Node | undefined;
	if (!isScalar(node) || !node.range) return undefined;
	const [start, end] = node.range;
	// A block scalar's bytes end with its line break; the new value keeps one.
	const tail = text[end - 1] === '\n' ? '\n' : '';
	for (const written of [value, JSON.stringify(value)]) {
		const changed = text.slice(0, start) + written + tail + text.slice(end);
		const again = spanOf(changed, id);
		const read = again ? itemNode(changed, again)?.getIn(path) : undefined;
		const isSameShape = questionSpans(changed).length === questionSpans(text).length;
		if (read === value && isSameShape && parseDocument(changed).errors.length === 0) return changed;
	}
	return undefined;
}
