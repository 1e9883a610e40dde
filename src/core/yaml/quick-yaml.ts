import { FAILSAFE_SCHEMA, type LoadOptions, load, type State, Type } from 'js-yaml';
import { coreScalarTypes } from './core-scalars.js';

// A quick reader for YAML on the happy path. The `yaml` package keeps every node's place for
// messages, and that costs: on a bank it takes most of a cold load. js-yaml reads the same text
// several times faster but says little about where a problem is. So a bank the line reader
// (line-yaml.ts) declines is read with js-yaml, and whenever anything is wrong or unusual the
// text is read again by parseYaml (parse-yaml.ts), whose messages give each problem its line:col.
//
// The two readers must give the same data for any text this one accepts. Plain scalars are
// resolved as the `yaml` package's YAML 1.2 core schema resolves them (core-scalars.ts);
// anything this reader is unsure of is refused, to be read by parseYaml:
// anchors and aliases (the other reader bounds their expansion), explicit tags, duplicate keys,
// several documents, nesting past `maxDepth`, non-printable characters.

/** The implicit types, under tags of their own, so that an explicit `!!int` is unknown here. */
const coreTypes = coreScalarTypes.map(
	({ name, test, construct }) =>
		new Type(`tag:quizline,2026:${name}`, {
			kind: 'scalar',
			// An empty value reaches js-yaml's resolvers as null.
			resolve: (data: unknown) =>
				(data === null && name === 'null') || (typeof data === 'string' && test.test(data)),
			construct: (data: string | null) => (data === null ? null : construct(data)),
		}),
);
const coreTags = new Set(coreTypes.map((type) => (type as Type & { tag: string }).tag));

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
