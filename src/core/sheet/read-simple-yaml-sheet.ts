import {
	attemptsOf,
	maxSheetAnswers,
	type Sheet,
	type SheetAnswer,
	type SheetPlace,
} from './sheet.js';

// Most sheets are a few `key: value` lines and an `answers:` block of `id: answer` lines. This
// reads exactly that, ten times faster than the YAML library; anything else (flow collections,
// anchors, tags, block or multi-line scalars, escapes, tabs, duplicate keys, any mistake) gives
// undefined and the YAML library reads the sheet. Where this gives a sheet, it is the one the
// library gives (a property test holds them equal), except that reading stops one answer past
// the 20,000 a sheet may hold, for the sheet to be refused at that answer.

const topKey = /^([a-z]+):(?: +(.*))?$/;
const answerKey = /^( +)([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
const nullWords = new Set(['~', 'null', 'Null', 'NULL']);
const topFields = new Set(['student', 'bank', 'answers', 'attempts']);
/** Keys YAML reads as numbers, booleans or null, which can collide (`7` and `007`). */
const notText =
	/^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[Tt]rue|TRUE|[Ff]alse|FALSE|~|[Nn]ull|NULL)$/;
// Characters YAML forbids or treats specially (controls, byte-order marks, other line breaks).
const unusual =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\p{Cs}|\t|\r(?!\n)/u;

/** Plain text with no comment, colon or leading indicator: the usual answer. */
const usualPlain = /^[^-?:,[\]{}#&*!|>'"%@` ][^#:]*$/;

/**
 * A value after `key: ` as written: its text, null when empty, undefined when it is not a
 * simple one-line scalar.
 */
function scalar(rest: string | undefined): string | null | undefined {
	if (rest === undefined || rest === '' || rest.startsWith('#')) return null;
	if (usualPlain.test(rest)) return plainValue(rest);
	const first = rest[0] as string;
	if (first === '"') return /^"([^"\\]*)"(?: +#.*| *)$/.exec(rest)?.[1];
	if (first === "'") return /^'((?:[^']|'')*)'(?: +#.*| *)$/.exec(rest)?.[1]?.replaceAll("''", "'");
	if (/^[?:,[\]{}#&*!|>%@`]/.test(first) || (first === '-' && !/^-\S/.test(rest))) {
		return undefined;
	}
	const comment = rest.search(/ +#/);
	const value = comment >= 0 ? rest.slice(0, comment) : rest;
	if (value.includes(': ') || /:\s*$/.test(value) || value.includes(' #')) return undefined;
	return plainValue(value);
}

/** A plain value without its trailing spaces (YAML keeps other white space, e.g. no-break). */
function plainValue(value: string): string | null {
	const text = value.endsWith(' ') ? value.replace(/ +$/, '') : value;
	return nullWords.has(text) ? null : text;
}

/** The sheet, when the text is a simple one; undefined to let the YAML library read it. */
export function readSimpleYamlSheet(text: string, file: string): Sheet | undefined {
	if (unusual.test(text)) return undefined;
	const lines = text.split('\n');
	const fields = new Map<string, (SheetPlace & { name: string }) | null>();
	const answers: SheetAnswer[] = [];
	const ids = new Set<string>();
	let answerIndent = 0;
	let isInAnswers = false;
	for (let index = 0; index < lines.length; index++) {
		const raw = lines[index] as string;
		const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const lineNumber = index + 1;
		if (line.startsWith(' ')) {
			const match = answerKey.exec(line);
			if (!match) {
				if (/^ *(?:#.*)?$/.test(line)) continue;
				return undefined;
			}
			const indent = (match[1] as string).length;
			const id = match[2] as string;
			if (!isInAnswers || ids.has(id) || notText.test(id)) return undefined;
			if (answerIndent === 0) answerIndent = indent;
			if (indent !== answerIndent) return undefined;
			const value = scalar(match[3]);
			if (value === undefined) return undefined;
			ids.add(id);
			const answer = value === null || value.trim() === '' ? null : value;
			answers.push({ id, answer, line: lineNumber, col: indent + 1 });
			// One answer past the limit: the rest is not read, the sheet is refused for this one.
			if (answers.length > maxSheetAnswers) break;
			continue;
		}
		if (line === '' || line.startsWith('#')) continue;
		const match = topKey.exec(line);
		const key = match?.[1];
		if (!match || !key || fields.has(key) || !topFields.has(key)) return undefined;
		const rest = match[2];
		const value = scalar(rest);
		if (value === undefined) return undefined;
		isInAnswers = key === 'answers';
		if (isInAnswers && value !== null) return undefined;
		const col = rest === undefined ? 0 : line.length - rest.length + 1;
		fields.set(key, value === null ? null : { name: value, line: lineNumber, col });
	}
	if (answers.length === 0 || !fields.has('answers')) return undefined;
	const written = fields.get('attempts');
	const attempts = written ? attemptsOf(written.name) : undefined;
	if (written && attempts === undefined) return undefined;
	return {
		...(attempts === undefined ? {} : { attempts }),
		file,
		student: fields.get('student')?.name ?? null,
		bank: fields.get('bank') ?? null,
		answers,
	};
}
