import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/bank/schema.js';
import { rulesFor } from '../../src/core/modes/mode.js';
import type { QuizItem } from '../../src/core/select.js';
import { startSession } from '../../src/core/session.js';
import { type AppState, initialAppState, pickCount, scopeOf } from '../../src/ui/app-state.js';
import { type TrainerAction, type TrainerEffect, trainerStep } from '../../src/ui/trainer-step.js';

const item = (id: string): QuizItem => {
	const question: Question = {
		id,
		type: 'choice',
		prompt: `Question ${id}?`,
		choices: ['alpha', 'beta'],
		answer: 'beta',
		source: { line: 1, quote: 'beta' },
		tags: [],
		skill: 'recall',
		origin: 'curated',
	};
	return { question, options: ['alpha', 'beta'] };
};

/** A state running a session of `count` questions, in `mode`. */
function running(count: number, mode: 'practice' | 'exam' = 'practice', isSingle = false) {
	const items = Array.from({ length: count }, (_, i) => item(`q${i}`));
	const begun = {
		id: 's1',
		mode,
		seed: 'x',
		session: startSession(items, 0, rulesFor(mode, mode === 'exam' ? 60_000 : undefined)),
	};
	return isSingle
		? initialAppState(begun)
		: {
				...initialAppState(undefined, { overview: '', modes: [] }),
				screen: 'quiz' as const,
				quiz: begun,
			};
}

/** Runs the actions in turn; the last state and every effect, each write settled at once. */
function run(state: AppState, actions: readonly TrainerAction[]) {
	const effects: TrainerEffect[] = [];
	let current = state;
	for (const action of actions) {
		const step = trainerStep(current, action);
		current = step.state;
		effects.push(...step.effects);
		for (const effect of step.effects) {
			if (effect.type !== 'record' && effect.type !== 'end') continue;
			const settled = trainerStep(current, { type: 'saved', notice: undefined });
			current = settled.state;
			effects.push(...settled.effects);
		}
	}
	return { state: current, effects, types: effects.map((effect) => effect.type) };
}

const answerAction = (given: string, at = 1): TrainerAction => ({ type: 'answer', given, at });
const next: TrainerAction = { type: 'command', command: 'next', at: 2 };

describe('the trainer step', () => {
	it('an answer yields exactly one record effect, for that answer', () => {
		const { effects } = run(running(2), [answerAction('beta')]);
		expect(effects).toHaveLength(1);
		expect(effects[0]).toMatchObject({ type: 'record', answer: { given: 'beta' } });
	});

	it('an answer that cannot be graded records nothing', () => {
		const { effects } = run(running(2), [answerAction('zeta')]);
		expect(effects).toEqual([]);
	});

	it('finishing yields one end effect, completed, and waits for a key', () => {
		const { types, effects, state } = run(running(1), [answerAction('beta'), next]);
		expect(types).toEqual(['record', 'end']);
		expect(effects[1]).toMatchObject({ type: 'end', reason: 'completed' });
		expect(state.exit).toBeUndefined();
	});

	it('quitting mid-session ends it as quit and closes', () => {
		const quit: TrainerAction = { type: 'command', command: 'quit', at: 3 };
		const { effects } = run(running(3), [answerAction('beta'), next, quit]);
		expect(effects.slice(1)).toMatchObject([
			{ type: 'end', reason: 'quit' },
			{ type: 'exit', reason: 'quit' },
		]);
	});

	it('Ctrl+C mid-session ends it as interrupted and exits so', () => {
		const stop: TrainerAction = { type: 'command', command: 'interrupt', at: 3 };
		const { effects } = run(running(3), [stop]);
		expect(effects).toMatchObject([
			{ type: 'end', reason: 'interrupted' },
			{ type: 'exit', reason: 'interrupted' },
		]);
	});

	it('quitting once every question is answered still ends the session completed', () => {
		const quit: TrainerAction = { type: 'command', command: 'quit', at: 3 };
		const { effects } = run(running(1), [answerAction('beta'), quit]);
		expect(effects.slice(1)).toMatchObject([
			{ type: 'end', reason: 'completed' },
			{ type: 'exit', reason: 'quit' },
		]);
	});

	it('time up ends an exam completed, and one end only', () => {
		const begun = running(3, 'exam');
		const deadline = begun.quiz?.session.deadline ?? 0;
		const tick = (at: number): TrainerAction => ({ type: 'tick', at });
		const { types, effects } = run(begun, [tick(deadline - 1), tick(deadline), tick(deadline + 1)]);
		expect(types).toEqual(['end']);
		expect(effects[0]).toMatchObject({ reason: 'completed' });
	});

	it('a next pressed while the answer is being written waits for it', () => {
		let state = trainerStep(running(2), answerAction('beta')).state;
		expect(state.saving).toBe(1);
		state = trainerStep(state, next).state;
		expect(state.waitingAt).toBe(2);
		expect(state.quiz?.session.phase).toBe('feedback');
		state = trainerStep(state, { type: 'saved', notice: undefined }).state;
		expect(state.waitingAt).toBeUndefined();
		expect(state.quiz?.session.index).toBe(1);
		expect(state.quiz?.session.phase).toBe('asking');
	});

	it('finish closes a single session, and returns to the menu otherwise', () => {
		const done = (isSingle: boolean) =>
			run(running(1, 'practice', isSingle), [
				answerAction('beta'),
				next,
				{ type: 'command', command: 'finish', at: 3 },
			]).effects.at(-1);
		expect(done(true)).toEqual({ type: 'exit', reason: 'completed' });
		expect(done(false)).toEqual({ type: 'menu' });
	});

	it('k on the start screen asks for the next kind of question, and nothing else', () => {
		const start = initialAppState(undefined, {
			overview: '',
			modes: [],
			kinds: 'Kinds: every kind',
		});
		const step = run(start, [{ type: 'command', command: 'kinds', at: 1 }]);
		expect(step.effects).toEqual([{ type: 'kinds' }]);
		expect(step.state.screen).toBe('start');
	});

	it('keeps the first exit', () => {
		const quit: TrainerAction = { type: 'command', command: 'quit', at: 3 };
		const stop: TrainerAction = { type: 'command', command: 'interrupt', at: 4 };
		const { state, types } = run(running(2), [quit, stop]);
		expect(state.exit).toBe('quit');
		expect(types.filter((type) => type === 'exit')).toHaveLength(1);
	});

	it('a write that takes long is said to be under way until it settles', () => {
		let state = trainerStep(running(2), answerAction('beta')).state;
		state = trainerStep(state, { type: 'slow' }).state;
		expect(state.isSavingSlowly).toBe(true);
		state = trainerStep(state, { type: 'saved', notice: undefined }).state;
		expect(state.isSavingSlowly).toBeUndefined();
		expect(trainerStep(state, { type: 'slow' }).state.isSavingSlowly).toBeUndefined();
	});
});

describe('a key that does nothing here', () => {
	it('gets a one-line hint of the keys that work, gone with the next key that acts', () => {
		const wrong = run(running(2), [{ type: 'wrongKey' }]).state;
		expect(wrong.keyHint).toBe('Press 1-2 or ↑↓ and Enter · ? for keys');
		expect(run(wrong, [{ type: 'key' }]).state.keyHint).toBeUndefined();
		expect(run(wrong, [answerAction('beta')]).state.keyHint).toBeUndefined();
		const feedback = run(running(2), [answerAction('beta'), { type: 'wrongKey' }]).state;
		expect(feedback.keyHint).toContain('Press Enter to go on');
		const next = run(feedback, [{ type: 'command', command: 'next', at: 2 }]).state;
		expect(next.keyHint).toBeUndefined();
		expect(next.quiz?.session.index).toBe(1);
	});
});

describe('the trainer step, over a two-part question and an order', () => {
	const twoPart = (): AppState => {
		const base = item('two');
		const question = {
			...base.question,
			support: { prompt: 'Which line?', choices: ['line one', 'line two'], answer: 'line two' },
		} as Question;
		const begun = {
			id: 's1',
			mode: 'practice' as const,
			seed: 'x',
			session: startSession([{ ...base, question }], 0),
		};
		return initialAppState(begun);
	};

	it('records nothing after part A, and both parts once part B is chosen', () => {
		const afterA = run(twoPart(), [answerAction('beta')]);
		expect(afterA.types).toEqual([]);
		expect(scopeOf(afterA.state)).toBe('choice');
		expect(pickCount(afterA.state)).toBe(2);
		const afterB = run(afterA.state, [answerAction('line one', 2)]);
		expect(afterB.types).toEqual(['record']);
		const record = afterB.effects[0];
		if (record?.type !== 'record') throw new Error('a record first');
		expect(record.answer).toMatchObject({ given: 'beta', supportGiven: 'line one' });
		expect(record.answer.verdict.kind).toBe('partial');
	});

	it('gives an order question its own keys, and the count of its items to the wrong-key hint', () => {
		const question: Question = {
			...item('o').question,
			type: 'order',
			items: ['w', 'x', 'y'],
			answer: ['b', 'c', 'a'],
		} as Question;
		const begun = {
			id: 's1',
			mode: 'practice' as const,
			seed: 'x',
			session: startSession([{ question, options: [] }], 0),
		};
		const state = initialAppState(begun);
		expect(scopeOf(state)).toBe('order');
		expect(run(state, [{ type: 'wrongKey' }]).state.keyHint).toContain('a-c type the order');
	});
});
