import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYamlSheet } from '../../../src/core/sheet/parse-yaml-sheet.js';
import { readJsonSheet } from '../../../src/core/sheet/read-json-sheet.js';

/** The YAML library's reading of a sheet. */
function fullRead(text: string) {
	const result = parseYamlSheet(text, 'sheet.json');
	return result.ok ? result.sheet : result.issues;
}

describe('readJsonSheet', () => {
	it('reads the usual sheet as the YAML library does', () => {
		const text = readFileSync(
			new URL('../../fixtures/sheets/good.answers.json', import.meta.url),
			'utf8',
		);
		const sheet = readJsonSheet(text, 'sheet.json');
		expect(sheet?.answers.map((answer) => answer.answer)).toEqual([
			'140000000000',
			'false',
			'John Kirby',
		]);
		expect(sheet).toEqual(fullRead(text));
	});

	it.each([
		['{"answers": {"a": [1]}}'],
		['{"answers": {"a": 1, "a": 2}}'],
		['{"answers": {}}'],
		['{"answers": {"a": 1}, "name": "x"}'],
		['{"answers": {"a": 1},}'],
		['{"answers": {"a": 01}}'],
		['{"answers": {"a": 1}} x'],
		['["answers"]'],
		['{"answers": {"a": "tab\there"}}'],
	])('leaves %j to the YAML library', (text) => {
		expect(readJsonSheet(text, 'sheet.json')).toBeUndefined();
	});

	it('agrees with the YAML library on any JSON sheet it reads', () => {
		const value = fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary', maxLength: 6 }),
			fc.double({ noNaN: true, noDefaultInfinity: true }),
			fc.integer(),
			fc.boolean(),
			fc.constant(null),
			fc.constantFrom('  ', '', '1.50', 'null', '#', '"', '\\', 'a: b'),
		);
		const sheet = fc.record(
			{
				student: value,
				bank: value,
				answers: fc.dictionary(fc.string({ maxLength: 12 }), value, { minKeys: 1, maxKeys: 8 }),
			},
			{ requiredKeys: ['answers'] },
		);
		const spacing = fc.constantFrom(undefined, 2, '\t', ' ');
		let read = 0;
		fc.assert(
			fc.property(sheet, spacing, fc.boolean(), (data, indent, rawNumbers) => {
				let text = JSON.stringify(data, null, indent);
				// Numbers as people type them, which JSON.stringify never writes.
				if (rawNumbers) text = text.replace(/: (\d+)\b/g, ': $1.50').replace(/: 0\.50/g, ': 1E3');
				const simple = readJsonSheet(text, 'sheet.json');
				if (simple) {
					read++;
					expect(simple).toEqual(fullRead(text));
				}
			}),
			{ numRuns: 2000 },
		);
		expect(read).toBeGreaterThan(1000);
	});
});
