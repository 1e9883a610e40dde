import { coreScalar } from './core-scalars.js';

// The quickest reader, for YAML of the plainest shape: the shape quizline writes banks in and
// most people write them in. One line at a time, with the string functions of the engine:
// block maps of simple keys, block lists, and on one line each, plain, double-quoted or
// single-quoted text and flow lists of such scalars. Anything else (a scalar over several lines,
// block scalars, flow maps, anchors, tags, quoted keys, escapes past \" and \\, tabs, CR,
// document markers, control characters) is declined, and the text is read by a full reader.
// What this reader accepts, it reads as the `yaml` package does (a property test compares them).

/** Why a text is declined; caught by readPlainYaml, never seen outside. */
class Declined extends Error {}

const decline = (): never => {
	throw new Declined();
};

/** Characters that decline the whole text: tabs, CR, controls, BOM, line separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters declined
const unusualCharacter = /[\t\r\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** A key as banks write them: a word, then `:` and a space or the line's end. */
const keyLine = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;

/** Characters a plain scalar may not start with (flow indicators, quotes, tags, anchors …). */
const plainStartIndicators = new Set([...'[]{},#&*!|>\'"%@`']);

type Line = { readonly indent: number; readonly text: string };

/** The content lines (no blank or comment-only lines), each with its indentation. */
function contentLines(text: string): Line[] {
	if (unusualCharacter.test(text)) decline();
	const lines: Line[] = [];
	for (const raw of text.split('\n')) {
		let indent = 0;
		while (raw.charCodeAt(indent) === 32) indent++;
		const rest = raw.slice(indent);
		if (rest === '' || rest.startsWith('#')) continue;
		// Document markers and directives.
		if (indent === 0 && (rest.startsWith('---') || rest.startsWith('...') || rest[0] === '%'))
			decline();
		lines.push({ indent, text: rest.trimEnd() });
	}
	return lines;
}

/**
 * The data of `text` when it is YAML of the plain shape above; undefined when it is not (it
 * may still be valid YAML, or not: a full reader tells).
 */
export function readPlainYaml(text: string): { readonly data: unknown } | undefined {
	try {
		const reader = new LineReader(contentLines(text));
		const data = reader.document();
		return { data };
	} catch (error) {
		if (error instanceof Declined || error instanceof RangeError) return undefined;
		throw error;
	}
}

class LineReader {
	private at = 0;
	constructor(private readonly lines: readonly Line[]) {}

	document(): unknown {
		if (this.lines.length === 0) return null;
		const first = this.lines[0] as Line;
		const data = this.node(first.indent);
		if (this.at < this.lines.length) decline();
		return data;
	}

	/** The block node whose first line is the current one, at exactly `indent`. */
	private node(indent: number): unknown {
		const line = this.lines[this.at] as Line;
		if (line.indent !== indent) decline();
		if (isDash(line.text)) return this.sequence(indent);
		if (keyLine.test(line.text)) return this.mapping(indent, line.text);
		// A scalar alone on its lines: the document is one scalar.
		this.at++;
		const value = inlineValue(line.text);
		this.scalarEnds(indent - 1);
		return value;
	}

	/** A block list whose dashes are at `indent` (under a key, maybe the key's own). */
	private sequence(indent: number, underKey = false): unknown[] {
		const items: unknown[] = [];
		while (this.at < this.lines.length) {
			const line = this.lines[this.at] as Line;
			if (line.indent < indent) break;
			// A list under a key, its dashes at the key's indentation, ends at the next key.
			if (underKey && line.indent === indent && !isDash(line.text)) break;
			if (line.indent > indent || !isDash(line.text)) decline();
			const rest = line.text.slice(1).trimStart();
			const column = indent + (line.text.length - rest.length);
			if (rest === '') {
				this.at++;
				items.push(this.nested(indent, false));
			} else if (isDash(rest)) decline();
			else if (keyLine.test(rest)) items.push(this.mapping(column, rest));
			else {
				this.at++;
				items.push(inlineValue(rest));
				this.scalarEnds(indent);
			}
		}
		return items;
	}

	/**
	 * A block map whose keys are at `indent`; its first key may follow a dash on the current
	 * line (`first` is the text from that key on).
	 */
	private mapping(indent: number, first: string): Record<string, unknown> {
		const map: Record<string, unknown> = {};
		let text = first;
		for (;;) {
			const match = keyLine.exec(text) ?? decline();
			const key = match[1] as string;
			if (key === '__proto__' || typeof coreScalar(key) !== 'string' || Object.hasOwn(map, key))
				decline();
			const rest = text.slice(match[0].length);
			this.at++;
			if (rest === '' || rest.startsWith('#')) map[key] = this.nested(indent, true);
			else {
				map[key] = inlineValue(rest);
				this.scalarEnds(indent);
			}
			const next = this.lines[this.at];
			if (!next || next.indent < indent) break;
			if (next.indent > indent || isDash(next.text)) decline();
			text = next.text;
		}
		return map;
	}

	/**
	 * The value of a key or dash with nothing after it: the lines more indented than `indent`
	 * (or, under a key, a list whose dashes are at `indent`), or null when there are none.
	 */
	private nested(indent: number, underKey: boolean): unknown {
		const next = this.lines[this.at];
		if (!next || next.indent < indent) return null;
		if (next.indent === indent)
			return underKey && isDash(next.text) ? this.sequence(indent, true) : null;
		return this.node(next.indent);
	}

	/** A scalar ended its line: the next line may not go on with it (more indented). */
	private scalarEnds(indent: number): void {
		const next = this.lines[this.at];
		if (next && next.indent > indent) decline();
	}
}

/** A dash that starts a list item: `-` then a space or the line's end. */
function isDash(text: string): boolean {
	return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

/** A value on one line after `key: ` or `- `: a scalar or a flow list, then maybe a comment. */
function inlineValue(text: string): unknown {
	const first = text[0];
	if (first === '[') {
		const [items, end] = flowList(text);
		afterValue(text, end);
		return items;
	}
	if (first === '"' || first === "'") {
		const [value, end] = quoted(text, 0);
		afterValue(text, end);
		return value;
	}
	return plain(text, false);
}

/** Only spaces and a comment may follow a value that ends at `end`. */
function afterValue(text: string, end: number): void {
	const rest = text.slice(end);
	if (rest === '') return;
	const trimmed = rest.trimStart();
	if (trimmed.length === rest.length || !trimmed.startsWith('#')) decline();
}

/** A plain scalar (up to a comment), resolved by the core schema. */
function plain(text: string, inFlow: boolean): unknown {
	if (inFlow && /[[\]{},#:]/.test(text)) decline();
	const comment = text.indexOf(' #');
	const value = (comment >= 0 ? text.slice(0, comment) : text).trimEnd();
	const first = value[0] ?? decline();
	if (plainStartIndicators.has(first)) decline();
	// `-`, `?` and `:` start a plain scalar only before a character other than a space.
	if ('-?:'.includes(first) && (value.length === 1 || value[1] === ' ')) decline();
	if (value.includes(': ') || value.endsWith(':')) decline();
	return coreScalar(value);
}

/** The next `"` or backslash of a double-quoted scalar. */
const doubleQuoted = /["\\]/g;

/** A quoted scalar starting at `start`, closed on the same line: its text and where it ends. */
function quoted(text: string, start: number): [string, number] {
	let value = '';
	let at = start + 1;
	if (text[start] === "'") {
		for (;;) {
			const close = text.indexOf("'", at);
			if (close < 0) decline();
			value += text.slice(at, close);
			if (text[close + 1] !== "'") return [value, close + 1];
			value += "'";
			at = close + 2;
		}
	}
	for (;;) {
		doubleQuoted.lastIndex = at;
		const found = doubleQuoted.exec(text) ?? decline();
		value += text.slice(at, found.index);
		if (found[0] === '"') return [value, found.index + 1];
		const escaped = text[found.index + 1];
		if (escaped !== '"' && escaped !== '\\') decline();
		value += escaped;
		at = found.index + 2;
	}
}

/** A flow list on one line of plain or quoted scalars: its items and where it ends. */
function flowList(text: string): [unknown[], number] {
	const items: unknown[] = [];
	let at = 1;
	const skipSpaces = () => {
		while (text[at] === ' ') at++;
	};
	skipSpaces();
	if (text[at] === ']') return [items, at + 1];
	for (;;) {
		skipSpaces();
		const first = text[at];
		if (first === '"' || first === "'") {
			const [value, end] = quoted(text, at);
			items.push(value);
			at = end;
		} else {
			let end = at;
			while (end < text.length && text[end] !== ',' && text[end] !== ']') end++;
			items.push(plain(text.slice(at, end).trimEnd(), true));
			at = end;
		}
		skipSpaces();
		if (text[at] === ']') return [items, at + 1];
		if (text[at] !== ',') decline();
		at++;
		skipSpaces();
		// A trailing comma, or an empty item.
		if (text[at] === ']' || text[at] === ',') decline();
	}
}
