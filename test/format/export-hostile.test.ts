// Hostile banks (test/fixtures/export-hostile): each export read back as its importer reads it —
// GIFT as Moodle's importer decides (moodle-gift-reader.ts) and through gift-pegjs, Anki's TSV by
// Anki's file-header and row rules, the CSV with csv-parse.
import { parse as parseCsvSync } from 'csv-parse/sync';
import gift from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../src/core/bank/schema.js';
import { unguardFormula } from '../../src/core/csv.js';
import { loadBank } from '../../src/files/load-bank.js';
import { toAnkiTsv } from '../../src/format/export/anki-tsv.js';
import { bankCsvColumns, listSeparator, toBankCsv } from '../../src/format/export/bank-csv.js';
import { giftCarries, giftFeedback, giftNotes, toGift } from '../../src/format/export/gift.js';
import { moodleShortAnswerMatches, readGiftAsMoodle, shownText } from './moodle-gift-reader.js';

const loaded = loadBank('test/fixtures/export-hostile/hostile-bank.yaml');
if (!loaded.ok) throw new Error('the hostile bank must validate');
const { bank } = loaded;
const name = 'hostile-bank';
const byId = (id: string) => bank.questions.find((question) => question.id === id) as Question;

describe('GIFT of a hostile bank, as Moodle reads it', () => {
	const text = toGift(bank, name);
	const read = readGiftAsMoodle(text);
	const named = (title: string) => read.find((question) => question.name === title);

	it('keeps the header on its lines: the comment, then $CATEGORY, whatever the title holds', () => {
		const [comment, category] = text.split('\n');
		expect(comment).toBe(
			'// quizline bank hostile-bank: Hostile texts: line one {x} line two (html) %25% (Test desk, 3 December 2026)',
		);
		expect(category).toBe('$CATEGORY: quizline/hostile-bank');
		expect(read[0]).toMatchObject({ qtype: 'category', category: 'quizline/hostile-bank' });
	});

	it('reads every question it carries with its type, text, answers and grades, and no matching question', () => {
		const carried = bank.questions.filter(giftCarries);
		const parts = carried.filter((question) => question.support).length;
		expect(read.slice(1)).toHaveLength(carried.length + parts);
		expect(read.some((question) => question.qtype === 'match')).toBe(false);
		for (const question of carried) {
			const back = named(question.id);
			expect(back?.text, question.id).toBe(question.prompt.trim());
			expect(back?.format, question.id).toBe('plain');
			expect(back?.generalFeedback, question.id).toBe(giftFeedback(question).trim());
			if (question.type === 'choice') {
				expect(back?.qtype).toBe('multichoice');
				expect(back?.single, question.id).toBe(true);
				expect(
					back?.answers.map((answer) => [shownText(answer), answer.fraction]),
					question.id,
				).toEqual(
					question.choices.map((choice) => [choice.trim(), choice === question.answer ? 1 : 0]),
				);
			}
			if (question.type === 'short') {
				expect(back?.qtype, question.id).toBe('shortanswer');
				const forms = [question.answer, ...question.accept];
				expect(back?.answers.map((answer) => answer.fraction)).toEqual(forms.map(() => 1));
				forms.forEach((form, at) => {
					const pattern = back?.answers[at]?.text ?? '';
					expect(moodleShortAnswerMatches(pattern, form), `${question.id}: ${form}`).toBe(true);
				});
			}
			if (question.type === 'truefalse') expect(back?.correct).toBe(question.answer);
		}
	});

	it('writes a star as \\* (no wildcard), a leading %25% and [html] behind [plain], -> without =', () => {
		const star = named('star-short');
		expect(star?.answers.map((answer) => answer.text)).toEqual(['\\*', 'a \\* star', '\\*\\*']);
		expect(moodleShortAnswerMatches(star?.answers[0]?.text ?? '', 'anything')).toBe(false);
		expect(named('percent-short')?.answers).toEqual([
			{ text: '%25%', fraction: 1 },
			{ text: '%25% of voters', fraction: 1 },
			{ text: '25%', fraction: 1 },
		]);
		expect(named('format-marker-truefalse')?.text).toBe(
			'[html] <b>&amp; bold</b> was the page’s markup.',
		);
		expect(named('arrow-one-form')).toMatchObject({
			qtype: 'shortanswer',
			answers: [{ text: 'rose -> saturated', fraction: 1 }],
		});
		expect(text).toContain('\t=[plain]%25%\n');
		expect(named('negative-degrees')?.answers.map((answer) => answer.text)).toEqual(['-3:0.5']);
		expect(named('line-breaks')?.text).toBe('Which opened first?\nRead the line again.');
		expect(named('line-breaks-part-b')?.answers).toEqual([
			{ text: '%1990% the bridge', fraction: 1, format: 'plain' },
			{ text: '[html] the tower', fraction: 0, format: 'plain' },
			{ text: '-&gt; the park', fraction: 0, format: 'html' },
		]);
	});

	it('leaves out by id, with the reason, what GIFT cannot carry', () => {
		expect(giftNotes(bank)).toEqual([
			'left out 1 question: an accepted answer holds "->", which Moodle reads as a matching question when there are several (arrow-several-forms)',
			'left out 1 question: a text is blank once Moodle trims it, and Moodle refuses the question (blank-choice)',
			'left out 1 order question: GIFT has no ordering type (order-events)',
			'1 two-part question: part B follows as a question of its own (ID-part-b), graded apart, since GIFT has no two-part questions',
		]);
		for (const id of ['arrow-several-forms', 'blank-choice', 'order-events'])
			expect(named(id), id).toBeUndefined();
	});
});

type PegText = { format: string; text: string };
type PegQuestion = {
	type: string;
	title: string | null;
	stem: PegText;
	choices?: { isCorrect: boolean; weight: number | null; text: PegText }[];
};

describe('GIFT of a hostile bank through gift-pegjs', () => {
	// Parsed in each test, so a file gift-pegjs cannot read fails the tests rather than the suite.
	const parsed = () => gift.parse(toGift(bank, name)) as unknown as PegQuestion[];
	const titled = (title: string) => parsed().find((question) => question.title === title);

	it('parses, with each question in the plain format and its own type', () => {
		expect(parsed()[0]).toMatchObject({ type: 'Category', title: 'quizline/hostile-bank' });
		const types = { choice: 'MC', short: 'Short', truefalse: 'TF', numeric: 'Numerical' };
		for (const question of bank.questions.filter(giftCarries)) {
			const back = titled(question.id);
			expect(back?.type, question.id).toBe(types[question.type]);
			expect(back?.stem, question.id).toEqual({ format: 'plain', text: question.prompt });
		}
	});

	it('reads choices and short answers as written, with no weight taken from their text', () => {
		const percent = titled('percent-choice');
		expect(
			percent?.choices?.map((choice) => [choice.text.text, choice.isCorrect, choice.weight]),
		).toEqual([
			['%10% of voters', false, null],
			['%25% of voters', true, null],
			['[html] voters', false, null],
		]);
		expect(titled('braces-short')?.choices?.map((choice) => choice.text.text)).toEqual([
			'{x} = ~y # z: \\ back',
			'~y',
			'#z',
			'{x}',
			'a\\n',
			'\\',
		]);
		expect(titled('star-short')?.choices?.map((choice) => choice.text.text)).toEqual([
			'\\*',
			'a \\* star',
			'\\*\\*',
		]);
		expect(titled('arrow-one-form')?.choices?.map((choice) => choice.text.text)).toEqual([
			'rose -> saturated',
		]);
	});
});

/** A TSV file read as Anki reads it: the `#key:value` header lines, then the rows. */
function readAnki(text: string) {
	const lines = text.split(/(?<=\n)/);
	const headers = new Map<string, string>();
	let at = 0;
	for (; lines[at]?.startsWith('#'); at++) {
		const line = (lines[at] as string).slice(1).replace(/\r?\n$/, '');
		const colon = line.indexOf(':');
		if (colon >= 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1));
	}
	// Anki's reader: a row opening with # is a comment, a field opening with a quote is quoted,
	// and CR, LF and CRLF each end a row.
	const rows: string[][] = parseCsvSync(lines.slice(at).join(''), {
		delimiter: '\t',
		comment: '#',
		comment_no_infix: true,
		record_delimiter: ['\r\n', '\n', '\r'],
		relax_quotes: true,
		relax_column_count: true,
	});
	return { headers, rows };
}

/** What a note's HTML shows. */
const shown = (html: string) =>
	html
		.replaceAll('<br>', '\n')
		.replace(/<\/?b>/g, '')
		.replace(
			/&(amp|lt|gt|quot|#35);/g,
			(_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#35': '#' })[name] ?? '',
		);

describe('Anki TSV of a hostile bank, read with Anki’s header and row rules', () => {
	const { headers, rows } = readAnki(toAnkiTsv(bank, name));

	it('has the header lines Anki reads: separator, HTML, note type, deck, tags and GUID columns', () => {
		expect(Object.fromEntries(headers)).toEqual({
			separator: 'tab',
			html: 'true',
			notetype: 'Basic',
			deck: 'quizline::hostile-bank',
			'tags column': '3',
			'guid column': '4',
			columns: 'Front\tBack\tTags\tGUID',
		});
	});

	it('reads one note per question, each with its stable GUID, its prompt and its tags', () => {
		expect(rows).toHaveLength(bank.questions.length);
		bank.questions.forEach((question, index) => {
			const [front = '', , tags = '', guid] = rows[index] ?? [];
			expect(rows[index], question.id).toHaveLength(4);
			expect(guid).toBe(`quizline/hostile-bank/${question.id}`);
			expect(shown(front).startsWith(question.prompt), question.id).toBe(true);
			expect(tags.split(' ')).toEqual([
				...question.tags.map((tag) => tag.replace(/\s+/g, '_')),
				'quizline::hostile-bank',
			]);
		});
		expect(rows.find((row) => row[3]?.endsWith('/hash-front'))?.[0]).toMatch(/^&#35;1 on the list/);
	});

	it('keeps a lone carriage return, a tab and a quote inside their field', () => {
		const question = { ...byId('hash-front'), prompt: '"a"\rb\tc\r\nd', tags: ['"x"'] } as Question;
		const text = toAnkiTsv({ ...bank, questions: [question] }, 'the "bank"');
		expect(text).not.toMatch(/\r/);
		const read = readAnki(text);
		expect(read.rows).toHaveLength(1);
		expect(shown(read.rows[0]?.[0] ?? '')).toMatch(/^"a"\nb c\nd/);
		expect(read.rows[0]?.slice(2)).toEqual([
			'"x" quizline::the_"bank"',
			'quizline/the "bank"/hash-front',
		]);
	});
});

describe('CSV of a hostile bank, read with csv-parse', () => {
	const text = toBankCsv(bank);
	const [head, ...rows]: string[][] = parseCsvSync(text, { bom: true });

	it('guards every cell a spreadsheet would run, and nothing else, and reads back to the bank', () => {
		expect(head).toEqual([...bankCsvColumns]);
		expect(rows).toHaveLength(bank.questions.length);
		for (const row of rows)
			for (const cell of row) {
				if (/^[=+\-@\t\r]/.test(cell)) expect(cell, cell).toMatch(/^-?\d+(\.\d+)?$/);
				if (cell.startsWith("'")) expect(unguardFormula(cell)).toMatch(/^'*[=+\-@\t\r]/);
			}
		const cell = (id: string, column: string) =>
			rows.find((row) => row[0] === id)?.[bankCsvColumns.indexOf(column as never)];
		expect(cell('hash-front', 'answer')).toBe("'=1+1");
		expect(cell('hash-front', 'prompt')).toBe('#1 on the list was which entry?');
		expect(cell('formula-short', 'accept')).toBe("'=1+1 | @SUM(A1) | +5 | -3 | -5+2");
		expect(cell('formula-short', 'tags')).toBe("'=cmd | +tag");
		expect(cell('negative-degrees', 'answer')).toBe('-3');
		expect(cell('non-ascii-names', 'answer')).toBe('Nguyễn Thị Minh Khai');
		expect(unguardFormula(cell('formula-short', 'accept') ?? '').split(listSeparator)).toEqual(
			byId('formula-short').type === 'short'
				? (byId('formula-short') as { accept: string[] }).accept
				: [],
		);
		expect(cell('line-breaks', 'explanation')).toBe(
			'The bridge opened in 1990,\nthe park in 2010.',
		);
	});

	it('keeps a field with a lone carriage return in one cell', () => {
		const question = { ...byId('hash-front'), prompt: 'a\rb' } as Question;
		const [, row]: string[][] = parseCsvSync(toBankCsv({ ...bank, questions: [question] } as Bank));
		expect(row?.[bankCsvColumns.indexOf('prompt')]).toBe('a\rb');
	});
});
