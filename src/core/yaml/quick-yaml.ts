import { FAILSAFE_SCHEMA, type LoadOptions, load, type State, Type } from 'js-yaml';

// A quick reader for YAML on the happy path. The `yaml` package keeps every node's place for
// messages, and that costs: on a bank it takes most of a cold load. js-yaml reads the same text
// several times faster but says little about where a problem is. So banks, sheets and
// assignments are read with js-yaml first, and whenever anything is wrong or unusual the text is
// read again by parseYaml (parse-yaml.ts), whose messages give each problem its line:col.
//
// The two readers must give the same data for any text this one accepts. Plain scalars are
// resolved as the `yaml` package's YAML 1.2 core schema resolves them (its patterns and its
// conversions, below); anything this reader is unsure of is refused, to be read by parseYaml:
// anchors and aliases (the other reader bounds their expansion), explicit tags, duplicate keys,
// several documents, nesting past `maxDepth`, non-printable characters.

/** The tags of the implicit types: their own, so that an explicit `!!int` is unknown here. */
const coreTags = new Set<string>();

const tagOf = (name: string): string => {
	const tag = `tag:quizline,2026:${name}`;
	coreTags.add(tag);
	return tag;
};

/** A type that plain text matching `test` resolves to. */
const implicit = (name: string, test: RegExp, construct: (text: string) => unknown): Type =>
	new Type(tagOf(name), {
		kind: 'scalar',
		resolve: (data: unknown) => typeof data === 'string' && test.test(data),
		construct: (data: string) => construct(data),
	});

/** The `yaml` package's core schema (yaml/dist/schema/core), in its order. */
const coreTypes = [
	// An empty value reaches js-yaml's resolvers as null.
	new Type(tagOf('null'), {
		kind: 'scalar',
		resolve: (data: unknown) => data === null || /^(?:~|[Nn]ull|NULL)?$/.test(String(data)),
		construct: () => null,
	}),
	implicit(
		'bool',
		/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
		(text) => text[0] === 't' || text[0] === 'T',
	),
	implicit('int-oct', /^0o[0-7]+$/, (text) => Number.parseInt(text.substring(2), 8)),
	implicit('int', /^[-+]?[0-9]+$/, (text) => Number.parseInt(text, 10)),
	implicit('int-hex', /^0x[0-9a-fA-F]+$/, (text) => Number.parseInt(text.substring(2), 16)),
	implicit('float-nan', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) =>
		text.slice(-3).toLowerCase() === 'nan'
			? Number.NaN
			: text[0] === '-'
				? Number.NEGATIVE_INFINITY
				: Number.POSITIVE_INFINITY,
	),
	implicit('float-exp', /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (text) =>
		Number.parseFloat(text),
	),
	implicit('float', /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (text) => Number.parseFloat(text)),
];

const coreSchema = FAILSAFE_SCHEMA.extend({ implicit: coreTypes });

/** Deeper than any bank, sheet or assignment; deeper text is left to parseYaml's own limit. */
const maxDepth = 64;

/** Set while a text is read: whether it used anything this reader leaves to parseYaml. */
let unusual = false;

/** js-yaml's state as a node closes: the node's anchor and its resolved tag. */
type Closing = State & { readonly anchor: string | null; readonly tag: string | null };

const options: LoadOptions & { readonly maxDepth: number } = {
	schema: coreSchema,
	json: false,
	maxDepth,
	listener(event, state) {
		if (event !== 'close') return;
		const { anchor, tag } = state as Closing;
		if (anchor !== null) unusual = true;
		// null for collections and quoted scalars, '?' for plain text; any other is an explicit tag.
		if (tag !== null && tag !== '?' && !coreTags.has(tag)) unusual = true;
	},
};

/**
 * The data of a YAML text when it is plain, well-formed YAML (one document, no anchors, aliases,
 * tags or duplicate keys): the same data parseYaml and yamlData would give. Undefined for any
 * other text, which the caller reads with parseYaml to say what is wrong and where.
 */
export function readYamlQuickly(text: string): { readonly data: unknown } | undefined {
	unusual = false;
	try {
		const data = load(text, options) ?? null;
		return unusual ? undefined : { data };
	} catch {
		return undefined;
	} finally {
		unusual = false;
	}
}
