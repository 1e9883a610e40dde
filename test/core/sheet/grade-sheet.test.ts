import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/core/bank/issue.js';
import { gradeDocumentSchema } from '../../../src/core/sheet/grade-document-schema.js';
import { gradeDocument, gradeDocumentText, runStatus } from '../../../src/core/sheet/grade-run.js';
import { gradeSheet, sumTotals } from '../../../src/core/sheet/grade-sheet.js';
import type { Sheet } from '../../../src/core/sheet/sheet.js';
import { loadBank } from '../../../src/files/load-bank.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const { questions } = loaded.bank;

const sheet = (answers: Record<string, string | null>, file = 'ana.yaml'): Sheet => ({
	file,
	student: 'Ana',
	bank: null,
	answers: Object.entries(answers).map(([id, answer], index) => ({
		id,
		answer,
		line: index + 2,
		col: 3,
	})),
});

function graded(answers: Record<string, string | null>, all = false) {
	const result = gradeSheet(questions, sheet(answers), { all });
	if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
	return result.graded;
}

describe('gradeSheet', () => {
	it('grades each answer, in bank order, with blanks and wrong forms counted', () => {
		const result = graded({
			'trade-last-year': '140bn',
			'vocab-protracted': 'a',
			'sco-member-count': null,
			'xi-term-number': 'third',
			'article-main-idea': 'c',
		});
		expect(
			result.answers.map(({ question, kind, correct }) => [question.id, kind, correct]),
		).toEqual([
			['vocab-protracted', 'wrong', false],
			['article-main-idea', 'exact', true],
			['sco-member-count', 'missing', false],
			['trade-last-year', 'exact', true],
			['xi-term-number', 'exact', true],
		]);
		expect(result.totals).toEqual({ questions: 5, right: 3, wrong: 1, missing: 1 });
	});

	it('marks an answer of the wrong form invalid, with the reason, and counts it wrong', () => {
		const [answer] = graded({ 'trade-last-year': 'lots of money' }).answers;
		expect(answer).toMatchObject({
			kind: 'invalid',
			correct: false,
			message: 'expected a number',
			expected: '$140 billion',
		});
	});

	it('with all, questions left off the sheet are missing', () => {
		const result = graded({ 'trade-last-year': '140bn' }, true);
		expect(result.totals).toEqual({
			questions: questions.length,
			right: 1,
			wrong: 0,
			missing: questions.length - 1,
		});
	});

	it('an unknown id makes the sheet invalid, at its line:col, with a suggestion', () => {
		const result = gradeSheet(questions, sheet({ 'trade-last-year': '1', 'trade-last-yaer': '2' }));
		expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
			'ana.yaml:3:3: question "trade-last-yaer": no such question in the bank; did you mean "trade-last-year"? (see: quizline list)',
		]);
	});

	it('adds totals', () => {
		const one = { questions: 2, right: 1, wrong: 1, missing: 0 };
		const two = { questions: 3, right: 0, wrong: 1, missing: 2 };
		expect(sumTotals([one, two])).toEqual({ questions: 5, right: 1, wrong: 2, missing: 2 });
	});
});

describe('gradeDocument', () => {
	const entry = (answers: Record<string, string | null>) => ({
		graded: graded(answers),
		bank: 'putin-xi-sco-2022',
		articleFile: 'putin-xi-sco-2022.txt',
	});

	it('has the documented shape, keys in the schema order at every level', () => {
		const document = gradeDocument({
			entries: [entry({ 'trade-last-year': '140', 'unipolar-acceptable': 'true' })],
			issues: [{ file: 'b.yaml', line: 2, col: 3, message: 'broken' }],
		});
		expect(gradeDocumentSchema.parse(document)).toEqual(document);
		expect(keyOrder(document)).toEqual(keyOrder(gradeDocumentSchema.parse(document)));
		expect(Object.keys(document)).toEqual(Object.keys(gradeDocumentSchema.shape));
		const result = document.sheets[0]?.results.find((one) => one.id === 'trade-last-year');
		expect(Object.keys(result ?? {})).toEqual([
			'id',
			'correct',
			'verdict',
			'given',
			'expected',
			'slip',
			'message',
			'inPlace',
			'support',
			'explanation',
			'source',
		]);
		expect(result).toMatchObject({
			id: 'trade-last-year',
			verdict: 'accepted',
			source: { line: 15, highlight: '$140 billion', file: 'putin-xi-sco-2022.txt' },
		});
		expect(document.issues).toEqual([
			{ file: 'b.yaml', line: 2, col: 3, questionId: null, message: 'broken' },
		]);
	});

	it('is written sheet by sheet exactly as JSON.stringify writes it whole', () => {
		const runs = [
			{ entries: [], issues: [] },
			{ entries: [entry({ 'trade-last-year': '140' })], issues: [] },
			{
				entries: [
					entry({ 'trade-last-year': '140', 'sco-member-count': null }),
					entry({ 'xi-term-number': 'x' }),
				],
				issues: [{ file: 'b.yaml', line: 2, col: 3, questionId: 'q', message: 'broken "here"' }],
			},
		];
		for (const run of runs) {
			expect([...gradeDocumentText(run)].join('')).toBe(
				`${JSON.stringify(gradeDocument(run), null, 2)}\n`,
			);
		}
	});

	it.each([
		[{ 'trade-last-year': '140' }, [], 'pass'],
		[{ 'trade-last-year': '14' }, [], 'fail'],
		[{ 'trade-last-year': null }, [], 'fail'],
		[{ 'trade-last-year': '140' }, [{ file: 'x', line: 0, col: 0, message: 'm' }], 'error'],
	] as const)('%j with %j is %s', (answers, issues, status) => {
		const run = { entries: [entry(answers)], issues };
		expect(runStatus(run)).toBe(status);
		expect(gradeDocument(run).status).toBe(status);
	});
});

/** Every object's keys, in order, depth first: equal lists mean equal key order everywhere. */
function keyOrder(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(keyOrder);
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => [key, ...keyOrder(inner)]);
}

describe('gradeSheet with the order the choices were shown in', () => {
	const question = questions.find((q) => q.id === 'xi-visit-before-summit');
	if (question?.type !== 'choice') throw new Error('the bundled bank has xi-visit-before-summit');
	// The bank's order reversed: the key is first where it was last, and the bank's first is last.
	const shown = new Map([[question.id, [...question.choices].reverse()]]);
	const keyPlace = [...question.choices].reverse().indexOf(question.answer);

	it('reads a letter or a number against the order shown, not the bank order', () => {
		const letter = String.fromCharCode(97 + keyPlace);
		for (const given of [letter, String(keyPlace + 1), ` ${letter.toUpperCase()} `]) {
			const result = gradeSheet(questions, sheet({ [question.id]: given }), { shown });
			if (!result.ok) throw new Error('graded');
			expect(result.graded.answers[0]).toMatchObject({ kind: 'exact', correct: true });
		}
		const bankLetter = String.fromCharCode(97 + question.choices.indexOf(question.answer));
		const result = gradeSheet(questions, sheet({ [question.id]: bankLetter }), { shown });
		if (!result.ok) throw new Error('graded');
		expect(result.graded.answers[0]).toMatchObject({ kind: 'wrong', correct: false });
	});

	it('still takes the choice written out, and calls a letter past the options invalid', () => {
		const byText = gradeSheet(questions, sheet({ [question.id]: question.answer }), { shown });
		expect(byText.ok && byText.graded.answers[0]?.kind).toBe('exact');
		const past = gradeSheet(questions, sheet({ [question.id]: 'h' }), { shown });
		expect(past.ok && past.graded.answers[0]?.kind).toBe('invalid');
	});
});

describe('gradeSheet with order and two-part questions', () => {
	const withSupport = (id: string, answer: string | null, support?: string | null): Sheet => ({
		file: 'bo.yaml',
		student: 'Bo',
		bank: null,
		answers: [{ id, answer, ...(support === undefined ? {} : { support }), line: 2, col: 3 }],
	});
	const gradedOne = (sheetOf: Sheet) => {
		const result = gradeSheet(questions, sheetOf);
		if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
		return result.graded.answers[0];
	};

	it.each([
		['c,b,a,d', 'exact', true, 4],
		['c b d a', 'partial', false, 2],
		['a,d,c,b', 'wrong', false, 0],
	])('an order %s is %s with %i of 4 in place', (given, kind, correct, right) => {
		expect(gradedOne(withSupport('order-of-meetings', given))).toMatchObject({
			kind,
			correct,
			inPlace: { right, of: 4 },
			support: null,
		});
	});

	it('an order that names an item twice cannot be graded, and says what is expected', () => {
		expect(gradedOne(withSupport('order-of-meetings', 'c,c,a,d'))).toMatchObject({
			kind: 'invalid',
			inPlace: null,
			message: expect.stringMatching(/^expected the 4 letters a, b, c, d/),
		});
	});

	it.each([
		['a', 'a', 'exact', true, true],
		['a', 'b', 'partial', false, false],
		['b', 'a', 'wrong', false, null],
		['b', null, 'wrong', false, null],
	])('part A %s, part B %s: %s, part B correct %s', (answer, support, kind, correct, partB) => {
		expect(gradedOne(withSupport('why-putin-cozies-up', answer, support))).toMatchObject({
			kind,
			correct,
			support: { given: support, correct: partB, expected: expect.stringMatching(/^“In Ukraine/) },
		});
	});

	it('part A right and part B left out cannot be graded: it says part B is missing', () => {
		expect(gradedOne(withSupport('why-putin-cozies-up', 'a'))).toMatchObject({
			kind: 'invalid',
			correct: false,
			message: expect.stringMatching(/^part B is missing: expected one of/),
			support: { given: null, correct: null },
		});
	});

	it('reads part B letters against the order a quiz sheet showed them in', () => {
		const question = questions.find((q) => q.id === 'why-putin-cozies-up');
		const shownSupport = new Map([
			[question?.id ?? '', [...(question?.support?.choices ?? [])].reverse()],
		]);
		const result = gradeSheet(questions, withSupport('why-putin-cozies-up', 'a', 'd'), {
			shownSupport,
		});
		expect(result.ok && result.graded.answers[0]).toMatchObject({ kind: 'exact', correct: true });
	});

	it('the JSON document says how many stand in place and how each part did', () => {
		const document = gradeDocument({
			entries: [
				{
					graded: (() => {
						const result = gradeSheet(questions, {
							...withSupport('order-of-meetings', 'c,b,d,a'),
							answers: [
								{ id: 'order-of-meetings', answer: 'c,b,d,a', line: 2, col: 3 },
								{ id: 'why-putin-cozies-up', answer: '1', support: '2', line: 3, col: 3 },
							],
						});
						if (!result.ok) throw new Error('graded');
						return result.graded;
					})(),
					bank: 'putin-xi-sco-2022',
					articleFile: 'putin-xi-sco-2022.txt',
				},
			],
			issues: [],
		});
		expect(gradeDocumentSchema.parse(document)).toEqual(document);
		const [order, twoPart] = document.sheets[0]?.results ?? [];
		expect(order).toMatchObject({
			verdict: 'partial',
			inPlace: { right: 2, of: 4 },
			support: null,
		});
		expect(twoPart).toMatchObject({
			verdict: 'partial',
			inPlace: null,
			support: { given: '2', correct: false },
		});
		expect(document.totals).toMatchObject({ questions: 2, right: 0, wrong: 2 });
	});
});
