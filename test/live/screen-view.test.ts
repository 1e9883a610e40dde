import { describe, expect, it } from 'vitest';
import { ClassSession } from '../../src/live/class-session.js';
import { createClassState } from '../../src/live/class-state.js';
import { throttledView, type ViewTimers } from '../../src/live/screen-view.js';
import { items, joinAction, settings } from './helpers.js';

/** A clock and timers moved by hand. */
function manualTimers() {
	let time = 0;
	const pending = new Map<number, { at: number; run: () => void }>();
	let next = 0;
	const timers: ViewTimers = {
		now: () => time,
		set: (run, ms) => {
			pending.set(++next, { at: time + ms, run });
			return next;
		},
		clear: (timer) => {
			pending.delete(timer as number);
		},
	};
	const advance = (ms: number) => {
		time += ms;
		for (const [id, timer] of [...pending]) {
			if (timer.at <= time) {
				pending.delete(id);
				timer.run();
			}
		}
	};
	return { timers, advance, pending };
}

function setup() {
	const session = new ClassSession(createClassState(items, settings, 0), () => 0);
	const clock = manualTimers();
	const view = throttledView(session, 50, clock.timers);
	const redraws: number[] = [];
	const stop = view.subscribe(() => redraws.push(view.getState().players.length));
	return { session, view, redraws, stop, ...clock };
}

describe('throttledView, the host screen’s view of a session', () => {
	it('shows a burst of joins as one change once the interval has passed', () => {
		const { session, view, redraws, advance } = setup();
		for (const name of ['Ann', 'Bo', 'Cy', 'Di']) {
			session.dispatch(joinAction(name, { newToken: `t-${name}` }));
		}
		expect(view.getState().players).toHaveLength(0);
		advance(0);
		expect(redraws).toEqual([4]);
		session.dispatch(joinAction('Ed', { newToken: 't-Ed' }));
		advance(20);
		expect(redraws).toEqual([4]);
		advance(30);
		expect(redraws).toEqual([4, 5]);
		expect(view.getState()).toBe(session.getState());
	});

	it('shows a new phase at once, with whatever waited', () => {
		const { session, view, redraws, pending } = setup();
		session.dispatch(joinAction('Ann'));
		session.dispatch({ type: 'start', at: 0 });
		expect(view.getState().phase).toBe('question');
		expect(view.getState().players).toHaveLength(1);
		expect(redraws).toEqual([1]);
		expect(pending.size).toBe(0);
	});

	it('stops following the session once nobody listens', () => {
		const { session, view, stop, pending } = setup();
		session.dispatch(joinAction('Ann'));
		stop();
		expect(pending.size).toBe(0);
		session.dispatch({ type: 'start', at: 0 });
		expect(view.getState().phase).toBe('lobby');
	});
});
