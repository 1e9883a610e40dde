// A check of data against a JSON Schema that zod made (z.toJSONSchema, io: 'input'), giving
// what zod's parse gives: the data with defaults filled in and keys in the schema's order. It
// exists for speed: loading zod and building a schema with it costs more than reading a bank.
// It knows the few keywords such schemas use, read with zod's meaning where the two differ
// (string lengths in UTF-16 units, no infinite numbers); a schema with any other keyword, or
// data that fails, gives undefined, and the caller asks zod, which says what is wrong.

/** A JSON Schema, as parsed from its JSON. */
type Schema = { readonly [keyword: string]: unknown };

/** Keywords that only describe. */
const annotations = new Set(['$schema', 'title', 'description']);

const known = new Set([
	...annotations,
	'type',
	'properties',
	'required',
	'additionalProperties',
	'items',
	'minItems',
	'maxItems',
	'minLength',
	'pattern',
	'minimum',
	'maximum',
	'enum',
	'const',
	'oneOf',
	'default',
]);

/** Failed: the data does not fit, or the schema says something this check does not know. */
const fail = Symbol('fail');

/** Patterns by their source, compiled once. */
const patterns = new Map<string, RegExp>();

/**
 * The data as zod would give it after checking it against the schema `schema` was made from;
 * undefined when it does not fit, or the schema is beyond this check.
 */
export function checkJsonSchema(
	schema: unknown,
	data: unknown,
): { readonly data: unknown } | undefined {
	try {
		const checked = check(schema as Schema, data);
		return checked === fail ? undefined : { data: checked };
	} catch {
		return undefined;
	}
}

/** Schemas whose keywords are all known. */
const vetted = new WeakSet<Schema>();

function check(schema: Schema, value: unknown): unknown {
	if (!vetted.has(schema)) {
		for (const keyword of Object.keys(schema)) if (!known.has(keyword)) return fail;
		vetted.add(schema);
	}
	if ('const' in schema && value !== schema.const) return fail;
	if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return fail;
	if (Array.isArray(schema.oneOf)) return oneOf(schema.oneOf as Schema[], value);
	switch (schema.type) {
		case 'object':
			return object(schema, value);
		case 'array':
			return array(schema, value);
		case 'string':
			return string(schema, value);
		case 'integer':
			return typeof value === 'number' && Number.isInteger(value) ? number(schema, value) : fail;
		case 'number':
			return typeof value === 'number' && Number.isFinite(value) ? number(schema, value) : fail;
		case 'boolean':
			return typeof value === 'boolean' ? value : fail;
		default:
			return fail;
	}
}

/** Exactly one of the choices fits. */
function oneOf(choices: readonly Schema[], value: unknown): unknown {
	let found: unknown = fail;
	for (const choice of choices) {
		if (!mayFit(choice, value)) continue;
		const checked = check(choice, value);
		if (checked === fail) continue;
		if (found !== fail) return fail;
		found = checked;
	}
	return found;
}

/**
 * False when `value` is sure not to fit `choice`: a property `choice` fixes with `const` (the
 * `type` of a question) holds another value. Saves checking every choice in full.
 */
function mayFit(choice: Schema, value: unknown): boolean {
	if (typeof value !== 'object' || value === null || !choice.properties) return true;
	for (const [key, property] of Object.entries(choice.properties as Record<string, Schema>)) {
		if ('const' in property && (value as Record<string, unknown>)[key] !== property.const)
			return false;
	}
	return true;
}

function object(schema: Schema, value: unknown): unknown {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail;
	if (schema.additionalProperties !== false) return fail;
	const properties = (schema.properties ?? {}) as { readonly [key: string]: Schema };
	const required = (schema.required ?? []) as readonly string[];
	const input = value as { readonly [key: string]: unknown };
	for (const key of Object.keys(input)) if (!Object.hasOwn(properties, key)) return fail;
	const output: Record<string, unknown> = {};
	for (const [key, property] of Object.entries(properties)) {
		const given = Object.hasOwn(input, key) ? input[key] : undefined;
		if (given === undefined) {
			if ('default' in property) output[key] = copy(property.default);
			else if (required.includes(key)) return fail;
			continue;
		}
		const checked = check(property, given);
		if (checked === fail) return fail;
		output[key] = checked;
	}
	return output;
}

function array(schema: Schema, value: unknown): unknown {
	if (!Array.isArray(value)) return fail;
	if (typeof schema.minItems === 'number' && value.length < schema.minItems) return fail;
	if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return fail;
	const items = schema.items as Schema | undefined;
	if (!items) return fail;
	const output: unknown[] = [];
	for (const item of value) {
		const checked = check(items, item);
		if (checked === fail) return fail;
		output.push(checked);
	}
	return output;
}

function string(schema: Schema, value: unknown): unknown {
	if (typeof value !== 'string') return fail;
	// zod counts UTF-16 units, as `length` does.
	if (typeof schema.minLength === 'number' && value.length < schema.minLength) return fail;
	if (typeof schema.pattern === 'string') {
		let pattern = patterns.get(schema.pattern);
		if (!pattern) {
			pattern = new RegExp(schema.pattern);
			patterns.set(schema.pattern, pattern);
		}
		if (!pattern.test(value)) return fail;
	}
	return value;
}

function number(schema: Schema, value: number): unknown {
	if (typeof schema.minimum === 'number' && value < schema.minimum) return fail;
	if (typeof schema.maximum === 'number' && value > schema.maximum) return fail;
	return value;
}

/** A copy of a default, so that no two outputs share one list. */
function copy(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(copy);
	if (typeof value === 'object' && value !== null)
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]));
	return value;
}
