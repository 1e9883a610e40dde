import { CST, Lexer } from 'yaml';

// The YAML library builds documents recursively: 20,000 nested flow sequences or 3,000 nested
// maps overflow its stack (issue 10), and a map of 500,000 entries takes it many seconds. This
// pass over the library's own tokens (linear, no recursion, nothing built) measures nesting and
// counts entries first, so such text is refused before the library builds anything.

/** How deep and how big a YAML text may be. */
export type YamlLimits = {
	/** Most collections one inside the other. */
	readonly maxDepth: number;
	/** Most entries (map values, sequence items, flow commas) in the whole text. */
	readonly maxItems: number;
};

/** Where the text first goes past a limit, and which. */
type YamlExcess = { readonly offset: number; readonly limit: 'depth' | 'items' };

const markers = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);
const entryTokens = new Set(['map-value-ind', 'seq-item-ind', 'explicit-key-ind', 'comma']);
const indicators = new Set(['map-value-ind', 'seq-item-ind', 'explicit-key-ind']);

/**
 * The first place `text` goes past a limit; undefined when it stays within them. The depth
 * counted is, for each line still open (each indentation the current line is inside of), its
 * block indicators (`-`, `?`, `key:`), plus the open flow brackets: the real depth for the usual
 * shapes, and never less than half of it.
 */
export function scanYaml(text: string, limits: YamlLimits): YamlExcess | undefined {
	/** The open lines: their indentation and how many levels each opened. */
	const open: { indent: number; levels: number }[] = [];
	let depth = 0;
	let offset = 0;
	let items = 0;
	let flow = 0;
	let lineStart = true;
	let indent = 0;
	let blockBody = false;
	for (const token of new Lexer().lex(text)) {
		const at = offset;
		if (markers.has(token)) continue;
		offset += token.length;
		const type = CST.tokenType(token);
		if (type === 'newline') {
			lineStart = true;
			indent = 0;
			continue;
		}
		if (type === 'space' || type === 'comment') {
			if (lineStart && type === 'space') indent = token.length;
			continue;
		}
		if (lineStart && flow === 0 && !blockBody) {
			// A line closes the lines at its indentation or deeper: it is their sibling or parent.
			while (open.length > 0 && (open.at(-1) as { indent: number }).indent >= indent) {
				depth -= (open.pop() as { levels: number }).levels;
			}
			open.push({ indent, levels: 0 });
		}
		lineStart = false;
		// A block scalar's text is one token that starts its own line; its indentation is no level.
		blockBody = type === 'block-scalar-header';
		if (type === 'flow-map-start' || type === 'flow-seq-start') flow++;
		else if ((type === 'flow-map-end' || type === 'flow-seq-end') && flow > 0) flow--;
		else if (flow === 0 && type !== null && indicators.has(type) && open.length > 0) {
			(open.at(-1) as { levels: number }).levels++;
			depth++;
		}
		if (depth + flow > limits.maxDepth) return { offset: at, limit: 'depth' };
		if (type !== null && entryTokens.has(type) && ++items > limits.maxItems) {
			return { offset: at, limit: 'items' };
		}
	}
	return undefined;
}
