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
	let end = span.end;
	// A blank line before and after: one of them goes with the question.
	const blankBefore = span.start >= 2 && text.slice(span.start - 2, span.start) === '\n\n';
	if (blankBefore && text[end] === '\n') end += 1;
	const next = spans[at + 1];
	return {
		text: text.slice(0, span.start) + text.slice(end),
		...(next ? { nextId: next.id } : {}),
	};
}

/**
 * The text with `item` (a question's bytes, as `questionText` gave them) back in the list:
 * before the question `beforeId`, or after the last one.
 */
export function insertQuestion(text: string, item: string, beforeId?: string): string {
	const spans = questionSpans(text);
	const before = beforeId === undefined ? undefined : spans.find((span) => span.id === beforeId);
	if (before) {
		// Comments above the following question stay above it: insert over them.
		const at = commentsStart(text, before.start);
		const blank = text.slice(at - 2, at) === '\n\n' ? '\n' : '';
		return text.slice(0, at) + item + blank + text.slice(at);
	}
	const last = spans.at(-1);
	if (!last) return text;
	const blank = text.slice(last.start - 2, last.start) === '\n\n' ? '\n' : '';
	return text.slice(0, last.end) + blank + item + text.slice(last.end);
}

/** Where the comment lines right above a line start (the line itself when there are none). */
function commentsStart(text: string, start: number): number {
	let at = start;
	for (;;) {
		const previous = lineStart(text, at - 1);
		if (at === 0 || !/^\s*#/.test(text.slice(previous, at))) return at;
		at = previous;
	}
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

/** The text with `id` taken off the `rejected:` list (the list gone when it empties). */
export function removeRejected(text: string, id: string): string {
	const list = parseDocument(text).get('rejected', true);
	if (!isSeq(list)) return text;
	const ids = rejectedIds(text);
	if (!ids.includes(id)) return text;
	if (ids.length === 1) return withoutTopKey(text, 'rejected');
	const item = list.items.find((each) => isScalar(each) && String(each.value) === id) as Node;
	if (list.flow || !item.range) {
		const rest = ids.filter((each) => each !== id);
		return `${withoutTopKey(text, 'rejected')}rejected:\n${rest.map((each) => `  - ${each}\n`).join('')}`;
	}
	const start = lineStart(text, item.range[0]);
	const end = text.indexOf('\n', item.range[0]) + 1 || text.length;
	return text.slice(0, start) + text.slice(end);
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
