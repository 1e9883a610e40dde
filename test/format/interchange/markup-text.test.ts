import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOfFileName, isFileFormat } from '../../../src/format/export/exporters.js';
import { leftOutLines } from '../../../src/format/export/interchange.js';
import { toKahootXlsx } from '../../../src/format/export/kahoot-xlsx.js';
import { htmlText, xmlText } from '../../../src/format/export/markup-text.js';
import { toMoodleXml } from '../../../src/format/export/moodle-xml.js';
import { toQtiZip } from '../../../src/format/export/qti.js';
import { validatedHostileBank } from './hostile-bank.js';
import { parseXml, shownText } from './read-back.js';

describe('text in XML and HTML fields', () => {
	it.each([
		['a ]]> b', 'a ]]&gt; b'],
		['<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
		[`"double" 'single'`, '&quot;double&quot; &apos;single&apos;'],
		['one\r\ntwo\rthree', 'one\ntwo\nthree'],
		['bell\u0007 and \ud800 lone', 'bell\ufffd and \ufffd lone'],
		['Zoë 東京 🙂', 'Zoë 東京 🙂'],
	])('xmlText(%j) is %j', (text, escaped) => {
		expect(xmlText(text)).toBe(escaped);
	});

	it('htmlText keeps markup as text and line breaks as <br>', () => {
		expect(htmlText('<i>a</i> & "b"\nc\r\nd')).toBe(
			'&lt;i&gt;a&lt;/i&gt; &amp; &quot;b&quot;<br>c<br>d',
		);
	});

	it('any text, escaped twice (HTML in XML), reads back through an XML parser as itself', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => {
				// An attribute's line breaks and tabs are spaces to any XML reader: titles are one line.
				const title = text.replace(/[\t\r\n]/g, ' ');
				const body = xmlText(htmlText(text));
				const xml = `<?xml version="1.0" encoding="UTF-8"?><t a="${xmlText(title)}">${body}</t>`;
				const parsed = parseXml(xml, false) as { t: { '#text'?: string; '@_a': string } };
				const content = text.replace(/\r\n?/g, '\n');
				// The parser may drop a text node of blanks alone (or keep it, beside an attribute);
				// anything else comes back whole.
				const read = shownText(parsed.t['#text'] ?? '');
				if (/^[ \t]*$/.test(content)) expect(['', content]).toContain(read);
				else expect(read).toBe(content);
				expect(parsed.t['@_a'] ?? '').toBe(title);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('the formats of the interchange files', () => {
	it.each([
		['moodle.xml', 'moodle-xml'],
		['canvas.ZIP', 'qti'],
		['kahoot.xlsx', 'kahoot'],
		['bank.gift', 'gift'],
		['x.xls', undefined],
	])('%s → %s', (file, format) => {
		expect(formatOfFileName(file)).toBe(format);
	});

	it('loads the writers of Moodle XML, QTI and Kahoot only when asked for', () => {
		expect(['moodle-xml', 'qti', 'kahoot'].every((format) => isFileFormat(format as 'qti'))).toBe(
			true,
		);
		expect(['gift', 'tsv', 'csv', 'json'].some((format) => isFileFormat(format as 'gift'))).toBe(
			false,
		);
	});
});

describe('what export says it left out', () => {
	it('one line a reason, with the count and the ids in bank order', () => {
		expect(
			leftOutLines([
				{ id: 'a', reason: 'no numeric questions' },
				{ id: 'b', reason: 'too long' },
				{ id: 'c', reason: 'no numeric questions' },
			]),
		).toEqual([
			'left out 2 questions: no numeric questions (a, c)',
			'left out 1 question: too long (b)',
		]);
		expect(leftOutLines([])).toEqual([]);
	});
});

describe('a question with a blank text', () => {
	const blank = (program: string) => ({
		id: 'blank-choice',
		reason: `a text is blank once trimmed, and ${program} refuses the question`,
	});

	it('is left out of Moodle XML, QTI and Kahoot, by id with the reason', async () => {
		expect(toMoodleXml(validatedHostileBank, 'b').leftOut).toEqual([blank('Moodle')]);
		expect(toQtiZip(validatedHostileBank, 'b').leftOut).toContainEqual(blank('Canvas'));
		expect((await toKahootXlsx(validatedHostileBank, 'b')).leftOut).toContainEqual(blank('Kahoot'));
		expect(toMoodleXml(validatedHostileBank, 'b').data).not.toContain('blank-choice');
	});
});
