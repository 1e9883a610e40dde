import { cleanup } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import {
	answer,
	flat,
	keys,
	press,
	pressUntil,
	questionOnScreen,
	type,
	useTrainerTests,
	waitFor,
} from './helpers.js';

describe('each mode, driven to its end', () => {
	const { start, startOn } = useTrainerTests();

	it('practice: feedback after each answer, results, then it closes', async () => {
		const t = await startOn('Q 1/3', {
			mode: 'practice',
			settings: { count: 3, seed: 'p' },
		});
		for (let i = 0; i < 3; i++) {
			t.clock.advance(10_000);
			await answer(t.ui, t.questions, i !== 1);
			await waitFor(() => expect(t.ui.lastFrame()).toMatch(/✓ Right|✗ Wrong|~ Almost/));
			expect(t.ui.lastFrame()).toContain('Article, line');
			await press(t.ui, keys.enter);
		}
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Quiz complete'));
		expect(t.ui.lastFrame()).toContain('Score: 2/3');
		expect(t.ui.lastFrame()).toContain('Missed (1):');
		const [session] = t.profile().sessions;
		expect(session?.answers).toHaveLength(3);
		expect(session?.end).toBeDefined();
		await press(t.ui, keys.enter);
		await waitFor(() => expect(t.exits).toEqual(['completed']));
	});

	it('review: only missed questions, asked again until right', async () => {
		const first = await startOn('Q 1/2', {
			mode: 'practice',
			settings: { count: 2, seed: 'r' },
		});
		const missed = [];
		for (let i = 0; i < 2; i++) {
			missed.push(await answer(first.ui, first.questions, false));
			await press(first.ui, keys.enter);
		}
		await waitFor(() => expect(first.ui.lastFrame()).toContain('Quiz complete'));
		cleanup();

		const t = await startOn('Q 1/2', {
			clock: first.clock,
			mode: 'review',
			settings: { seed: 'r' },
		});
		const asked = [await answer(t.ui, t.questions, false)];
		await press(t.ui, keys.enter);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 2/3'));
		asked.push(await answer(t.ui, t.questions, true));
		await press(t.ui, keys.enter);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 3/3'));
		expect(questionOnScreen(t.ui, t.questions).id).toBe(asked[0]?.id);
		asked.push(await answer(t.ui, t.questions, true));
		await press(t.ui, keys.enter);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Quiz complete'));
		expect(asked.map((q) => q?.id).sort()).toEqual(
			[...missed.map((q) => q.id), asked[0]?.id].sort(),
		);
		expect(t.profile().sessions.at(-1)?.end).toBeDefined();
	});

	it('due: new questions within the daily limit, then nothing due', async () => {
		const t = await startOn('Q 1/2', {
			mode: 'due',
			settings: { schedule: { newPerDay: 2 } },
		});
		for (let i = 0; i < 2; i++) {
			t.clock.advance(4000); // right and fast: Easy
			await answer(t.ui, t.questions, true);
			await press(t.ui, keys.enter);
		}
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Quiz complete'));
		const history = Object.values(t.profile().questions).map((record) => record.history[0]);
		expect(history.map((entry) => entry?.ms)).toEqual([4000, 4000]);
		await press(t.ui, keys.enter);
		await waitFor(() => expect(t.exits).toEqual(['completed']));
		cleanup();
		// Both were new today: the limit of two is used up and nothing is due yet.
		expect(() =>
			start({ clock: t.clock, mode: 'due', settings: { schedule: { newPerDay: 2 } } }),
		).toThrow(/Nothing is due now/);
	});

	it('exam: no feedback, a clock, and a review of every answer with its quote', async () => {
		const t = await startOn('⏱ 3:00 left', { mode: 'exam', settings: { count: 3, seed: 'e' } });
		await answer(t.ui, t.questions, true);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 2/3'));
		expect(t.ui.lastFrame()).not.toMatch(/Right|Wrong/);
		expect(t.ui.lastFrame()).toContain('answered 1');
		await answer(t.ui, t.questions, false);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 3/3'));
		await answer(t.ui, t.questions, true);
		// Taller than the 24-row terminal: the review scrolls, and shows every quote on the way.
		await waitFor(() => expect(t.ui.lastFrame()).toMatch(/lines 1–\d+ of \d+/));
		const top = flat(t.ui.lastFrame());
		expect(top).toContain('Exam complete');
		expect(top).toContain('Score: 2/3');
		expect(top).toContain('Your answers:');
		const seen = new Set(top.match(/Article, line \d+:/g));
		await pressUntil(t.ui, keys.end, () =>
			expect(t.ui.lastFrame()).toMatch(/lines \d+–(\d+) of \1/),
		);
		const bottom = flat(t.ui.lastFrame());
		for (const line of bottom.match(/Article, line \d+:/g) ?? []) seen.add(line);
		const asked = t.profile().sessions[0]?.questionIds ?? [];
		const lines = asked.map((id) => t.questions.find((q) => q.id === id)?.source.line);
		expect([...seen].sort()).toEqual([...new Set(lines.map((n) => `Article, line ${n}:`))].sort());
		expect(bottom).toContain('3.');
	});

	it('exam: time up ends it, unanswered questions listed', async () => {
		const t = await startOn('⏱ 0:30 left', {
			mode: 'exam',
			settings: { count: 2, seed: 'e', examMinutes: 0.5 },
		});
		await answer(t.ui, t.questions, true);
		t.clock.advance(31_000);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Time is up'), 3000);
		expect(flat(t.ui.lastFrame())).toContain('Score: 1/2');
		// The list of answers may run below the screen: scroll to its end.
		await pressUntil(t.ui, keys.end, () =>
			expect(flat(t.ui.lastFrame())).toContain('not answered'),
		);
		expect(t.profile().sessions[0]?.end).toBeDefined();
	});
});

describe('the seed a practice session shows', () => {
	const { dir, startOn } = useTrainerTests();

	it('replays that session for the same learner: same questions, same order, same choices', async () => {
		const settings = { count: 3, seed: 'replay' };
		const first = await startOn('Q 1/3', { mode: 'practice', settings });
		const firstScreen = flat(first.ui.lastFrame()).replace(/.*Q 1\/3/, '');
		for (let i = 0; i < 3; i++) {
			await answer(first.ui, first.questions, i === 1);
			await waitFor(() => expect(first.ui.lastFrame()).toMatch(/✓ Right|✗ Wrong|~ Almost/));
			await press(first.ui, keys.enter);
		}
		await waitFor(() => expect(first.ui.lastFrame()).toContain('Seed: replay'));
		await press(first.ui, keys.enter);
		await waitFor(() => expect(first.exits).toEqual(['completed']));
		cleanup();
		const again = await startOn('Q 1/3', { mode: 'practice', settings, dir: dir() });
		expect(flat(again.ui.lastFrame()).replace(/.*Q 1\/3/, '')).toBe(firstScreen);
		const [played, replayed] = again.profile().sessions;
		expect(replayed?.questionIds).toEqual(played?.questionIds);
		expect(replayed?.seed).toBe('replay');
	});
});

describe('an exam whose time is up', () => {
	const { startOn } = useTrainerTests();

	it('is over: one score in header and body, and no offer to resume it', async () => {
		const t = await startOn('⏱ 0:30 left', {
			mode: 'exam',
			settings: { count: 3, seed: 'e', examMinutes: 0.5 },
		});
		t.clock.advance(31_000);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Time is up'), 3000);
		const frame = flat(t.ui.lastFrame());
		expect(frame).toContain('Score: 0/3');
		expect(frame).toContain('score 0/3');
		expect(frame).not.toContain('score 0/0');
		expect(frame).not.toContain('--resume');
	});
});

describe('keys in the quiz', () => {
	const { startOn } = useTrainerTests();

	it('q types a q in a text answer; Esc quits and keeps the answers', async () => {
		const t = await startOn('Q 1/30', {
			mode: 'practice',
			settings: { count: 30, seed: 'k' },
		});
		// Answer one, then move on to the first typed-answer question.
		do {
			await answer(t.ui, t.questions, true);
			await press(t.ui, keys.enter);
		} while (!t.ui.lastFrame()?.includes('›'));
		await type(t.ui, 'q?s');
		await waitFor(() => expect(t.ui.lastFrame()).toContain('› q?s'));
		expect(t.exits).toEqual([]);
		await press(t.ui, keys.escape);
		await waitFor(() => expect(t.exits).toEqual(['quit']));
		expect(t.ui.lastFrame()).toContain('Stopped early');
		const session = t.profile().sessions[0];
		expect(session?.end).toBeUndefined();
		expect(session?.answers.length).toBeGreaterThan(0);
	});

	it('Ctrl+C stops at once, keeps every answer, and says it was interrupted', async () => {
		const t = await startOn('Q 1/3', {
			mode: 'practice',
			settings: { count: 3, seed: 'c' },
		});
		await answer(t.ui, t.questions, true);
		await press(t.ui, keys.ctrlC);
		await waitFor(() => expect(t.exits).toEqual(['interrupted']));
		expect(t.profile().sessions[0]?.answers).toHaveLength(1);
	});

	it('Tab shows a hint, and the answer is saved as hinted', async () => {
		const t = await startOn('Q 1/1', {
			mode: 'practice',
			settings: { count: 1, seed: 'h' },
		});
		const question = questionOnScreen(t.ui, t.questions);
		await press(t.ui, keys.tab);
		await waitFor(() => expect(t.ui.lastFrame()).toContain(`Hint, line ${question.source.line}:`));
		await answer(t.ui, t.questions, true);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('✓ Right'));
		expect(t.profile().questions[question.id]?.history[0]?.hinted).toBe(true);
	});

	it('c shows the whole paragraph around the quote, and c again goes back', async () => {
		const t = await startOn('Q 1/1', {
			mode: 'practice',
			settings: { count: 1, seed: 'x' },
		});
		const question = await answer(t.ui, t.questions, true);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('✓ Right'));
		await press(t.ui, 'c');
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Article, paragraph at line'));
		const paragraph = t.questions.length > 0 ? question.source.quote : '';
		// The answer span inside the quote is marked «…» without colour.
		expect(flat(t.ui.lastFrame()).replace(/[«»]/g, '')).toContain(flat(paragraph).slice(0, 20));
		await press(t.ui, 'c');
		await waitFor(() => expect(t.ui.lastFrame()).toContain('✓ Right'));
	});

	it('? lists every key and closes again', async () => {
		const t = await startOn('Q 1/1', {
			mode: 'practice',
			settings: { count: 1, seed: 'x' },
		});
		const isText = t.ui.lastFrame()?.includes('›');
		await press(t.ui, isText ? '\u0007' : '?');
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Keys'));
		expect(t.ui.lastFrame()).toContain('Ctrl+C stop now');
		await press(t.ui, keys.escape);
		await waitFor(() => expect(t.ui.lastFrame()).toContain('Q 1/1'));
		expect(t.exits).toEqual([]);
	});
});
