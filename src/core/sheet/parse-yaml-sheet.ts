import { type Document, isAlias, isMap, isScalar, isSeq, type Pair } from 'yaml';
import { type BankIssue, capIssues } from '../bank/issue.js';
import { missingAnchor, parseYaml } from '../yaml/parse-yaml.js';
import {
	attemptsOf,
	limitAnswers,
	maxSheetAnswers,
	type Sheet,
	type SheetAnswer,
	type SheetPlace,
	type SheetResult,
} from './sheet.js';

const topFields = ['student', 'bank', 'answers', 'attempts'];
const shape = 'a map with "answers:" (and optionally "student:" and "bank:")';
const oneAnswer =
	'expected one answer (text, a number or true/false), a list (an order, e.g. [c, a, d, b]) or { answer: …, support: … } (a two-part question)';
const partFields = ['answer', 'support'];

/** Read a YAML (or JSON, which YAML reads too) answer sheet, with `line:col` for every problem. */
export function parseYamlSheet(text: string, file: string): SheetResult {
	const parsed = parseYaml(text, sheetYamlLimits);
	if (!parsed.ok) {
		return { ok: false, issues: capIssues(parsed.problems, (problem) => ({ file, ...problem })) };
	}
	const issues: BankIssue[] = [];
	const reader: Reader = {
		doc: parsed.doc,
		place: (node) => parsed.place((node as { range?: number[] } | null)?.range?.[0] ?? 0),
		report: (at, message, questionId) =>
			issues.push({ file, ...at, ...(questionId === undefined ? {} : { questionId }), message }),
	};
	const sheet = readSheet(reader, file);
	if (issues.length > 0 || !sheet)
		return { ok: false, issues: capIssues(issues, (issue) => issue) };
	return limitAnswers(sheet);
}

/** A sheet is a few fields and its answers: two entries an answer (its value, a flow comma). */
const sheetYamlLimits = {
	maxItems: 2 * maxSheetAnswers + 100,
	tooMany: `entries (a sheet holds at most ${maxSheetAnswers.toLocaleString('en')} answers)`,
};

type Reader = {
	readonly doc: Document.Parsed;
	place(node: unknown): SheetPlace;
	report(at: SheetPlace, message: string, questionId?: string): void;
};

function readSheet(reader: Reader, file: string): Sheet | undefined {
	const root = reader.doc.contents;
	if (!isMap(root)) {
		reader.report(root ? reader.place(root) : { line: 1, col: 1 }, `expected ${shape}`);
		return undefined;
	}
	for (const pair of root.items) {
		const name = keyText(pair);
		if (name === undefined || !topFields.includes(name)) {
			const shown = name === undefined ? 'a field that is not a name' : `unknown field "${name}"`;
			reader.report(reader.place(pair.key), `${shown} (expected ${topFields.join(', ')})`);
		}
	}
	const field = (name: string) => root.items.find((pair) => keyText(pair) === name);
	const student = readText(reader, field('student'));
	const bank = readText(reader, field('bank'));
	const answersPair = field('answers');
	if (!answersPair) {
		reader.report(reader.place(root), `missing field "answers" (expected ${shape})`);
		return undefined;
	}
	const answers = readAnswers(reader, answersPair);
	const attempts = readAttempts(reader, field('attempts'));
	return { file, student: student?.name ?? null, bank, answers, ...attempts };
}

/** `attempts:`, a whole number from 1, as `play` writes it. */
function readAttempts(reader: Reader, pair: Pair | undefined): { attempts?: number } {
	if (!pair || pair.value === null) return {};
	const value = scalarText(resolve(pair.value, reader.doc));
	const attempts = attemptsOf(value ?? '');
	if (attempts === undefined) {
		reader.report(reader.place(pair.value), '"attempts": expected a whole number from 1');
		return {};
	}
	return { attempts };
}

/** `student:` or `bank:`: any scalar, as written. */
function readText(reader: Reader, pair: Pair | undefined) {
	if (!pair || pair.value === null) return null;
	const value = scalarText(resolve(pair.value, reader.doc));
	if (value === null) return null;
	if (value === undefined) {
		reader.report(reader.place(pair.value), `"${keyText(pair)}": expected text`);
		return null;
	}
	return { name: value, ...reader.place(pair.value) };
}

function readAnswers(reader: Reader, pair: Pair): SheetAnswer[] {
	const map = pair.value;
	if (!isMap(map) || map.items.length === 0) {
		const isEmpty = map === null || (isScalar(map) && map.value === null);
		const at = reader.place(isEmpty ? pair.key : map);
		reader.report(at, '"answers": expected a map of question id: answer, with at least one answer');
		return [];
	}
	const answers: SheetAnswer[] = [];
	for (const item of map.items) {
		const id = keyText(item);
		if (id === undefined) {
			reader.report(reader.place(item.key), 'expected a question id as the key');
			continue;
		}
		const value = resolve(item.value, reader.doc);
		const parts = isMap(value) ? readParts(reader, value, id) : { answer: readOne(reader, item) };
		if (parts === undefined || parts.answer === undefined) continue;
		const { answer, support } = parts;
		answers.push({
			id,
			answer: blankAsNull(answer),
			...(support === undefined ? {} : { support: blankAsNull(support) }),
			...reader.place(item.key),
		});
	}
	return answers;
}

const blankAsNull = (value: string | null) =>
	value === null || value.trim() === '' ? null : value;

/** One answer: a scalar, or a list read as an order; undefined (reported) for anything else. */
function readOne(reader: Reader, item: Pair, questionId?: string): string | null | undefined {
	if (item.value === null) return null;
	const value = resolve(item.value, reader.doc);
	const scalar = scalarText(value);
	if (scalar !== undefined) return scalar;
	const order = isSeq(value)
		? value.items.map((entry) => scalarText(resolve(entry, reader.doc)))
		: [];
	if (order.length > 0 && order.every((entry) => typeof entry === 'string')) {
		const texts = order as string[];
		// Letters or numbers read as "c,a,d,b"; the items' texts, which may hold commas, as "… | …".
		return texts.every((text) => /^[A-Za-z0-9]+$/.test(text.trim()))
			? texts.join(',')
			: texts.join(' | ');
	}
	const problem = missingAnchor(item.value, reader.doc) ?? oneAnswer;
	reader.report(reader.place(item.value), problem, questionId ?? keyText(item));
	return undefined;
}

/** `{ answer: …, support: … }`: both parts of a two-part question; undefined when reported. */
function readParts(
	reader: Reader,
	map: { items: Pair[] } & object,
	id: string,
): { answer: string | null | undefined; support?: string | null } | undefined {
	let isValid = true;
	for (const pair of map.items) {
		const name = keyText(pair);
		if (name === undefined || !partFields.includes(name)) {
			const shown = name === undefined ? 'a field that is not a name' : `unknown field "${name}"`;
			reader.report(reader.place(pair.key), `${shown} (expected answer, support)`, id);
			isValid = false;
		}
	}
	const part = (name: string) => map.items.find((pair) => keyText(pair) === name);
	const answerPair = part('answer');
	if (!answerPair) {
		reader.report(
			reader.place(map),
			'missing field "answer" (expected { answer: …, support: … })',
			id,
		);
		return undefined;
	}
	const answer = readOne(reader, answerPair, id);
	const supportPair = part('support');
	const support = supportPair ? readOne(reader, supportPair, id) : undefined;
	if (!isValid || answer === undefined || (supportPair && support === undefined)) return undefined;
	return support === undefined ? { answer } : { answer, support };
}

function resolve(node: unknown, doc: Document.Parsed): unknown {
	return isAlias(node) ? node.resolve(doc) : node;
}

/** A scalar key as text; undefined for a key that is empty or not a scalar. */
function keyText(pair: Pair): string | undefined {
	return scalarText(pair.key) ?? undefined;
}

/**
 * A scalar's text as written: plain numbers and booleans keep their spelling (`0x10` stays
 * `0x10`, `yes` stays `yes`), quoted text is unquoted; null for an empty value; undefined for
 * anything that is not a scalar.
 */
function scalarText(node: unknown): string | null | undefined {
	if (!isScalar(node)) return undefined;
	if (node.value === null || node.value === undefined) return null;
	if (typeof node.value === 'string') return node.value;
	const source = (node as { source?: unknown }).source;
	if (node.type === 'PLAIN' && typeof source === 'string') return source;
	return String(node.value);
}
