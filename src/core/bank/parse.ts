import { isMap, isNode, isPair, isScalar, type Node } from 'yaml';
import type { z } from 'zod';
import { parseYaml, yamlData } from '../yaml/parse-yaml.js';
import { type BankIssue, capIssues } from './issue.js';
import { type Bank, bankSchema } from './schema.js';
import { controlCharacterIssues, isProse } from './text-checks.js';

/** A bank, or every problem that kept it from being one. */
type ParseResult =
	| { readonly ok: true; readonly bank: Bank; readonly positions: QuestionPositions }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/** Where each question's fields start in the YAML file, for later checks to point at. */
export type QuestionPositions = {
	/** Position of `questions[index].<path>`, falling back to the nearest enclosing node. */
	at(index: number, ...path: (string | number)[]): { line: number; col: number };
	/** Position of any path from the top of the bank, e.g. `['article', 'file']`. */
	of(...path: (string | number)[]): { line: number; col: number };
};

/** Parse YAML text into a bank, with `line:col` for every syntax or schema problem. */
export function parseBank(text: string, file: string): ParseResult {
	if (isProse(text)) {
		const bank = `${file.replace(/\.[^./\\]*$/, '')}.yaml`;
		const message = `this is an article, not a question bank: make a bank from it with: quizline generate ${file} -o ${bank}`;
		return { ok: false, issues: [{ file, line: 0, col: 0, message }] };
	}
	const parsed = parseYamlWith(bankSchema, text, file, questionIdAt);
	if (!parsed.ok) return parsed;
	const positions: QuestionPositions = {
		at: (index, ...path) => parsed.at('questions', index, ...path),
		of: (...path) => parsed.at(...path),
	};
	const unsafe = controlCharacterIssues(parsed.data, file, positions);
	if (unsafe.length > 0) return { ok: false, issues: capIssues(unsafe, (issue) => issue) };
	return { ok: true, bank: parsed.data, positions };
}

/** YAML checked against a schema, or every problem with its `line:col`. */
type YamlParse<T> =
	| {
			readonly ok: true;
			readonly data: T;
			/** Where any path from the top starts, falling back to the nearest enclosing node. */
			at(...path: (string | number)[]): { line: number; col: number };
	  }
	| { readonly ok: false; readonly issues: readonly BankIssue[] };

/**
 * Parse YAML text and check it against `schema`; syntax and schema problems point at their
 * `line:col`, and `label` may name the question a problem belongs to.
 */
export function parseYamlWith<T>(
	schema: z.ZodType<T>,
	text: string,
	file: string,
	label: (data: unknown, path: readonly PropertyKey[]) => { questionId?: string } = () => ({}),
): YamlParse<T> {
	const parsed = parseYaml(text);
	if (!parsed.ok) {
		return { ok: false, issues: capIssues(parsed.problems, (problem) => ({ file, ...problem })) };
	}
	const { doc, place: located } = parsed;
	const read = yamlData(doc, located);
	if (!read.ok) return { ok: false, issues: [{ file, ...read.problem }] };
	const data = read.data;
	const nodeAt = (path: readonly PropertyKey[], atKey = false) =>
		locate(doc.contents, path, located, atKey);
	const result = schema.safeParse(data);
	if (!result.success) {
		return {
			ok: false,
			issues: capIssues(result.error.issues, (issue) => ({
				file,
				...nodeAt(issuePath(issue), issue.code === 'unrecognized_keys'),
				...label(data, issue.path),
				message: describe(issue),
			})),
		};
	}
	return { ok: true, data: result.data, at: (...path) => nodeAt(path) };
}

/** Unknown keys point at the key itself rather than the map that holds it. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
	const path = [...issue.path];
	if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
	return path;
}

function questionIdAt(data: unknown, path: readonly PropertyKey[]) {
	if (path[0] !== 'questions' || typeof path[1] !== 'number') return {};
	const questions = (data as { questions?: unknown }).questions;
	const question = Array.isArray(questions) ? (questions[path[1]] as unknown) : undefined;
	const id = (question as { id?: unknown } | undefined)?.id;
	return typeof id === 'string' ? { questionId: id } : { questionId: `#${path[1] + 1}` };
}

/** Say what was expected, in the schema's own words, naming the field. */
function describe(issue: z.core.$ZodIssue): string {
	const field = issue.path.filter((part) => typeof part === 'string').at(-1);
	if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) {
		return `missing field "${String(field)}" (expected ${issue.expected})`;
	}
	if (issue.code === 'unrecognized_keys') {
		return `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
	}
	return field === undefined ? issue.message : `"${String(field)}": ${issue.message}`;
}

/** The deepest node along `path` that exists; keys of maps point at the key. */
function locate(
	root: unknown,
	path: readonly PropertyKey[],
	located: (offset: number) => { line: number; col: number },
	atKey: boolean,
): { line: number; col: number } {
	let node: unknown = root;
	let offset = isNode(root) ? (root.range?.[0] ?? 0) : 0;
	for (const part of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
			if (!isPair(pair)) break;
			offset = (pair.key as Node).range?.[0] ?? offset;
			node = pair.value;
			if (isNode(node) && !isScalar(node) && !isMap(node)) offset = node.range?.[0] ?? offset;
			if (isScalar(node) && !atKey) offset = node.range?.[0] ?? offset;
		} else if (node && typeof node === 'object' && 'items' in node && typeof part === 'number') {
			const item = (node as { items: unknown[] }).items[part];
			if (!isNode(item)) break;
			node = item;
			offset = item.range?.[0] ?? offset;
		} else break;
	}
	return located(offset);
}
