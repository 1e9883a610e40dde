import {
	type Document,
	isAlias,
	isScalar,
	LineCounter,
	type Node,
	parseDocument,
	visit,
} from 'yaml';
import { scanYaml, type YamlLimits } from './scan-yaml.js';

/** A place in the text (1-based) and what is wrong there. */
type YamlProblem = { readonly line: number; readonly col: number; readonly message: string };

/** The limits of a YAML text, and how to name what went past the count limit. */
type YamlOptions = Partial<YamlLimits> & {
	/** Says what there are too many of, e.g. "answers (a sheet holds at most 20,000)". */
	readonly tooMany?: string;
};

/** A parsed document and where its offsets are, or every problem with its place. */
type ParsedYaml =
	| { readonly ok: true; readonly doc: Document.Parsed; place(offset: number): Place }
	| { readonly ok: false; readonly problems: readonly YamlProblem[] };

type Place = { line: number; col: number };

/** Deep enough for any bank or sheet, far below what overflows the library's stack. */
const defaultMaxDepth = 64;

/**
 * Parse YAML text in time linear in its length: nesting and size are checked before the library
 * builds the document, and duplicate keys are found in one pass (the library's own check
 * compares each key with every earlier one). Syntax problems point at their `line:col`.
 */
export function parseYaml(text: string, options: YamlOptions = {}): ParsedYaml {
	const lineCounter = new LineCounter();
	const place = (offset: number) => lineCounter.linePos(offset);
	const maxDepth = options.maxDepth ?? defaultMaxDepth;
	const excess = scanYaml(text, { maxDepth, maxItems: options.maxItems ?? Infinity });
	if (excess) {
		const message =
			excess.limit === 'depth'
				? `nested too deeply: more than ${maxDepth} levels of maps and lists`
				: `too many entries: more than ${(options.maxItems ?? 0).toLocaleString('en')} ${options.tooMany ?? ''}`.trimEnd();
		return { ok: false, problems: [{ ...placeIn(text, excess.offset), message }] };
	}
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
	const syntax = doc.errors.map((error) => ({
		...place(error.pos[0]),
		message: firstLine(error.message),
	}));
	// Not push(...): a map with a million repeated keys is past the limit on arguments.
	const problems = syntax.length > 0 ? syntax : duplicateKeys(doc, place);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, doc, place };
}

/** Keys repeated in a map, each at its second use: one pass, a set per map. */
function duplicateKeys(doc: Document.Parsed, place: (offset: number) => Place): YamlProblem[] {
	const problems: YamlProblem[] = [];
	visit(doc, {
		Map(_, map) {
			const seen = new Map<unknown, Node>();
			for (const { key } of map.items) {
				if (!isScalar(key)) continue;
				const first = seen.get(key.value);
				if (!first) seen.set(key.value, key);
				else {
					const firstLine = place(first.range?.[0] ?? 0).line;
					const message = `Map keys must be unique ("${String(key.value)}" is also on line ${firstLine})`;
					problems.push({ ...place(key.range?.[0] ?? 0), message });
				}
			}
		},
	});
	return problems;
}

/**
 * The document as plain data, or why it cannot be: an alias to an anchor that does not come
 * before it, or aliases that would expand past the library's `maxAliasCount` (an alias bomb).
 */
export function yamlData(
	doc: Document.Parsed,
	place: (offset: number) => Place,
): { ok: true; data: unknown } | { ok: false; problem: YamlProblem } {
	try {
		return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
	} catch (error) {
		let alias: Node | undefined;
		let missing: Node | undefined;
		visit(doc, {
			Alias(_, node) {
				alias ??= node;
				if (!missing && node.resolve(doc) === undefined) missing = node;
			},
		});
		const at = place((missing ?? alias)?.range?.[0] ?? 0);
		const unresolved = missingAnchor(missing, doc);
		if (unresolved) return { ok: false, problem: { ...at, message: unresolved } };
		const message = alias
			? 'too many aliases: they would expand into too much data (at most 100 alias expansions)'
			: firstLine((error as Error).message);
		return { ok: false, problem: { ...at, message } };
	}
}

/** What is wrong with an alias to an anchor that does not come before it; undefined otherwise. */
export function missingAnchor(node: unknown, doc: Document.Parsed): string | undefined {
	if (!isAlias(node) || node.resolve(doc) !== undefined) return undefined;
	return `alias *${node.source} refers to no anchor (an anchor &${node.source} must come before it)`;
}

/** The `line:col` of an offset, counting the lines before it. */
function placeIn(text: string, offset: number): Place {
	let line = 1;
	let lineStart = 0;
	for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
		line++;
		lineStart = at + 1;
	}
	return { line, col: offset - lineStart + 1 };
}

/** The first line of a library message, without the place it repeats. */
function firstLine(message: string): string {
	return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
