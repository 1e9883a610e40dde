import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYamlSheet } from '../../../src/core/sheet/parse-yaml-sheet.js';
import { readSimpleYamlSheet } from '../../../src/core/sheet/read-simple-yaml-sheet.js';

const fixture = (name: string) =>
	readFileSync(new URL(`../../fixtures/sheets/${name}`, import.meta.url), 'utf8');

/** The YAML library's reading of a sheet. */
function fullRead(text: string) {
	const result = parseYamlSheet(text, 'sheet.yaml');
	return result.ok ? result.sheet : result.issues;
}

/**
 * Checks `runs` texts: each one the quick reader reads must read as the YAML library reads it.
 * Returns how many it read, so a test can tell the quick path was taken often enough.
 */
function agreeingReads(texts: fc.Arbitrary<string>, runs: number): number {
	let count = 0;
	fc.assert(
		fc.property(texts, (input) => {
			const simple = readSimpleYamlSheet(input, 'sheet.yaml');
			if (simple) {
				count++;
				expect(simple).toEqual(fullRead(input));
			}
		}),
		{ numRuns: runs },
	);
	return count;
}

describe('readSimpleYamlSheet', () => {
	it('reads the usual sheet, comments and all, as the YAML library does', () => {
		const text = fixture('good.answers.yaml');
		const sheet = readSimpleYamlSheet(text, 'sheet.yaml');
		expect(sheet?.answers).toHaveLength(8);
		expect(sheet).toEqual(fullRead(text));
	});

	it.each([
		['answers: {a: 1}\n'],
		['answers:\n  a: [1, 2]\n'],
		['answers:\n  a: &x 1\n  b: *x\n'],
		['answers:\n  a: "esc\\"aped"\n'],
		['answers:\n  a: |\n    block\n'],
		['answers:\n  a: one\n    two\n'],
		['answers:\n  a: 1\n  a: 2\n'],
		['answers:\n\ta: 1\n'],
		['answers:\n  a: b: c\n'],
		['student: Ana\nname: x\nanswers:\n  a: 1\n'],
		['---\nanswers:\n  a: 1\n'],
		['answers:\n  a: - 1\n'],
		['answers:\n'],
	])('leaves %j to the YAML library', (text) => {
		expect(readSimpleYamlSheet(text, 'sheet.yaml')).toBeUndefined();
	});

	it('agrees with the YAML library on every sheet it reads', () => {
		const id = fc.oneof(
			fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/),
			fc.constantFrom('null', '~', 'true', '007', '1e3', 'a.b', '_x', 'student'),
		);
		const value = fc.oneof(
			fc.constantFrom(
				'',
				'~',
				'null',
				'true',
				'no',
				'0x10',
				'1.50',
				'-5',
				'- 5',
				'140bn',
				'$140 billion',
			),
			fc.constantFrom(
				'"quoted"',
				"'it''s'",
				'"a" # c',
				'x # comment',
				'C#',
				'a: b',
				'http://x',
				'"',
				"'",
			),
			fc.constantFrom(
				'"  "',
				"''",
				'#',
				' # only a comment',
				'a #b',
				'end:',
				'[x]',
				'{y}',
				'&a x',
				'*a',
				'!t x',
			),
			fc.stringMatching(/^[ -~]{0,12}$/),
			fc.string({ unit: 'grapheme', maxLength: 8 }),
		);
		const rarely = <T>(usual: T, ...others: T[]) =>
			fc.oneof(
				{ weight: 12, arbitrary: fc.constant(usual) },
				{ weight: 1, arbitrary: fc.constantFrom(...others) },
			);
		const separator = rarely(': ', ':', ' :', ':  ', ': \t');
		const indent = rarely('  ', '', ' ', '    ');
		const answerLine = fc.tuple(indent, id, separator, value).map((parts) => parts.join(''));
		const extraLine = fc.constantFrom(
			'',
			'# a comment',
			'   # indented comment',
			'   ',
			'name: x',
			'---',
			'answers:',
		);
		const topLine = (key: string) =>
			fc.option(
				fc.tuple(separator, value).map(([sep, v]) => `${key}${sep}${v}`),
				{ nil: undefined },
			);
		const text = fc
			.tuple(
				topLine('student'),
				topLine('bank'),
				fc.array(
					fc.oneof({ weight: 8, arbitrary: answerLine }, { weight: 1, arbitrary: extraLine }),
					{
						minLength: 1,
						maxLength: 8,
					},
				),
				fc.constantFrom('\n', '\r\n'),
			)
			.map(([student, bank, lines, eol]) =>
				[student, bank, 'answers:', ...lines].filter((line) => line !== undefined).join(eol),
			);
		expect(agreeingReads(text, 3000)).toBeGreaterThan(100);
	});

	it('agrees with the YAML library on sheets written by it', () => {
		const sheet = fc.record({
			student: fc.option(fc.string(), { nil: undefined }),
			answers: fc.dictionary(
				fc.stringMatching(/^[a-z0-9-]{1,10}$/),
				fc.oneof(fc.string(), fc.integer(), fc.boolean()),
				{
					minKeys: 1,
				},
			),
		});
		expect(
			agreeingReads(
				sheet.map((data) => stringify(data)),
				500,
			),
		).toBeGreaterThan(50);
	});
});
