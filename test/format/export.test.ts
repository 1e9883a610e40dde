import gift from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { parseBank } from '../../src/core/bank/parse.js';
import type { Bank, Question } from '../../src/core/bank/schema.js';
import { parseCsv } from '../../src/core/csv.js';
import { answerText } from '../../src/core/grade/grade.js';
import { loadBank } from '../../src/files/load-bank.js';
import { toAnkiTsv } from '../../src/format/export/anki-tsv.js';
import { bankCsvColumns, listSeparator, toBankCsv } from '../../src/format/export/bank-csv.js';
import { exporters, exportNotes, formatOfFileName } from '../../src/format/export/exporters.js';
import { giftCarries, giftFeedback, giftText, toGift } from '../../src/format/export/gift.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const { bank } = loaded;

type GiftText = { text: string };
type GiftChoice = { isCorrect: boolean; text: GiftText | { number: number; range: number } };
type GiftQuestion = {
	type: string;
	title: string | null;
	stem: GiftText;
	globalFeedback: GiftText | null;
	choices?: GiftChoice[];
	isTrue?: boolean;
};

/** What a GIFT question says, in quizline's terms, for comparison with the bank. */
function fromGift(parsed: GiftQuestion) {
	const choices = parsed.choices ?? [];
	const texts = choices.map((choice) => (choice.text as GiftText).text);
	switch (parsed.type) {
		case 'MC':
			return {
				type: 'choice',
				choices: texts,
				answer: texts[choices.findIndex((choice) => choice.isCorrect)],
			};
		case 'TF':
			return { type: 'truefalse', answer: parsed.isTrue };
		case 'Short':
			return { type: 'short', answers: texts };
		case 'Numerical': {
			const [first] = choices.map((choice) => choice.text as { number: number; range: number });
			return { type: 'numeric', answer: first?.number, tolerance: first?.range };
		}
		default:
			return { type: parsed.type };
	}
}

function expectedOf(question: Question) {
	switch (question.type) {
		case 'choice':
			return { type: 'choice', choices: question.choices, answer: question.answer };
		case 'truefalse':
			return { type: 'truefalse', answer: question.answer };
		case 'short':
			return { type: 'short', answers: [question.answer, ...question.accept] };
		case 'numeric':
			return { type: 'numeric', answer: question.answer, tolerance: question.tolerance };
	}
}

describe('GIFT export', () => {
	it('round-trips the bundled bank through a GIFT parser', () => {
		const parsed = gift.parse(toGift(bank, 'putin-xi-sco-2022')) as unknown as GiftQuestion[];
		const [category, ...questions] = parsed;
		expect(category).toMatchObject({ type: 'Category', title: 'quizline/putin-xi-sco-2022' });
		// GIFT has no ordering type: order questions are left out.
		const exported = bank.questions.filter(giftCarries);
		expect(exported.length).toBeLessThan(bank.questions.length);
		// Part B of a two-part question follows part A as a multiple-choice question of its own.
		const partsB = questions.filter((question) => question.title?.endsWith('-part-b'));
		expect(partsB.map((question) => question.title)).toEqual(
			exported.filter((question) => question.support).map((question) => `${question.id}-part-b`),
		);
		const partsA = questions.filter((question) => !question.title?.endsWith('-part-b'));
		expect(partsA).toHaveLength(exported.length);
		exported.forEach((question, index) => {
			const back = partsA[index] as GiftQuestion;
			expect(back.title).toBe(question.id);
			expect(back.stem.text).toBe(question.prompt);
			expect(fromGift(back)).toEqual(expectedOf(question));
			expect(back.globalFeedback?.text).toBe(giftFeedback(question));
			expect(back.globalFeedback?.text).toContain(`Line ${question.source.line}`);
			expect(back.globalFeedback?.text).toContain(question.source.quote);
		});
	});

	it('carries part B as a choice question with the supporting line right, and says what it left out', () => {
		const parsed = gift.parse(toGift(bank, 'b')) as unknown as GiftQuestion[];
		const partB = parsed.find((question) => question.title === 'why-putin-cozies-up-part-b');
		const question = bank.questions.find((each) => each.id === 'why-putin-cozies-up');
		expect(partB && fromGift(partB)).toEqual({
			type: 'choice',
			choices: question?.support?.choices,
			answer: question?.support?.answer,
		});
		expect(partB?.stem.text).toContain(question?.support?.prompt);
		expect(parsed.some((each) => each.title === 'order-of-meetings')).toBe(false);
		expect(exportNotes.gift(bank)).toEqual([
			'left out 1 order question: GIFT has no ordering type (order-of-meetings)',
			'1 two-part question: part B follows as a question of its own (ID-part-b), graded apart, since GIFT has no two-part questions',
		]);
		expect(exportNotes.csv(bank)).toEqual([]);
	});

	it('also accepts a numeric answer in the scale people say it in (140 for $140 billion)', () => {
		const parsed = gift.parse(toGift(bank, 'b')) as unknown as GiftQuestion[];
		const trade = parsed.find((question) => question.title === 'trade-last-year');
		expect(trade?.choices?.map((choice) => choice.text)).toEqual([
			{ type: 'range', number: 140_000_000_000, range: 0 },
			{ type: 'range', number: 140, range: 0 },
		]);
	});

	it('escapes every special character, and round-trips text full of them', () => {
		expect(giftText('a~b=c#d{e}f:g\\h\nnext\rlast')).toBe(
			'a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nnext\\nlast',
		);
		const nasty = 'Is {x} = ~y # z: \\ ok?';
		const tricky: Bank = {
			article: { file: 'a.txt', title: 'T: {x}' },
			questions: [
				{
					id: 'tricky',
					type: 'short',
					prompt: nasty,
					answer: 'a = b',
					accept: ['~c', '#d', '{e}'],
					allowNearMiss: false,
					source: { line: 3, quote: 'quote: with {braces} = and ~' },
					explanation: 'why # not',
					tags: ['x'],
					skill: 'recall',
					origin: 'curated',
				},
			],
		};
		const [, back] = gift.parse(toGift(tricky, 'tricky')) as unknown as GiftQuestion[];
		expect(back?.stem.text).toBe(nasty);
		expect(fromGift(back as GiftQuestion)).toEqual({
			type: 'short',
			answers: ['a = b', '~c', '#d', '{e}'],
		});
		expect(back?.globalFeedback?.text).toBe(
			'Line 3 of the article: “quote: with {braces} = and ~” — why # not',
		);
	});
});

describe('CSV export', () => {
	it('has a header and one row per question that reads back to the bank', () => {
		const result = parseCsv(toBankCsv(bank));
		if (!result.ok) throw new Error(result.message);
		const [head, ...rows] = result.records.map((record) => record.fields);
		expect(head).toEqual([...bankCsvColumns]);
		expect(rows).toHaveLength(bank.questions.length);
		bank.questions.forEach((question, index) => {
			const row = Object.fromEntries(
				bankCsvColumns.map((column, at) => [column, rows[index]?.[at]]),
			);
			expect(row.id).toBe(question.id);
			expect(row.prompt).toBe(question.prompt);
			expect(row.quote).toBe(question.source.quote);
			expect(Number(row.line)).toBe(question.source.line);
			expect(row.tags?.split(listSeparator).filter(Boolean)).toEqual(question.tags);
			if (question.type === 'choice')
				expect(row.choices?.split(listSeparator)).toEqual(question.choices);
			if (question.type === 'numeric') expect(Number(row.answer)).toBe(question.answer);
			else expect(row.answer).toBe(String(question.answer));
			if (question.type === 'order')
				expect(row.items?.split(listSeparator)).toEqual(question.items);
			else expect(row.items).toBe('');
			expect(row.supportAnswer).toBe(question.support?.answer ?? '');
			expect(row.supportChoices).toBe(question.support?.choices.join(listSeparator) ?? '');
		});
	});

	it('carries an order question: its items as shown, its answer as letters check reads back', () => {
		const result = parseCsv(toBankCsv(bank));
		if (!result.ok) throw new Error(result.message);
		const [head, ...rows] = result.records.map((record) => record.fields);
		const column = (name: string) => head?.indexOf(name) ?? -1;
		const row = rows.find((fields) => fields[column('id')] === 'order-of-meetings');
		expect(row?.[column('answer')]).toBe('c,b,a,d');
		expect(row?.[column('items')]).toBe(
			'Xi meets Kazakh President Tokayev | Putin and Xi frame their “no-limits” partnership | Xi unveils the Belt and Road Initiative | Putin praises China’s “balanced position” at the summit',
		);
		expect(row?.[column('moreLines')]).toBe('16 | 21 | 1');
	});
});

describe('JSON export', () => {
	it('is the whole validated bank, and reads back as one', () => {
		const text = exporters.json(bank, 'b');
		expect(JSON.parse(text)).toEqual(bank);
		const reparsed = parseBank(text, 'bank.json');
		expect(reparsed.ok && reparsed.bank).toEqual(bank);
	});
});

describe('TSV export for Anki', () => {
	const text = toAnkiTsv(bank, 'putin-xi-sco-2022');
	const lines = text.trimEnd().split('\n');
	const headerLines = 7;

	it('starts with the header lines Anki reads, then one note per question of three fields', () => {
		expect(lines.slice(0, headerLines)).toEqual([
			'#separator:tab',
			'#html:true',
			'#notetype:Basic',
			'#deck:quizline::putin-xi-sco-2022',
			'#tags column:3',
			'#guid column:4',
			'#columns:Front\tBack\tTags\tGUID',
		]);
		const notes = lines.slice(headerLines).map((line) => line.split('\t'));
		expect(notes).toHaveLength(bank.questions.length);
		for (const note of notes) expect(note).toHaveLength(4);
		expect(notes.map((note) => note[3])).toEqual(
			bank.questions.map((question) => `quizline/putin-xi-sco-2022/${question.id}`),
		);
	});

	it('puts the prompt and choices on the front, the answer and the quoted line on the back', () => {
		const index = bank.questions.findIndex((question) => question.id === 'vocab-protracted');
		const [front, back, tags] = lines[headerLines + index]?.split('\t') ?? [];
		expect(front).toContain('c) lasting a long time');
		expect(back).toContain(`<b>${answerText(bank.questions[index] as Question)}</b>`);
		expect(back).toContain('Line 1: “over the <b>protracted</b> military assault”');
		expect(tags).toBe('language military quizline::putin-xi-sco-2022');
	});

	it("puts an order question's items on the front and the right order on the back", () => {
		const index = bank.questions.findIndex((question) => question.id === 'order-of-meetings');
		const [front, back] = lines[headerLines + index]?.split('\t') ?? [];
		expect(front).toContain('a) Xi meets Kazakh President Tokayev<br>b) Putin and Xi');
		expect(back).toContain('<b>c, b, a, d</b>');
		expect(back).toContain('1. c) Xi unveils the Belt and Road Initiative<br>2. b) Putin and Xi');
	});

	it('asks part B of a two-part question on the front and answers it on the back', () => {
		const index = bank.questions.findIndex((question) => question.id === 'why-putin-cozies-up');
		const [front, back] = lines[headerLines + index]?.split('\t') ?? [];
		expect(front).toContain(
			'Part B: Which line of the article supports your answer?<br><br>a) “In Ukraine',
		);
		expect(back).toContain('Part B: <b>“In Ukraine, his army is not doing well');
	});

	it('escapes HTML and keeps tabs and line breaks out of fields', () => {
		const question = { ...bank.questions[0], prompt: 'a <b> & "c"\tand\nd' } as Question;
		const [note] = toAnkiTsv({ ...bank, questions: [question] }, 'b')
			.trimEnd()
			.split('\n')
			.slice(headerLines);
		expect(note?.split('\t')[0]).toMatch(/^a &lt;b&gt; &amp; &quot;c&quot; and<br>d/);
	});
});

describe('export formats', () => {
	it.each([
		['bank.gift', 'gift'],
		['notes.TSV', 'tsv'],
		['x.csv', 'csv'],
		['x.json', 'json'],
		['x.txt', undefined],
	])('%s → %s', (file, format) => {
		expect(formatOfFileName(file)).toBe(format);
	});
});
