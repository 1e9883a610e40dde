// The quick YAML readers (the line reader and js-yaml) against the position-aware parse with the
// `yaml` package: whatever a quick reader accepts, it reads to the same data, keys in the same
// order; what the exact parse refuses, a quick reader refuses too; and the line reader takes
// the shape quizline writes banks in.

import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isScalar, stringify, visit } from 'yaml';
import { readPlainYaml } from '../../../src/core/yaml/line-yaml.js';
import { parseYaml, yamlData } from '../../../src/core/yaml/parse-yaml.js';
import { writeBank } from '../../../src/generate/write/write-bank.js';

/** The data parseBank's reader gives for a text; undefined when it finds a problem. */
function exact(text: string): { data: unknown } | undefined {
	const parsed = parseYaml(text);
	if (!parsed.ok) return undefined;
	const read = yamlData(parsed.doc, parsed.place);
	return read.ok ? { data: read.data } : undefined;
}

/** The same data, down to -0, NaN and the order of keys. */
function same(a: unknown, b: unknown): boolean {
	return isDeepStrictEqual(a, b) && JSON.stringify(a) === JSON.stringify(b);
}

const readers = [['line reader', readPlainYaml]] as const;

/** Characters that mean something in YAML, and some that do not. */
const yamlChars = fc.constantFrom(
	...'aZ7 :#-"\'\\[]{},&*!|>%@`?~.’“é\t'.split(''),
	'\n',
	'0',
	'x',
	'e',
);
const specialStrings = fc.constantFrom(
	'true',
	'True',
	'FALSE',
	'null',
	'~',
	'',
	'0o17',
	'0x1F',
	'1e3',
	'.5',
	'-0',
	'+12',
	'.inf',
	'-.Inf',
	'.NaN',
	'12:30',
	'yes',
	'- x',
	'a: b',
	'a #b',
	' lead',
	'trail ',
	'__proto__',
	'1_000',
	'0b101',
);
const scalar = fc.oneof(
	fc.string({ unit: yamlChars, maxLength: 12 }),
	specialStrings,
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
);
const key = fc.oneof(
	fc.constantFrom('id', 'type', 'answer', 'moreSources', 'x-y', 'b_c', 'true', 'null', 'Null', '1'),
	fc.string({ unit: yamlChars, minLength: 1, maxLength: 6 }),
);
const { value } = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		scalar,
		fc.array(tie('value'), { maxLength: 4 }),
		fc.dictionary(key, tie('value'), { maxKeys: 4 }),
	),
}));

/** Ways the `yaml` package writes data, the first as quizline writes banks. */
const styles = [
	{ lineWidth: 0, flowCollectionPadding: false },
	{ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE' },
	{ lineWidth: 0, defaultStringType: 'QUOTE_SINGLE' },
	{ indentSeq: false },
	{ lineWidth: 20, minContentWidth: 5 },
	{ collectionStyle: 'flow' },
] as const;

/** Lists of scalars written `[a, b]`, as banks write tags. */
function withFlowLists(data: unknown, options: object): string {
	const doc = new Document(data);
	visit(doc, {
		Seq(_, node) {
			if (node.items.every((item) => isScalar(item))) node.flow = true;
		},
	});
	return doc.toString(options);
}

/** Data written by the `yaml` package in one of its styles, maybe with flow lists. */
const writtenData = fc
	.tuple(value, fc.constantFrom(...styles), fc.boolean())
	.map(([data, style, flow]) => (flow ? withFlowLists(data, style) : stringify(data, style)));

const bankChars = fc.constantFrom(...'aZ7 .,;:!?()-$%’“”"\'#é'.split(''));
const bankText = fc.string({ unit: bankChars, minLength: 1, maxLength: 30 });
const word = fc.stringMatching(/^[a-z]{1,8}$/);
const question = fc.record({
	id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	type: fc.constantFrom('choice', 'short'),
	prompt: bankText,
	choices: fc.oneof(
		fc.array(bankText, { minLength: 2, maxLength: 4 }),
		fc.array(word, { minLength: 2, maxLength: 4 }),
	),
	answer: fc.oneof(bankText, fc.integer(), fc.boolean()),
	source: fc.record({ line: fc.integer({ min: 1, max: 400 }), quote: bankText }),
	tags: fc.array(word, { maxLength: 3 }),
	skill: fc.constantFrom('recall', 'inference'),
});
/** A bank as `quizline generate` writes one. */
const writtenBank = fc
	.record({
		article: fc.record({ file: fc.constant('article.txt'), title: bankText }),
		questions: fc.array(question, { minLength: 1, maxLength: 5 }),
	})
	.map(({ article, questions }) =>
		writeBank({ article, curated: { items: [] }, generated: questions as never, seed: '1' }),
	);

type Edit =
	| { readonly kind: 'insert'; readonly at: number; readonly text: string }
	| { readonly kind: 'delete'; readonly at: number; readonly length: number }
	| { readonly kind: 'indent'; readonly line: number; readonly by: number }
	| { readonly kind: 'copy line'; readonly line: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.string({ unit: yamlChars, minLength: 1, maxLength: 3 }),
	}),
	fc.record({
		kind: fc.constant('delete' as const),
		at: fc.nat(),
		length: fc.integer({ min: 1, max: 3 }),
	}),
	fc.record({
		kind: fc.constant('indent' as const),
		line: fc.nat(),
		by: fc.integer({ min: -2, max: 2 }),
	}),
	fc.record({ kind: fc.constant('copy line' as const), line: fc.nat() }),
);

function applyEdit(text: string, change: Edit): string {
	if (change.kind === 'insert' || change.kind === 'delete') {
		const at = change.at % (text.length + 1);
		return change.kind === 'insert'
			? text.slice(0, at) + change.text + text.slice(at)
			: text.slice(0, at) + text.slice(at + change.length);
	}
	const lines = text.split('\n');
	const line = change.line % lines.length;
	const current = lines[line] ?? '';
	if (change.kind === 'copy line') lines.splice(line, 0, current);
	else if (change.by > 0) lines[line] = ' '.repeat(change.by) + current;
	else lines[line] = current.replace(new RegExp(`^ {0,${-change.by}}`), '');
	return lines.join('\n');
}

/** What a quick reader accepts, the exact parse accepts, and reads the same. */
function agrees(text: string): void {
	const expected = exact(text);
	for (const [, read] of readers) {
		const got = read(text);
		if (got === undefined) continue;
		expect(expected, text).toBeDefined();
		expect(same(got.data, expected?.data), text).toBe(true);
	}
}

describe('quick YAML readers', () => {
	it('read what the yaml package writes as the exact parse reads it, or decline', () => {
		fc.assert(fc.property(writtenData, agrees), { numRuns: 400 });
	});

	it('accept an edited text only when the exact parse accepts it, and then read the same', () => {
		fc.assert(
			fc.property(
				fc.oneof(writtenData, writtenBank),
				fc.array(edit, { minLength: 1, maxLength: 3 }),
				(text, edits) => agrees(edits.reduce(applyEdit, text)),
			),
			{ numRuns: Number(process.env.QUICK_YAML_RUNS ?? 1500) },
		);
	});

	it('the line reader takes a bank as quizline writes banks', () => {
		fc.assert(
			fc.property(writtenBank, (written) => {
				const got = readPlainYaml(written);
				expect(got, written).toBeDefined();
				expect(same(got?.data, exact(written)?.data)).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});

	it('decline anchors, aliases, tags and repeated keys, which the exact parse bounds or refuses', () => {
		const texts = [
			'a: &x [1, 2]\nb: *x\n',
			'a: !!int "5"\n',
			'a: !custom 5\n',
			'a: 1\na: 2\n',
			'a: ! 5\n',
			'- &x a\n- *x\n',
		];
		for (const text of texts) {
			for (const [name, read] of readers) expect(read(text), `${name}: ${text}`).toBeUndefined();
		}
	});

	it('the line reader reads the bundled bank as the exact parse does', async () => {
		const { readFileSync } = await import('node:fs');
		const text = readFileSync(
			new URL('../../../questions/putin-xi-sco-2022.yaml', import.meta.url),
			'utf8',
		);
		const got = readPlainYaml(text);
		expect(got).toBeDefined();
		expect(same(got?.data, exact(text)?.data)).toBe(true);
	});
});
