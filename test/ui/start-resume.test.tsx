import { cleanup } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import {
	answer,
	flat,
	keys,
	press,
	pressUntil,
	questionOnScreen,
	useTrainerTests,
	waitFor,
} from './helpers.js';

describe('the start screen', () => {
	const { startOn } = useTrainerTests();

	it('offers every mode with what it would ask, and starts the one picked', async () => {
		const t = await startOn('Choose how to train:', { settings: { seed: 's' } });
		const frame = flat(t.ui.lastFrame());
		expect(frame).toContain(
			`Profile default · 0 of ${t.questions.length} questions seen · no answers yet`,
		);
		expect(frame).toContain('1. Practice 10 questions, unseen and weakest first');
		expect(frame).toContain('2. Review nothing missed right now');
		expect(frame).toContain('3. Due 0 due now · 10 new questions');
		expect(frame).toContain('4. Exam 10 questions in 10 min, answers at the end');
		await press(t.ui, '2');
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Nothing to review'));
		await press(t.ui, keys.down);
		await press(t.ui, keys.enter);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 1/10'));
		expect(t.profile().sessions[0]?.mode).toBe('due');
	});

	it('counts only the questions --tags lets it ask', async () => {
		const t = await startOn('Choose how to train:', { settings: { tags: ['economy'] } });
		const tagged = t.questions.filter((question) => question.tags.includes('economy'));
		expect(tagged.length).toBeGreaterThan(0);
		expect(tagged.length).toBeLessThan(t.questions.length);
		expect(flat(t.ui.lastFrame())).toContain(`0 of ${tagged.length} questions tagged economy seen`);
	});

	it('k picks the kind of question the sessions ask, one skill after another', async () => {
		const t = await startOn('Choose how to train:', { settings: { seed: 's' } });
		const all = t.questions.length;
		const mainIdeas = t.questions.filter((question) => question.skill === 'main-idea');
		expect(flat(t.ui.lastFrame())).toContain(`Kinds: every kind (${all} questions) k change`);
		// recall, inference, vocabulary, main ideas: the bank format's order.
		const names = [
			'recall only',
			'inference (causes, evidence, order, comparisons) only',
			'vocabulary in context only',
			`main ideas only (${mainIdeas.length} questions)`,
		];
		for (const name of names) {
			await press(t.ui, 'k');
			await waitFor(() => expect(flat(t.ui.lastFrame())).toContain(`Kinds: ${name}`));
		}
		expect(flat(t.ui.lastFrame())).toContain(`4. Exam ${mainIdeas.length} questions in`);
		await press(t.ui, '4');
		await waitFor(() => expect(t.ui.lastFrame()).toContain(`Q 1/${mainIdeas.length}`));
		const asked = t.profile().sessions[0]?.questionIds ?? [];
		expect(new Set(asked)).toEqual(new Set(mainIdeas.map((question) => question.id)));
	});

	it('s shows the stats, Esc goes back, q quits', async () => {
		const t = await startOn('Q 1/2', {
			mode: 'practice',
			settings: { count: 2, seed: 's' },
		});
		for (let i = 0; i < 2; i++) {
			await answer(t.ui, t.questions, i === 0);
			await press(t.ui, keys.enter);
		}
		cleanup();
		const menu = await startOn('accuracy 50%', { clock: t.clock });
		await press(menu.ui, 's');
		await waitFor(() => expect(menu.ui.lastFrame()).toContain('Accuracy by session'));
		const stats = flat(menu.ui.lastFrame());
		expect(stats).toContain('streak: 1 day');
		expect(stats).toMatch(/Due: \d+ now · \d+ today · \d+ this week · 8 new allowed today/);
		await pressUntil(menu.ui, keys.end, () =>
			expect(menu.ui.lastFrame()).toContain('Weakest questions'),
		);
		await press(menu.ui, keys.escape);
		await waitFor(() => expect(menu.ui.lastFrame()).toContain('Choose how to train:'));
		await press(menu.ui, 'q');
		await waitFor(() => expect(menu.exits).toEqual(['quit']));
	});

	it('a finished session goes back to the start screen, refreshed', async () => {
		const t = await startOn('Choose how to train:', { settings: { count: 1, seed: 'm' } });
		await press(t.ui, '1');
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 1/1'));
		await answer(t.ui, t.questions, false);
		await press(t.ui, keys.enter);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Quiz complete'));
		await press(t.ui, keys.enter);
		await waitFor(() =>
			expect(t.ui.lastFrame()).toContain('1 missed question, until each is right'),
		);
		expect(t.exits).toEqual([]);
	});
});

describe('resume', () => {
	const { startOn } = useTrainerTests();

	it('continues the last unfinished session with the same questions in the same order', async () => {
		const first = await startOn('Q 1/4', {
			mode: 'practice',
			settings: { count: 4, seed: 'z' },
		});
		const asked = [await answer(first.ui, first.questions, true)];
		await press(first.ui, keys.enter);
		asked.push(await answer(first.ui, first.questions, false));
		await press(first.ui, keys.ctrlC);
		await waitFor(() => expect(first.exits).toEqual(['interrupted']));
		const planned = first.profile().sessions[0]?.questionIds ?? [];
		expect(planned.slice(0, 2)).toEqual(asked.map((q) => q.id));
		cleanup();

		first.clock.advance(3_600_000);
		const t = await startOn('Q 3/4', { clock: first.clock, resume: true });
		expect(t.ui.lastFrame()).toContain('score 1/2');
		expect(questionOnScreen(t.ui, t.questions).id).toBe(planned[2]);
		await answer(t.ui, t.questions, true);
		await press(t.ui, keys.enter);
		expect(questionOnScreen(t.ui, t.questions).id).toBe(planned[3]);
		await answer(t.ui, t.questions, true);
		await press(t.ui, keys.enter);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Quiz complete'));
		const [session] = t.profile().sessions;
		expect(t.profile().sessions).toHaveLength(1);
		expect(session?.answers.map((a) => a.id)).toEqual(planned);
		expect(session?.end).toBeDefined();
	});

	it('the start screen offers it with r', async () => {
		const first = await startOn('Q 1/3', {
			mode: 'exam',
			settings: { count: 3, seed: 'y' },
		});
		await answer(first.ui, first.questions, true);
		await waitFor(() => expect(first.ui.lastFrame()).toContain('Q 2/3'));
		// Esc quits whether the question has options or a text field (where q would type).
		await press(first.ui, keys.escape);
		await waitFor(() => expect(first.exits).toEqual(['quit']));
		cleanup();

		const t = await startOn('r resume: exam, 1 of 3 answered', { clock: first.clock });
		await press(t.ui, 'r');
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 2/3'));
		expect(t.ui.lastFrame()).toContain('⏱ 3:00 left');
	});
});
