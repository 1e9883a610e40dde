// The check of a bank against its JSON Schema (the quick path's stand-in for zod) against zod
// itself: whatever the quick check accepts, zod accepts and gives the same bank, defaults and
// key order included; every valid bank passes it; and the zod schema has no rule beyond JSON
// Schema other than the one the quick check knows (the letters of an order's answer).

import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { origins, skills } from '../../src/core/bank/kinds.js';
import { quickParseBank } from '../../src/core/bank/quick-parse.js';
import { bankSchema } from '../../src/core/bank/schema.js';
import { checkJsonSchema } from '../../src/core/json-schema-check.js';

const jsonSchema: unknown = JSON.parse(
	readFileSync(new URL('../../questions/schema.json', import.meta.url), 'utf8'),
);

/** The same data, down to -0, NaN and the order of keys. */
function same(a: unknown, b: unknown): boolean {
	return isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b);
}

const text = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constant('a'));
const texts = (min: number, max: number) => fc.array(text, { minLength: min, maxLength: max });
const source = fc.record(
	{ line: fc.integer({ min: 1, max: 500 }), quote: text, highlight: text },
	{ requiredKeys: ['line', 'quote'] },
);
const common = {
	id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	prompt: text,
	source,
	moreSources: fc.array(source, { maxLength: 2 }),
	support: fc.record(
		{ prompt: text, choices: texts(2, 8), answer: text },
		{ requiredKeys: ['choices', 'answer'] },
	),
	explanation: text,
	tags: texts(0, 3),
	skill: fc.constantFrom(...skills),
	origin: fc.constantFrom(...origins),
};
/** The keys a question of a kind must have, for fc.record (the others are left out at times). */
const required = (keys: string[]) => ['id', 'prompt', 'source', 'type', ...keys] as never[];
const question = fc.oneof(
	fc.record(
		{ ...common, type: fc.constant('choice'), choices: texts(2, 8), answer: text },
		{ requiredKeys: required(['choices', 'answer']) },
	),
	fc.record(
		{ ...common, type: fc.constant('truefalse'), answer: fc.boolean() },
		{ requiredKeys: required(['answer']) },
	),
	fc.record(
		{
			...common,
			type: fc.constant('short'),
			answer: text,
			accept: texts(0, 3),
			allowNearMiss: fc.boolean(),
		},
		{ requiredKeys: required(['answer']) },
	),
	fc.record(
		{
			...common,
			type: fc.constant('numeric'),
			answer: fc.double({ noNaN: true, noDefaultInfinity: true }),
			tolerance: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
			unit: text,
		},
		{ requiredKeys: required(['answer']) },
	),
	fc
		.record(
			{ ...common, type: fc.constant('order'), items: texts(3, 5), shuffle: fc.nat() },
			{ requiredKeys: required(['items', 'shuffle']) },
		)
		.map((value) => {
			const { shuffle, ...order } = value as typeof value & { items: string[]; shuffle: number };
			const letters = 'abcde'.slice(0, order.items.length).split('');
			const answer = letters.map((_, at) => letters[(at + shuffle) % letters.length]);
			return { ...order, answer };
		}),
);
const bank = fc.record(
	{
		article: fc.record(
			{ file: text, title: text, source: text },
			{ requiredKeys: ['file', 'title'] },
		),
		questions: fc.array(question, { minLength: 1, maxLength: 4 }),
		rejected: texts(0, 2),
	},
	{ requiredKeys: ['article', 'questions'] },
);

/** Values a wrong bank holds where a right one holds something else. */
const oddValue = fc.constantFrom(
	null,
	'',
	'x',
	'Z',
	0,
	-1,
	1.5,
	Number.NaN,
	Number.POSITIVE_INFINITY,
	2 ** 60,
	true,
	[],
	['a'],
	{},
	{ line: 1, quote: 'a' },
);

/** A path into the data, chosen by the numbers given. */
function pathInto(data: unknown, picks: readonly number[]): (string | number)[] {
	const path: (string | number)[] = [];
	let node = data;
	for (const pick of picks) {
		if (Array.isArray(node) && node.length > 0) {
			const at = pick % node.length;
			path.push(at);
			node = node[at];
		} else if (node && typeof node === 'object' && Object.keys(node).length > 0) {
			const keys = Object.keys(node);
			const key = keys[pick % keys.length] as string;
			path.push(key);
			node = (node as Record<string, unknown>)[key];
		} else break;
	}
	return path;
}

type Change = 'replace' | 'delete' | 'add key';

/** The data with one change at `path`. */
function changed(data: unknown, path: readonly (string | number)[], change: Change, odd: unknown) {
	const copy = structuredClone(data) as Record<string | number, unknown>;
	let parent: Record<string | number, unknown> = copy;
	for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
	const last = path.at(-1);
	if (last === undefined) return odd;
	if (change === 'replace') parent[last] = odd;
	else if (change === 'delete') {
		if (Array.isArray(parent)) parent.splice(last as number, 1);
		else delete parent[last];
	} else if (!Array.isArray(parent)) parent.surplus = odd;
	return copy;
}

/** The quick path's check of bank data (the text matters only for telling prose apart). */
const quick = (data: unknown) => quickParseBank('questions:\n', data, jsonSchema);

describe('the quick check of a bank against its JSON Schema', () => {
	it('passes every valid bank, giving what zod gives', () => {
		fc.assert(
			fc.property(bank, (data) => {
				const parsed = bankSchema.safeParse(data);
				expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
				const got = quick(data);
				expect(got).toBeDefined();
				expect(same(got, parsed.data)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('passes a changed bank only when zod does, and then gives what zod gives', () => {
		const change = fc.constantFrom<Change>('replace', 'delete', 'add key');
		const picks = fc.array(fc.nat(), { minLength: 1, maxLength: 5 });
		fc.assert(
			fc.property(bank, picks, change, oddValue, (data, at, how, odd) => {
				const wrong = changed(data, pathInto(data, at), how, odd);
				const got = quick(wrong);
				if (got === undefined) return;
				const parsed = bankSchema.safeParse(wrong);
				expect(parsed.success, JSON.stringify(wrong)).toBe(true);
				expect(same(got, parsed.data)).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	it('refuses an order whose answer does not name each item once, as zod does', () => {
		const order = {
			id: 'o',
			type: 'order',
			prompt: 'p',
			source: { line: 1, quote: 'q' },
			items: ['x', 'y', 'z'],
			answer: ['a', 'b', 'b'],
		};
		const data = { article: { file: 'f', title: 't' }, questions: [order] };
		expect(bankSchema.safeParse(data).success).toBe(false);
		expect(quick(data)).toBeUndefined();
		const right = { ...data, questions: [{ ...order, answer: ['c', 'a', 'b'] }] };
		expect(quick(right)).toBeDefined();
	});

	it('gives up on a keyword it does not know', () => {
		expect(checkJsonSchema({ type: 'string', format: 'email' }, 'a@b')).toBeUndefined();
		expect(checkJsonSchema({ type: 'string', minLength: 1 }, 'a')).toEqual({ data: 'a' });
	});

	it('the zod schema has no rule past JSON Schema but the order answer the quick check knows', () => {
		type Def = {
			type: string;
			shape?: Record<string, { _zod: { def: Def } }>;
			element?: { _zod: { def: Def } };
			options?: { _zod: { def: Def } }[];
			innerType?: { _zod: { def: Def } };
			checks?: { _zod: { def: { check: string } } }[];
		};
		const custom: string[] = [];
		const walk = (def: Def, where: string): void => {
			for (const check of def.checks ?? []) {
				if (check._zod.def.check === 'custom') custom.push(where);
			}
			for (const [key, item] of Object.entries(def.shape ?? {}))
				walk(item._zod.def, `${where}.${key}`);
			if (def.element) walk(def.element._zod.def, `${where}[]`);
			for (const option of def.options ?? []) {
				const type = option._zod.def.shape?.type?._zod.def as { values?: unknown[] } | undefined;
				walk(option._zod.def, `${where}<${String(type?.values?.[0])}>`);
			}
			if (def.innerType) walk(def.innerType._zod.def, where);
		};
		walk((bankSchema as unknown as { _zod: { def: Def } })._zod.def, 'bank');
		expect(custom).toEqual(['bank.questions[]<order>']);
	});
});
