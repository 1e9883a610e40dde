import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, csvRow, guardFormula, parseCsv, unguardFormula } from '../../src/core/csv.js';

const fields = (text: string) => {
	const result = parseCsv(text);
	if (!result.ok) throw new Error(`${result.line}:${result.col}: ${result.message}`);
	return result.records.map((record) => record.fields);
};

describe('parseCsv', () => {
	it.each([
		[
			'a,b\n1,2\n',
			[
				['a', 'b'],
				['1', '2'],
			],
		],
		[
			'a,b\r\n1,2',
			[
				['a', 'b'],
				['1', '2'],
			],
		],
		['\uFEFFid,answer\n', [['id', 'answer']]],
		['a\n\n\nb\n', [['a'], ['b']]],
		['"x, y","say ""hi"""\n', [['x, y', 'say "hi"']]],
		['"two\nlines",z\n', [['two\nlines', 'z']]],
		['a,,\n', [['a', '', '']]],
		['"",x\n', [['', 'x']]],
		['a\rb\r\rc', [['a'], ['b'], ['c']]],
		['"say\rno",x\r', [['say\rno', 'x']]],
		[
			'x,y\r\n"a,b","say ""hi"""\r\n\r\n',
			[
				['x', 'y'],
				['a,b', 'say "hi"'],
			],
		],
	])('%j', (text, expected) => {
		expect(fields(text)).toEqual(expected);
	});

	it('gives each field its line and column', () => {
		const result = parseCsv('id,answer\n"q\nq",  x\nlast,"y"\r\n"a\r\nb\rc",d\n');
		const at = (line: number, col: number) => ({ line, col });
		expect(result.ok && result.records.map(({ line, starts }) => [line, starts])).toEqual([
			[1, [at(1, 1), at(1, 4)]],
			[2, [at(2, 1), at(3, 4)]],
			[4, [at(4, 1), at(4, 6)]],
			[5, [at(5, 1), at(7, 4)]],
		]);
	});

	it.each([
		['a,"open\n', 1, 3, 'unclosed quote'],
		['a\n"x"y\n', 2, 4, 'after a closing quote'],
		['a,b"c', 1, 4, 'a quote inside an unquoted field'],
		['a\r\nb\r"c', 3, 1, 'unclosed quote'],
	])('%j fails at %i:%i', (text, line, col, message) => {
		const result = parseCsv(text);
		expect(result).toMatchObject({ ok: false, line, col });
		expect(!result.ok && result.message).toContain(message);
	});

	it('reads back what csvLine writes', () => {
		const rows = [['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', '']];
		expect(fields(rows.map(csvLine).join(''))).toEqual(rows);
	});

	it('quotes commas, quotes and line breaks, and nothing else', () => {
		expect(csvRow(['a,b', 'say "hi"', 'two\nlines', 'plain', ''])).toBe(
			'"a,b","say ""hi""","two\nlines",plain,',
		);
	});
});

describe('formula guard', () => {
	it('guards cells a spreadsheet would run as formulas, and takes the guard off again', () => {
		expect(guardFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
		expect(guardFormula('-5')).toBe('-5');
		expect(guardFormula('+3.5')).toBe('+3.5');
		expect(guardFormula('-5+2')).toBe("'-5+2");
		expect(guardFormula('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(guardFormula('\tx')).toBe("'\tx");
		expect(guardFormula('\rx')).toBe("'\rx");
		// A file written before numbers were left bare still reads back.
		expect(unguardFormula("'-5")).toBe('-5');
		expect(guardFormula('5')).toBe('5');
		fc.assert(
			fc.property(fc.string(), (value) => {
				expect(unguardFormula(guardFormula(value))).toBe(value);
			}),
		);
	});
});

// The same rows through a well-kept CSV library: what one writes, the other reads alike.
describe('agrees with csv-parse and csv-stringify', () => {
	/** Cell text rich in what CSV has to take care of. */
	const cell = fc.oneof(
		fc.string(),
		fc.stringMatching(/^[-=+@'",\r\n\t a-z0-9\uFEFF]{0,12}$/),
		fc.constantFrom('', '""', ',', '\r\n', '\r', '\n', '=1+1', "'=1+1", ' spaced '),
	);
	/** Rows as a file holds them: a row of one empty field would be a blank line. */
	const rows = fc.array(
		fc
			.array(cell, { minLength: 1, maxLength: 6 })
			.filter((row) => !(row.length === 1 && row[0] === '')),
		{ maxLength: 8 },
	);
	const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
	const library = (text: string): string[][] =>
		parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });

	it('reads what csv-stringify writes, whatever the line ending, with or without a BOM', () => {
		fc.assert(
			fc.property(rows, lineEnd, fc.boolean(), (written, end, bom) => {
				// Line breaks and a leading BOM quoted: by default a lone CR in a cell of a LF file, or a BOM
				// that begins the first cell, is left bare, and read as a line end or a file's BOM.
				const text = stringify(written, {
					record_delimiter: end,
					bom,
					quoted_match: /^\uFEFF|[\r\n]/,
				});
				expect(fields(text)).toEqual(written);
			}),
		);
	});

	it('writes what csv-parse reads back as the same rows', () => {
		fc.assert(
			fc.property(rows, (written) => {
				const text = written.map(csvLine).join('');
				expect(library(text)).toEqual(written);
				expect(fields(text)).toEqual(written);
			}),
		);
	});

	it('reads formula-guarded cells as csv-parse does, and the guard comes off again', () => {
		fc.assert(
			fc.property(rows, lineEnd, (written, end) => {
				const guarded = written.map((row) => row.map(guardFormula));
				const text = guarded.map(csvRow).join(end) + end;
				expect(fields(text)).toEqual(library(text));
				expect(fields(text).map((row) => row.map(unguardFormula))).toEqual(written);
			}),
		);
	});

	it('reads hand-made CSV as csv-parse does: blank lines, empty fields, quotes', () => {
		const field = fc.oneof(
			fc.stringMatching(/^[a-z ]{0,3}$/),
			fc.stringMatching(/^[a-z ,"\r\n]{0,4}$/).map((text) => `"${text.replaceAll('"', '""')}"`),
		);
		const line = fc.array(field, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 6 }), lineEnd, fc.boolean(), (lines, end, bom) => {
				const text = (bom ? '\uFEFF' : '') + lines.join(end);
				expect(fields(text)).toEqual(library(text));
			}),
		);
	});
});
