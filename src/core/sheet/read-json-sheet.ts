import { maxSheetAnswers, type Sheet, type SheetAnswer, type SheetPlace } from './sheet.js';

// A JSON sheet of the usual shape, read without the YAML library: an object of `student`,
// `bank` and `answers` (an object of id: string, number, boolean or null). Anything else, any
// mistake included, gives undefined and the YAML library reads the sheet (and explains the
// mistake). Where this gives a sheet, it is the one the library gives (a property test holds
// them equal): numbers and booleans keep their spelling, as YAML's plain scalars do. Reading stops
// one answer past the 20,000 a sheet may hold, for the sheet to be refused at that answer.

const space = /[ \t\n\r]*/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON strings cannot hold control characters
const string = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
const literal = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null/y;
const topFields = new Set(['student', 'bank', 'answers']);

/** A cursor over the text that knows line starts, for `line:col`. */
class Reader {
	i = 0;
	#line = 1;
	#lineStart = 0;
	#nextBreak: number;
	constructor(readonly text: string) {
		this.#nextBreak = this.#breakFrom(0);
	}
	skipSpace(): void {
		space.lastIndex = this.i;
		space.exec(this.text);
		this.i = space.lastIndex;
	}
	/** The next token if it matches `pattern` (skipping white space first). */
	token(pattern: RegExp): string | undefined {
		this.skipSpace();
		pattern.lastIndex = this.i;
		const match = pattern.exec(this.text);
		if (!match) return undefined;
		this.i = pattern.lastIndex;
		return match[0];
	}
	/** Step over `char` if it comes next. */
	take(char: string): boolean {
		this.skipSpace();
		if (this.text[this.i] !== char) return false;
		this.i++;
		return true;
	}
	/**
	 * The line and column of `offset`; offsets are asked for in increasing order, so the text is
	 * searched for line breaks once in all (a sheet on one line is not searched again per answer).
	 */
	place(offset: number): SheetPlace {
		while (this.#nextBreak < offset) {
			this.#line++;
			this.#lineStart = this.#nextBreak + 1;
			this.#nextBreak = this.#breakFrom(this.#lineStart);
		}
		return { line: this.#line, col: offset - this.#lineStart + 1 };
	}
	/** The offset of the first line break at or after `from`; past the end when there is none. */
	#breakFrom(from: number): number {
		const next = this.text.indexOf('\n', from);
		return next < 0 ? Number.POSITIVE_INFINITY : next;
	}
}

/** A scalar as a sheet holds it: text as written, null for null; undefined if not a scalar. */
function scalar(reader: Reader): string | null | undefined {
	const quoted = reader.token(string);
	if (quoted !== undefined) return JSON.parse(quoted) as string;
	const word = reader.token(literal);
	return word === 'null' ? null : word;
}

/** Read `{ "key": value, … }`, calling `onEntry` at each value; false if it is not that shape. */
function readObject(reader: Reader, onEntry: (key: string, keyAt: number) => boolean): boolean {
	if (!reader.take('{')) return false;
	const keys = new Set<string>();
	if (reader.take('}')) return true;
	do {
		reader.skipSpace();
		const keyAt = reader.i;
		const token = reader.token(string);
		if (token === undefined || token.length > 1000 || !reader.take(':')) return false;
		const key = JSON.parse(token) as string;
		if (keys.has(key)) return false;
		keys.add(key);
		if (!onEntry(key, keyAt)) return false;
	} while (reader.take(','));
	return reader.take('}');
}

/** The sheet, when the text is JSON of the usual shape; undefined to let the YAML library read it. */
export function readJsonSheet(text: string, file: string): Sheet | undefined {
	const reader = new Reader(text);
	const fields = new Map<string, (SheetPlace & { name: string }) | null>();
	const answers: SheetAnswer[] = [];
	// Set at the first answer past the limit: reading stops there, the sheet is refused for it.
	let isFull = false;
	const isSheet = readObject(reader, (key) => {
		if (!topFields.has(key)) return false;
		reader.skipSpace();
		if (key === 'answers') {
			fields.set(key, null);
			return readObject(reader, (id, idAt) => {
				const value = scalar(reader);
				if (value === undefined) return false;
				const answer = value === null || value.trim() === '' ? null : value;
				answers.push({ id, answer, ...reader.place(idAt) });
				isFull = answers.length > maxSheetAnswers;
				return !isFull;
			});
		}
		const valueAt = reader.i;
		const value = scalar(reader);
		if (value === undefined) return false;
		fields.set(key, value === null ? null : { name: value, ...reader.place(valueAt) });
		return true;
	});
	reader.skipSpace();
	if (!isFull && (!isSheet || reader.i !== text.length || answers.length === 0)) return undefined;
	return {
		file,
		student: fields.get('student')?.name ?? null,
		bank: fields.get('bank') ?? null,
		answers,
	};
}
