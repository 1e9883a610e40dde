// How the `yaml` package's YAML 1.2 core schema (yaml/dist/schema/core) resolves plain text:
// its patterns, in its order, and its conversions. The line reader (line-yaml.ts) resolves plain
// scalars with these, so that it gives the data that package gives.

/** A kind of plain scalar: its name, the text it matches and the value that text stands for. */
export type CoreScalarType = {
	readonly name: string;
	readonly test: RegExp;
	readonly construct: (text: string) => unknown;
};

export const coreScalarTypes: readonly CoreScalarType[] = [
	{ name: 'null', test: /^(?:~|[Nn]ull|NULL)?$/, construct: () => null },
	{
		name: 'bool',
		test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
		construct: (text) => text[0] === 't' || text[0] === 'T',
	},
	{ name: 'int-oct', test: /^0o[0-7]+$/, construct: (text) => Number.parseInt(text.slice(2), 8) },
	{ name: 'int', test: /^[-+]?[0-9]+$/, construct: (text) => Number.parseInt(text, 10) },
	{
		name: 'int-hex',
		test: /^0x[0-9a-fA-F]+$/,
		construct: (text) => Number.parseInt(text.slice(2), 16),
	},
	{
		name: 'float-nan',
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		construct: (text) =>
			text.slice(-3).toLowerCase() === 'nan'
				? Number.NaN
				: text[0] === '-'
					? Number.NEGATIVE_INFINITY
					: Number.POSITIVE_INFINITY,
	},
	{
		name: 'float-exp',
		test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
		construct: (text) => Number.parseFloat(text),
	},
	{
		name: 'float',
		test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
		construct: (text) => Number.parseFloat(text),
	},
];

/** Text that may be other than a string: a digit, sign, dot, ~, or a letter of null/true/false. */
const maybeNotString = /^(?:[-+.~0-9]|[NnTtFf][a-zA-Z]{3,4}$|$)/;

/** The value a plain scalar stands for: null, a boolean, a number or the text itself. */
export function coreScalar(text: string): unknown {
	if (!maybeNotString.test(text)) return text;
	for (const type of coreScalarTypes) if (type.test.test(text)) return type.construct(text);
	return text;
}
