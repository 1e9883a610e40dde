import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import {
	answer,
	flat,
	keys,
	pickOption,
	press,
	pressUntil,
	type RenderedTrainer,
	type,
	useTrainerTests,
	waitFor,
} from './helpers.js';

const order = 'order-of-meetings';
const twoPart = 'why-putin-cozies-up';
const space = ' ';
const shiftUp = '\u001B[1;2A';

/** Waits for `text` on screen (the frame flattened, so a wrapped line is found). */
const shows = (trainer: RenderedTrainer, text: string) =>
	waitFor(() => expect(flat(trainer.ui.lastFrame())).toContain(text));

/** The history entry of the question's latest answer, once it is stored. */
const lastEntry = (trainer: RenderedTrainer, id: string) =>
	waitFor(() => {
		const entry = trainer.profile().questions[id]?.history.at(-1);
		if (!entry) throw new Error(`no answer to ${id} stored yet`);
		return entry;
	});

describe('an order question in the trainer', () => {
	const { startOn } = useTrainerTests();
	const start = () =>
		startOn('Q 1/1', { mode: 'practice', settings: { seed: 's' }, questionIds: [order] });

	it('lists the items by letter, with the keys that move them', async () => {
		const t = await start();
		const frame = t.ui.lastFrame() ?? '';
		expect(frame).toMatch(/❯ 1\. a {2}Xi meets Kazakh President Tokayev/);
		expect(frame).toMatch(/ {2}4\. d {2}Putin praises China’s “balanced position” at the summit/);
		expect(flat(frame)).toContain('↑↓ choose · Space pick up · a-d type · Enter answer');
	});

	it('carries an item with Space and ↑↓, moves one with Shift+↑, and grades the order', async () => {
		const t = await start();
		// c up two places: c, a, b, d.
		await press(t.ui, keys.down);
		await press(t.ui, keys.down);
		await press(t.ui, space);
		await shows(t, '↑↓ carry c · Space put it down');
		await press(t.ui, '\u001B[A');
		await press(t.ui, '\u001B[A');
		await press(t.ui, space);
		expect(t.ui.lastFrame()).toMatch(/❯ 1\. c {2}Xi unveils/);
		// b up one place at once: c, b, a, d, the right order.
		await press(t.ui, keys.down);
		await press(t.ui, keys.down);
		await press(t.ui, shiftUp);
		expect(t.ui.lastFrame()).toMatch(/❯ 2\. b {2}Putin and Xi frame/);
		await press(t.ui, keys.enter);
		await shows(t, '✓ Right — all 4 in place');
		expect(flat(t.ui.lastFrame())).toContain('Your order: c, b, a, d');
		const entry = await lastEntry(t, order);
		expect(entry).toMatchObject({ correct: true, verdict: 'exact', inPlace: { right: 4, of: 4 } });
	});

	it('takes the order typed by letters and shows a partly right one honestly', async () => {
		const t = await start();
		await type(t.ui, 'cbd');
		expect(t.ui.lastFrame()).toMatch(/3\. d {2}Putin praises/);
		await press(t.ui, keys.enter);
		await shows(t, '~ Partly right — 2 of 4 in place');
		const frame = flat(t.ui.lastFrame());
		expect(frame).toContain('Your order: c, b, d, a');
		expect(frame).toContain('Answer: c, b, a, d');
		expect(frame).toContain('Right order: ✓ 1. c Xi unveils the Belt and Road Initiative');
		expect(frame).toContain('✗ 3. a Xi meets Kazakh President Tokayev');
		expect(frame).toContain('The Belt and Road Initiative was unveiled in 2013');
		expect(frame).toContain('score 0/1');
		// The source and the further lines, each with its number, the rest a scroll away.
		expect(frame).toContain('Article, line 20:');
		await pressUntil(t.ui, keys.end, () =>
			expect(flat(t.ui.lastFrame())).toContain('Article, line 1:'),
		);
		const end = flat(t.ui.lastFrame());
		expect(end).toContain('Russian President Vladimir Putin «on Thursday» praised');
		expect(end).toContain('Kassym-Jomart Tokayev «on Wednesday»');
		for (const line of [16, 21]) expect(end).toContain(`Article, line ${line}:`);
		const entry = await lastEntry(t, order);
		expect(entry).toMatchObject({
			correct: false,
			verdict: 'partial',
			inPlace: { right: 2, of: 4 },
			answer: 'c, b, d, a',
		});
		expect(t.profile().questions[order]).toMatchObject({ attempts: 1, correct: 0, partial: 1 });
	});

	it('says which keys work after one that does nothing, and lists them under ?', async () => {
		const t = await start();
		await press(t.ui, 'x');
		await shows(t, '↑↓ choose · Space pick up · a-d type the order · Enter answer · ? for keys');
		await press(t.ui, '?');
		await shows(t, '▸ Order question: put the items in order');
		const frame = flat(t.ui.lastFrame());
		expect(frame).toContain('Space pick the item up, or put it down');
		expect(frame).toContain('Shift+↑↓ move the item up or down');
		expect(frame).toContain('a-e type the order by letters');
	});

	it('fits a 40 × 12 terminal: items wrap or shorten, the keys stay', async () => {
		const t = await start();
		const stdout = t.ui.stdout as unknown as NodeJS.EventEmitter;
		Object.defineProperty(stdout, 'columns', { get: () => 40, configurable: true });
		Object.defineProperty(stdout, 'rows', { get: () => 12, configurable: true });
		stdout.emit('resize');
		const check = () => {
			const rows = (t.ui.lastFrame() ?? '').split('\n');
			expect(rows.length, rows.join('\n')).toBeLessThanOrEqual(11);
			for (const row of rows) expect(stringWidth(row), row).toBeLessThanOrEqual(40);
			return rows.join('\n');
		};
		const first = await waitFor(check);
		expect(first).toContain('Enter answer');
		expect(first).toMatch(/4\. d {2}Putin praises China’s/);
		await press(t.ui, keys.down);
		await press(t.ui, space);
		// The focused item shows whole, wrapped under its own first word.
		expect(check()).toMatch(/↕ 2\. b {2}Putin and Xi frame their\n {8}“no-limits” partnership/);
		await press(t.ui, keys.enter);
		await shows(t, 'Partly right');
		expect(await waitFor(check)).toContain('Your order: a, b, c, d');
	});
});

describe('a two-part question in the trainer', () => {
	const { startOn } = useTrainerTests();
	const start = () =>
		startOn('Q 1/1', { mode: 'practice', settings: { seed: 's' }, questionIds: [twoPart] });

	it('asks part B after a wrong part A too, and counts part B only when part A is right', async () => {
		const t = await start();
		await shows(t, 'Part A of 2');
		await answer(t.ui, t.questions, false);
		await shows(t, '✗ Wrong');
		const frame = flat(t.ui.lastFrame());
		expect(frame).toContain(
			'Part A: wrong · Part B: not counted (part B counts only when part A is right)',
		);
		expect(frame).toContain("Part B's line: “In Ukraine, his army is not doing well");
		const entry = await lastEntry(t, twoPart);
		expect(entry.correct).toBe(false);
		expect(entry.verdict).toBe('wrong');
		expect(entry.support).toMatch(/^“/);
	});

	it('grades both parts together: part A right and part B wrong is partly right', async () => {
		const t = await start();
		const question = t.questions.find((each) => each.id === twoPart);
		if (question?.type !== 'choice' || !question.support) throw new Error('a two-part choice');
		await pickOption(t.ui, question.answer, true);
		await shows(t, `Part B of 2 · your part A: ${question.answer}`);
		expect(flat(t.ui.lastFrame())).toContain('Which line of the article supports your answer?');
		// Nothing is graded or stored between the parts.
		expect(t.profile().questions[twoPart]).toBeUndefined();
		await pickOption(t.ui, question.support.answer, false);
		await shows(t, '~ Partly right — part A right, part B wrong');
		const frame = flat(t.ui.lastFrame());
		expect(frame).toContain('Part A: right · Part B: wrong');
		expect(frame).toContain(`Part B's line: ${question.support.answer}`);
		const entry = await lastEntry(t, twoPart);
		expect(entry).toMatchObject({ correct: false, verdict: 'partial', answer: question.answer });
	});
});
