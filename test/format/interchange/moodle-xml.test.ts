import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../../../src/core/bank/schema.js';
import { itemsInOrder } from '../../../src/core/grade/grade-order.js';
import { loadBank } from '../../../src/files/load-bank.js';
import { toMoodleXml } from '../../../src/format/export/moodle-xml.js';
import { moodleShortAnswer } from '../../../src/format/export/moodle-xml-answers.js';
import { hostile, hostileBank, hostileBanks } from './hostile-bank.js';
import { expectedChoice, lineFeeds, parseXml, shownText } from './read-back.js';

const loaded = loadBank();
if (!loaded.ok) throw new Error('the bundled bank must load');
const { bank } = loaded;

type Text = { text: string };
type MoodleAnswer = Text & {
	'@_fraction': string;
	'@_format': string;
	feedback?: Text;
	tolerance?: string;
};
type MoodleQuestion = {
	'@_type': string;
	name: Text;
	idnumber: string;
	questiontext: Text;
	generalfeedback: Text;
	answer?: MoodleAnswer[];
	tags?: { tag: Text[] };
	single?: string;
	usecase?: string;
	selecttype?: string;
	selectcount?: string;
	gradingtype?: string;
	category?: Text;
	info?: Text;
};

/** The questions of a Moodle XML file, as Moodle's importer walks them. */
function moodleQuestions(target: Bank, name = 'b'): MoodleQuestion[] {
	const file = toMoodleXml(target, name);
	expect(typeof file.data).toBe('string');
	const parsed = parseXml(file.data as string) as { quiz: { question: MoodleQuestion[] } };
	return parsed.quiz.question;
}

const byName = (questions: MoodleQuestion[], id: string) => {
	const found = questions.find((question) => question.name?.text === id);
	if (!found) throw new Error(`no question ${id}`);
	return found;
};

const rightAnswers = (question: MoodleQuestion) =>
	(question.answer ?? []).filter((answer) => answer['@_fraction'] === '100');

/** What a Moodle question says, in quizline's terms, for comparison with the bank. */
function fromMoodle(question: MoodleQuestion) {
	const answers = question.answer ?? [];
	switch (question['@_type']) {
		case 'multichoice':
			return {
				type: 'choice',
				choices: answers.map((answer) => shownText(answer.text)),
				answer: rightAnswers(question).map((answer) => shownText(answer.text))[0],
			};
		case 'truefalse':
			return { type: 'truefalse', answer: rightAnswers(question)[0]?.text === 'true' };
		case 'shortanswer':
			return { type: 'short', answers: rightAnswers(question).map((answer) => answer.text) };
		case 'numerical':
			return {
				type: 'numeric',
				answer: Number(answers[0]?.text),
				tolerance: Number(answers[0]?.tolerance),
			};
		case 'ordering':
			return { type: 'order', items: answers.map((answer) => shownText(answer.text)) };
		default:
			return { type: question['@_type'] };
	}
}

function expectedOf(question: Question) {
	const choice = expectedChoice(question);
	if (choice) return choice;
	switch (question.type) {
		case 'short':
			return {
				type: 'short',
				answers: [question.answer, ...question.accept].map(moodleShortAnswer),
			};
		case 'numeric':
			return { type: 'numeric', answer: question.answer, tolerance: question.tolerance };
		case 'order':
			return { type: 'order', items: itemsInOrder(question) };
	}
}

describe('Moodle XML export', () => {
	it('carries every question of the bundled bank: type, answers, tolerance, id, tags, feedback', () => {
		const [category, ...questions] = moodleQuestions(bank, 'putin-xi-sco-2022');
		expect(category?.['@_type']).toBe('category');
		expect(category?.category?.text).toBe('quizline/putin-xi-sco-2022');
		const partsA = questions.filter((question) => !question.name.text.endsWith('-part-b'));
		expect(partsA.map((question) => question.name.text)).toEqual(bank.questions.map((q) => q.id));
		bank.questions.forEach((question, index) => {
			const back = partsA[index] as MoodleQuestion;
			expect(back.idnumber).toBe(question.id);
			expect(shownText(back.questiontext.text)).toBe(question.prompt);
			expect(fromMoodle(back)).toEqual(expectedOf(question));
			const feedback = shownText(back.generalfeedback.text);
			expect(feedback).toContain(`Line ${question.source.line} of the article: “`);
			expect(feedback).toContain(question.source.quote);
			if (question.explanation) expect(feedback).toContain(question.explanation);
			expect(back.tags?.tag.map((tag) => tag.text) ?? []).toEqual(question.tags);
		});
		const types = new Set(partsA.map((question) => question['@_type']));
		expect([...types].sort()).toEqual(
			['multichoice', 'numerical', 'ordering', 'shortanswer', 'truefalse'].sort(),
		);
	});

	it('gives each answer its own feedback, the right one "Right.", a wrong one the answer', () => {
		const questions = moodleQuestions(bank);
		const choice = byName(questions, 'putin-praises-balanced-position');
		expect(choice.single).toBe('true');
		const [wrong, right] = choice.answer ?? [];
		expect(shownText(wrong?.feedback?.text ?? '')).toBe(
			'Not this one: the answer is “its balanced position”.',
		);
		expect(shownText(right?.feedback?.text ?? '')).toBe('Right.');
		const statement = byName(questions, 'putin-position-of-strength');
		expect(statement.answer?.map((answer) => answer.text)).toEqual(['true', 'false']);
		expect(shownText(statement.answer?.[0]?.feedback?.text ?? '')).toContain(
			'the answer is “False”',
		);
	});

	it('accepts a figure in full and in the scale people say it in, each with its tolerance', () => {
		const trade = byName(moodleQuestions(bank), 'trade-last-year');
		expect(
			trade.answer?.map((answer) => [answer.text, answer.tolerance, answer['@_fraction']]),
		).toEqual([
			['140000000000', '0', '100'],
			['140', '0', '100'],
		]);
		const big = byName(moodleQuestions(hostileBank), 'big-figure');
		expect(big.answer?.map((answer) => [answer.text, answer.tolerance])).toEqual([
			['140000000000', '500000000'],
			['140', '0.5'],
		]);
	});

	it('writes an order question as Moodle ordering: the items in the right order, graded by position', () => {
		const order = byName(moodleQuestions(bank), 'order-of-meetings');
		expect(order.selecttype).toBe('ALL');
		expect(order.selectcount).toBe('4');
		expect(order.gradingtype).toBe('ABSOLUTE_POSITION');
		expect(order.answer?.map((answer) => answer['@_fraction'])).toEqual(['1', '2', '3', '4']);
		expect(shownText(order.answer?.[0]?.text ?? '')).toBe(
			'Xi unveils the Belt and Road Initiative',
		);
		expect(toMoodleXml(bank, 'b').leftOut).toEqual([]);
	});

	it('asks part B of a two-part question as a multichoice question of its own after part A', () => {
		const questions = moodleQuestions(bank);
		const names = questions.map((question) => question.name?.text);
		const at = names.indexOf('why-putin-cozies-up');
		expect(names[at + 1]).toBe('why-putin-cozies-up-part-b');
		const partB = questions[at + 1] as MoodleQuestion;
		const question = bank.questions.find((each) => each.id === 'why-putin-cozies-up');
		expect(fromMoodle(partB)).toEqual({
			type: 'choice',
			choices: question?.support?.choices,
			answer: question?.support?.answer,
		});
		expect(toMoodleXml(bank, 'b').notes).toContain(
			'1 two-part question: part B follows as a question of its own (ID-part-b), graded apart',
		);
	});
});

describe('Moodle XML export of hostile banks', () => {
	const questions = moodleQuestions(hostileBank, 'naïve/bank & co');

	it('names its category after the bank and describes the article', () => {
		expect(questions[0]?.category?.text).toBe('quizline/naïve//bank & co');
		expect(shownText(questions[0]?.info?.text ?? '')).toBe(
			`Questions on “${hostileBank.article.title}” (Le Monde — 3 déc. 2026), written by quizline.`,
		);
	});

	it.each(hostileBanks)(
		'%s: valid XML whose every text reads back as the bank wrote it',
		(_, target) => {
			const read = moodleQuestions(target);
			const { leftOut } = toMoodleXml(target, 'b');
			for (const { reason } of leftOut) expect(reason).toMatch(/^a text is blank once trimmed/);
			const left = new Set(leftOut.map((each) => each.id));
			for (const question of target.questions.filter((each) => !left.has(each.id))) {
				const back = byName(read, question.id);
				expect(shownText(back.questiontext.text)).toBe(
					lineFeeds(question.prompt).replace('\u0001', '\ufffd'),
				);
				expect(fromMoodle(back)).toEqual(expectedOf(question));
				expect(shownText(back.generalfeedback.text)).toContain(lineFeeds(question.source.quote));
				expect(back.tags?.tag.map((tag) => tag.text) ?? []).toEqual(question.tags);
			}
		},
	);

	it('keeps markup as text: no tag of the bank becomes a tag of the page', () => {
		const choice = byName(questions, 'html-choice');
		expect(choice.answer?.map((answer) => answer.text)).toEqual([
			'<p>&lt;b&gt;&amp;amp;</p>',
			'<p>]]&gt;</p>',
			"<p>&quot;quoted&quot; &amp; 'single'</p>",
			'<p>Ærøskøbing naïve — 東京 🙂</p>',
		]);
		expect(shownText(choice.generalfeedback.text)).toContain(
			'Because ]]> ends CDATA & <i>breaks</i>',
		);
		expect(choice.tags?.tag.map((tag) => tag.text)).toEqual(['html & xml', 'naïve']);
		expect(toMoodleXml(hostileBank, 'b').data).not.toContain('<b>&amp;');
	});

	it("escapes Moodle's short-answer wildcard and keeps GIFT's special characters as text", () => {
		const short = byName(questions, 'moodle-specials');
		expect(short.usecase).toBe('0');
		expect(rightAnswers(short).map((answer) => answer.text)).toEqual([
			'a -> b',
			'%25% of voters',
			'\\*star\\*',
			'[markdown]x',
			'C:\\path {x} ~y =z #w',
		]);
		expect(shownText(short.questiontext.text)).toBe(
			'[html]What did the article call -> saturated?\nSecond line\nthird\nfourth',
		);
	});

	it('writes the order and two-part questions of a hostile bank whole', () => {
		const order = byName(questions, 'order-hostile');
		expect(order.answer?.map((answer) => shownText(answer.text))).toEqual(
			itemsInOrder(hostile('order-hostile') as Question & { type: 'order' }),
		);
		const partB = byName(questions, 'two-part-hostile-part-b');
		expect(shownText(partB.questiontext.text)).toBe(
			'Part B of “Who said “<no>”?”: Which line & why?',
		);
		expect(rightAnswers(partB).map((answer) => shownText(answer.text))).toEqual([
			'“Zoë said <no>”',
		]);
	});
});
