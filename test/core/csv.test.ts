import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../../src/core/csv.js';

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
	])('%j', (text, expected) => {
		expect(fields(text)).toEqual(expected);
	});

	it('gives each field its line and column', () => {
		const result = parseCsv('id,answer\n"q\nq",  x\nlast,"y"\n');
		expect(result.ok && result.records.map(({ line, cols }) => [line, cols])).toEqual([
			[1, [1, 4]],
			[2, [1, 4]],
			[4, [1, 6]],
		]);
	});

	it.each([
		['a,"open\n', 1, 3, 'unclosed quote'],
		['a\n"x"y\n', 2, 4, 'after a closing quote'],
		['a\rb', 1, 2, 'carriage return without a line feed'],
	])('%j fails at %i:%i', (text, line, col, message) => {
		const result = parseCsv(text);
		expect(result).toMatchObject({ ok: false, line, col });
		expect(!result.ok && result.message).toContain(message);
	});

	it('reads back what csvLine writes', () => {
		const rows = [['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', '']];
		expect(fields(rows.map(csvLine).join(''))).toEqual(rows);
	});
});
